//! Checks on the repository itself, not on the app.

use std::fs;
use std::path::{Path, PathBuf};

/// Folders that are built or installed, not written by us.
const SKIPPED: [&str; 5] = [".git", "target", "node_modules", "dist", "test-results"];

fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if !SKIPPED.iter().any(|skip| name == *skip) {
                files_below(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

/// The reference folder beside the project exists on developers' machines and in CI, but not
/// in a user's clone: nothing may read it when the project builds, runs or tests.
#[test]
fn no_file_refers_to_the_reference_folder_outside_the_project() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let needle = concat!("..", "/shared");
    let mut files = Vec::new();
    files_below(root, &mut files);
    assert!(
        files.len() > 10,
        "expected to find the project's files below {}",
        root.display()
    );
    let offenders: Vec<String> = files
        .iter()
        .filter(|path| {
            fs::read(path).is_ok_and(|bytes| String::from_utf8_lossy(&bytes).contains(needle))
        })
        .map(|path| {
            path.strip_prefix(root)
                .unwrap_or(path)
                .display()
                .to_string()
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "these files refer to {needle}: {offenders:?}"
    );
}

/// The module a source file is, as a path from the crate root ("" for `lib.rs`).
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts.join("::")
}

fn parent_of(module: &str) -> String {
    module
        .rsplit_once("::")
        .map_or(String::new(), |(parent, _)| parent.to_owned())
}

fn join(base: &str, rest: &str) -> String {
    match (base.is_empty(), rest.is_empty()) {
        (true, _) => rest.to_owned(),
        (_, true) => base.to_owned(),
        _ => format!("{base}::{rest}"),
    }
}

/// The text without its comments (doc comments name modules in prose).
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a::{b, c::{d, e}}` as the paths it names: `a::b`, `a::c::d`, `a::c::e`.
fn expand_use_tree(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        return vec![path.trim_end_matches("::*").to_owned()];
    };
    let prefix = tree[..open].trim_end_matches("::");
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .flat_map(expand_use_tree)
        .map(|path| match path.as_str() {
            "self" => prefix.to_owned(),
            _ => join(prefix, &path),
        })
        .collect()
}

/// Every module the crate's files use, resolved to the file module that defines what is
/// used (through the re-exports of a parent module), as (user, used) pairs.
fn module_uses(src: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    files_below(src, &mut files);
    files.retain(|path| path.extension().is_some_and(|ext| ext == "rs"));
    let modules: Vec<String> = files.iter().map(|file| module_of(src, file)).collect();
    let texts: Vec<String> = files
        .iter()
        .map(|file| without_comments(&fs::read_to_string(file).unwrap()))
        .collect();
    // Which child module each name a module re-exports comes from.
    let mut reexports: Vec<(String, String, String)> = Vec::new();
    for (module, text) in modules.iter().zip(&texts) {
        for statement in text.split(';') {
            let Some(tree) = statement.trim().strip_prefix("pub use ") else {
                continue;
            };
            for path in expand_use_tree(tree) {
                let mut segments: Vec<&str> = path.split("::").collect();
                let name = segments.pop().unwrap_or_default().to_owned();
                let child = join(module, &segments.join("::"));
                if !segments.is_empty() && modules.contains(&child) {
                    reexports.push((module.clone(), name, child));
                }
            }
        }
    }
    let resolve = |path: &str, module: &str, in_tests: bool| -> Option<String> {
        let mut segments: Vec<&str> = path.split("::").collect();
        let mut base = match segments.first().copied() {
            Some("crate") => String::new(),
            Some("super") if in_tests => module.to_owned(),
            Some("super") => parent_of(module),
            Some("self") => module.to_owned(),
            _ => return None,
        };
        segments.remove(0);
        while segments.first() == Some(&"super") {
            base = parent_of(&base);
            segments.remove(0);
        }
        for segment in segments {
            let deeper = join(&base, segment);
            if modules.contains(&deeper) {
                base = deeper;
            } else {
                if let Some((_, _, child)) = reexports
                    .iter()
                    .find(|(from, name, _)| *from == base && name == segment)
                {
                    base = child.clone();
                }
                break;
            }
        }
        Some(base)
    };
    let mut uses = Vec::new();
    for (module, text) in modules.iter().zip(&texts) {
        let tests_from = text.find("mod tests {").unwrap_or(text.len());
        let mut at = 0;
        for statement in text.split_inclusive(';') {
            let in_tests = at >= tests_from;
            at += statement.len();
            let code = statement.trim();
            let tree = code
                .strip_prefix("pub use ")
                .or_else(|| code.strip_prefix("pub(crate) use "))
                .or_else(|| code.strip_prefix("use "))
                .map(|tree| tree.trim_end_matches(';'));
            let paths = match tree {
                Some(tree) => expand_use_tree(tree),
                // Paths written in code: `crate::web::device::load()`.
                None => code
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .filter(|word| word.starts_with("crate::") || word.starts_with("super::"))
                    .map(|word| word.trim_end_matches(':').to_owned())
                    .collect(),
            };
            for path in paths {
                if let Some(used) = resolve(&path, module, in_tests) {
                    uses.push((module.clone(), used));
                }
            }
        }
    }
    uses.sort();
    uses.dedup();
    uses
}

/// Whether `ancestor` is `module` or holds it.
fn holds(ancestor: &str, module: &str) -> bool {
    ancestor.is_empty() || module == ancestor || module.starts_with(&format!("{ancestor}::"))
}

/// No module uses one that uses it back, directly or round a longer circle. A parent
/// re-exporting its children and a child using its parent's items are one module's
/// inside, not a circle; everything else is.
#[test]
fn no_module_imports_from_a_module_that_imports_from_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let uses: Vec<(String, String)> = module_uses(&src)
        .into_iter()
        .filter(|(user, used)| !holds(user, used) && !holds(used, user))
        .collect();
    assert!(
        uses.iter()
            .any(|(user, used)| user == "returning::kept" && used == "questionnaire::state"),
        "the check reads the use lines: {uses:?}"
    );
    // The one-way layers: a module, and any module it holds, counts as one node.
    let node = |module: &str| module.to_owned();
    let mut circles = Vec::new();
    for (user, used) in &uses {
        // A path from `used` back to `user`, breadth first.
        let mut seen = vec![node(used)];
        let mut queue = vec![(node(used), vec![node(user), node(used)])];
        while let Some((at, path)) = queue.pop() {
            if at == *user {
                circles.push(path.join(" -> "));
                break;
            }
            for (from, to) in &uses {
                if *from == at && !seen.contains(to) {
                    seen.push(to.clone());
                    let mut longer = path.clone();
                    longer.push(to.clone());
                    queue.insert(0, (to.clone(), longer));
                }
            }
        }
    }
    circles.sort();
    circles.dedup();
    assert!(
        circles.is_empty(),
        "modules in a circle:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_use_line_reader_resolves_trees_and_re_exports() {
    assert_eq!(
        expand_use_tree("crate::a::{b, c::{d, e as f}, self}"),
        [
            "crate::a::b",
            "crate::a::c::d",
            "crate::a::c::e",
            "crate::a"
        ]
    );
}
