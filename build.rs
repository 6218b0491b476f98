//! Checks the language files in `lang/` before anything is compiled, so a missing or broken
//! translation stops the build with a message naming the file and the key, as a missing
//! field of a Rust catalogue did before the words became data.
//!
//! `lang/en.txt` declares the keys; every other `lang/*.txt` must have exactly those keys,
//! none blank where English is not, none left in English (but the few in `SAME_IN_BOTH`),
//! and the same `{placeholders}` in each text. That every key is asked for by the code, and
//! every key the code asks for is declared, is a native test (`src/content/tests.rs`): only
//! running the code can tell which keys it asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

#[path = "src/content/format.rs"]
#[allow(dead_code)]
mod format;

/// Keys whose text is rightly the same in every language: "No" is Spanish as well.
const SAME_IN_BOTH: &[&str] = &["no"];

/// The language that declares the keys, and whose words the others must not leave behind.
const DECLARATION: &str = "en.txt";

fn main() {
    println!("cargo:rerun-if-changed=lang");
    println!("cargo:rerun-if-changed=src/content/format.rs");
    let dir = Path::new("lang");
    let mut problems = Vec::new();
    let english = read(&dir.join(DECLARATION), &mut problems);
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("the lang/ folder, with one file per language")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt") && name != DECLARATION)
        .collect();
    names.sort();
    for (key, text) in &english {
        if text.is_empty() && !key.ends_with(".hint") {
            problems.push(format!(
                "lang/{DECLARATION}: `{key}` is blank (only a `.hint` may be)"
            ));
        }
        if format::placeholders(text).is_none() {
            problems.push(format!(
                "lang/{DECLARATION}: `{key}` has a `{{` or `}}` that is not part of a `{{name}}`"
            ));
        }
    }
    for name in &names {
        let path = dir.join(name);
        let file = format!("lang/{name}");
        let other = read(&path, &mut problems);
        for (key, text) in &english {
            let Some(translated) = other.get(key) else {
                problems.push(format!("{file}: `{key}` is missing; add the line `{key} = …`, translating {DECLARATION}'s \"{text}\""));
                continue;
            };
            if translated.is_empty() && !text.is_empty() {
                problems.push(format!("{file}: `{key}` is blank; translate \"{text}\""));
            }
            let words = translated.chars().any(char::is_alphabetic);
            if translated == text && words && !SAME_IN_BOTH.contains(&key.as_str()) {
                problems.push(format!("{file}: `{key}` is still in English (\"{text}\"); translate it, or add the key to SAME_IN_BOTH in build.rs if it is rightly the same"));
            }
            let sorted = |text: &str| {
                format::placeholders(text).map(|mut names| {
                    names.sort_unstable();
                    names.join(", ")
                })
            };
            match (sorted(text), sorted(translated)) {
                (_, None) => problems.push(format!("{file}: `{key}` has a `{{` or `}}` that is not part of a `{{name}}`")),
                (Some(wanted), Some(found)) if wanted != found => problems.push(format!(
                    "{file}: `{key}` has the placeholders [{found}], but {DECLARATION} has [{wanted}]; each language needs the same ones"
                )),
                _ => {}
            }
        }
        for key in other.keys().filter(|key| !english.contains_key(*key)) {
            problems.push(format!(
                "{file}: `{key}` is not a key of {DECLARATION}; remove it, or check its spelling"
            ));
        }
    }
    if problems.is_empty() {
        write_key_fingerprint(english.keys());
    }
    if !problems.is_empty() {
        eprintln!(
            "The language files in lang/ have {} problem(s):",
            problems.len()
        );
        for problem in &problems {
            eprintln!("  {problem}");
        }
        std::process::exit(1);
    }
}

/// Writes `$OUT_DIR/keys.rs`: how many keys lang/en.txt declares, and their fingerprint
/// (`format::key_fingerprint`), so the app refuses at run time a file that lacks any key
/// this build checked. The count and fingerprint rather than the key list: the list would
/// put about 3 KB gzip into the wasm the start page waits for.
fn write_key_fingerprint<'a>(keys: impl Iterator<Item = &'a String>) {
    let keys: Vec<&str> = keys.map(String::as_str).collect();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for a build script");
    let code = format!(
        "/// How many keys lang/{DECLARATION} declares.\npub const KEY_COUNT: usize = {};\n/// Their fingerprint (`format::key_fingerprint`).\npub const KEY_FINGERPRINT: u64 = {:#018x};\n",
        keys.len(),
        format::key_fingerprint(keys.iter().copied())
    );
    fs::write(Path::new(&out).join("keys.rs"), code).expect("OUT_DIR is writable");
}

/// The keys and texts of one language file; its format errors and repeated keys go into
/// `problems`.
fn read(path: &Path, problems: &mut Vec<String>) -> BTreeMap<String, String> {
    let name = format!(
        "lang/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let Ok(file) = fs::read_to_string(path) else {
        problems.push(format!("{name}: cannot be read"));
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    let mut seen = BTreeSet::new();
    match format::lines(&file) {
        Err(error) => problems.push(format!("{name}: {error}")),
        Ok(lines) => {
            for line in lines {
                if !seen.insert(line.key) {
                    problems.push(format!(
                        "{name}: line {}: `{}` is there twice",
                        line.number, line.key
                    ));
                }
                out.insert(line.key.to_string(), line.text.to_string());
            }
        }
    }
    out
}
