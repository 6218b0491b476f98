//! Checks the language files in `lang/` before anything is compiled, so a missing or broken
//! translation stops the build with a message naming the file and the key, as a missing
//! field of a Rust catalogue did before the words became data.
//!
//! `lang/en.txt` declares the keys; every other `lang/*.txt` must have exactly those keys,
//! none blank where English is not, none left in English (but the few in `SAME_IN_BOTH`),
//! the same `{placeholders}` in each text, and each key on the same side of the `[later]`
//! line (`format::LATER`) as in English. That every key is asked for by the code, and
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
    if !english.values().any(|entry| entry.later) {
        problems.push(format!(
            "lang/{DECLARATION}: has no `{}` line; the words of the screens after the questions go below it",
            format::LATER
        ));
    }
    for (key, Entry { text, .. }) in &english {
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
        for (key, Entry { text, later }) in &english {
            let Some(Entry {
                text: translated,
                later: translated_later,
            }) = other.get(key)
            else {
                problems.push(format!("{file}: `{key}` is missing; add the line `{key} = …`, translating {DECLARATION}'s \"{text}\""));
                continue;
            };
            if later != translated_later {
                let side = |later: &bool| if *later { "below" } else { "above" };
                problems.push(format!(
                    "{file}: `{key}` is {} the `{}` line, but {DECLARATION} has it {}; move it there",
                    side(translated_later),
                    format::LATER,
                    side(later)
                ));
            }
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
        write_key_fingerprints(&english);
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

/// Writes `$OUT_DIR/keys.rs`: how many keys lang/en.txt declares above the `[later]` line
/// and below it, and each part's fingerprint (`format::key_fingerprint`), so the app refuses
/// at run time a file that lacks any key this build checked. The counts and fingerprints
/// rather than the key lists: the lists would put about 3 KB gzip into the wasm the start
/// page waits for.
fn write_key_fingerprints(english: &BTreeMap<String, Entry>) {
    let part = |later: bool| -> (usize, u64) {
        let keys: Vec<&str> = english
            .iter()
            .filter(|(_, entry)| entry.later == later)
            .map(|(key, _)| key.as_str())
            .collect();
        (keys.len(), format::key_fingerprint(keys.iter().copied()))
    };
    let (first, first_fingerprint) = part(false);
    let (later, later_fingerprint) = part(true);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for a build script");
    let code = format!(
        "/// How many keys lang/{DECLARATION} declares above its `[later]` line.\npub const KEY_COUNT: usize = {first};\n/// Their fingerprint (`format::key_fingerprint`).\npub const KEY_FINGERPRINT: u64 = {first_fingerprint:#018x};\n/// How many it declares below that line.\npub const LATER_KEY_COUNT: usize = {later};\n/// Their fingerprint.\npub const LATER_KEY_FINGERPRINT: u64 = {later_fingerprint:#018x};\n",
    );
    fs::write(Path::new(&out).join("keys.rs"), code).expect("OUT_DIR is writable");
}

/// One text of a language file, and whether it is below the `[later]` line.
struct Entry {
    text: String,
    later: bool,
}

/// The keys and texts of one language file; its format errors and repeated keys go into
/// `problems`.
fn read(path: &Path, problems: &mut Vec<String>) -> BTreeMap<String, Entry> {
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
                out.insert(
                    line.key.to_string(),
                    Entry {
                        text: line.text.to_string(),
                        later: line.later,
                    },
                );
            }
        }
    }
    out
}
