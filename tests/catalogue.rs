//! The word catalogues: Spanish has every text English has, none left empty or in English,
//! and every entry of a catalogue is used by the app.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use backstep::content::{Language, EN, ES};

/// Texts that are rightly the same in both languages (a number, a proper name, "No").
const SAME_IN_BOTH: &[&str] = &["no"];

/// The field of `Words` an entry's key comes from ("question.age.label" -> "question").
fn field_of(key: &str) -> &str {
    key.split(['.', '[']).next().unwrap_or(key)
}

#[test]
fn spanish_has_every_entry_english_has_none_empty_none_left_in_english() {
    let english = EN.entries();
    let spanish = ES.entries();
    let english_keys: Vec<&String> = english.iter().map(|(key, _)| key).collect();
    let spanish_keys: Vec<&String> = spanish.iter().map(|(key, _)| key).collect();
    assert_eq!(
        english_keys, spanish_keys,
        "the two catalogues have different entries"
    );

    let mut problems = Vec::new();
    for ((key, en), (_, es)) in english.iter().zip(&spanish) {
        // A hint may be empty, in both languages at once.
        if es.trim().is_empty() && !(key.ends_with(".hint") && en.is_empty()) {
            problems.push(format!("{key}: empty in Spanish"));
        }
        if es == en && !en.is_empty() && !SAME_IN_BOTH.contains(&key.as_str()) && !is_not_words(en)
        {
            problems.push(format!("{key}: the same as English ({en:?})"));
        }
    }
    assert!(
        problems.is_empty(),
        "Spanish catalogue problems:\n{}",
        problems.join("\n")
    );
}

/// Numbers and proper names carry no language.
fn is_not_words(text: &str) -> bool {
    text.chars().all(|c| !c.is_alphabetic())
}

#[test]
fn every_catalogue_entry_is_used_by_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut source = String::new();
    collect_rust(&root, &mut source);
    let entries = EN.entries();
    let fields: BTreeSet<&str> = entries.iter().map(|(key, _)| field_of(key)).collect();
    // Components read the catalogue as `words.field` (or `language.words().field`).
    let used = |field: &str| {
        ["words.", "words()."].iter().any(|prefix| {
            let pattern = format!("{prefix}{field}");
            source.match_indices(&pattern).any(|(at, _)| {
                let next = source[at + pattern.len()..].chars().next().unwrap_or(' ');
                !(next.is_alphanumeric() || next == '_')
            })
        })
    };
    let unused: Vec<&str> = fields.into_iter().filter(|field| !used(field)).collect();
    assert!(
        unused.is_empty(),
        "catalogue entries nothing uses: {unused:?}"
    );
}

/// The app's Rust source outside the catalogues themselves.
fn collect_rust(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name != "content") {
                collect_rust(&path, out);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push_str(&fs::read_to_string(&path).expect("read a source file"));
        }
    }
}

#[test]
fn every_language_tag_chooses_as_the_browser_asks() {
    assert_eq!(Language::from_tag("es"), Some(Language::Spanish));
    assert_eq!(Language::from_tag("es-MX"), Some(Language::Spanish));
    assert_eq!(Language::from_tag("es-419"), Some(Language::Spanish));
    assert_eq!(Language::from_tag("ES_us"), Some(Language::Spanish));
    assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
    assert_eq!(Language::from_tag("fr-FR"), None);
    assert_eq!(
        Language::from_browser(["fr-FR", "es-AR", "en"]),
        Language::Spanish
    );
    assert_eq!(
        Language::from_browser(["de"]),
        Language::English,
        "anything else is English"
    );
    assert_eq!(Language::from_browser([]), Language::English);
}
