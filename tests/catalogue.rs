//! The word catalogues as files: one file in `lang/` per language backstep speaks, each read
//! by the app's own reader, with the keys of `lang/en.txt`; every accessor of `Words` used
//! by the app; and the language each browser asks for.
//!
//! `build.rs` already refuses a missing, blank, untranslated or misplaced-placeholder text
//! (the build fails before this runs); `src/content/tests.rs` checks that the code asks for
//! every key of the files and only for those.

use std::fs;
use std::path::Path;

use backstep::content::format::lines;
use backstep::content::{Language, Words};

fn lang_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lang")
}

#[test]
fn one_file_per_language_and_no_other() {
    let mut files: Vec<String> = fs::read_dir(lang_dir())
        .expect("read lang/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    files.sort();
    let mut expected: Vec<String> = Language::ALL
        .iter()
        .map(|language| format!("{}.txt", language.tag()))
        .collect();
    expected.sort();
    assert_eq!(
        files, expected,
        "lang/ holds one file per Language, named by its tag"
    );
}

#[test]
fn every_language_file_has_the_keys_of_english_in_its_order() {
    let read = |tag: &str| {
        let file = fs::read_to_string(lang_dir().join(format!("{tag}.txt"))).expect("read");
        let keys: Vec<String> = lines(&file)
            .unwrap_or_else(|error| panic!("lang/{tag}.txt: {error}"))
            .iter()
            .map(|line| line.key.to_string())
            .collect();
        keys
    };
    let english = read("en");
    for language in Language::ALL {
        // The same order too, so a translator can read the two files side by side.
        assert_eq!(read(language.tag()), english, "lang/{}.txt", language.tag());
        let file =
            fs::read_to_string(lang_dir().join(format!("{}.txt", language.tag()))).expect("read");
        let words = Words::parse(language, &file).expect("the app reads it");
        assert_eq!(words.lang(), language.tag());
        assert!(
            file.starts_with('#'),
            "lang/{}.txt opens with a comment saying what it is",
            language.tag()
        );
    }
}

#[test]
fn every_accessor_of_words_is_used_by_the_app() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/words.rs");
    let accessors = fs::read_to_string(content).expect("read words.rs");
    // The plain texts of the `texts!` list, and the methods written out.
    let mut names: Vec<String> = accessors
        .lines()
        .filter_map(|line| {
            let trimmed = line.trim();
            if let Some(rest) = trimmed.strip_prefix("pub fn ") {
                // Not the macro's own `pub fn $key`.
                return rest
                    .split('(')
                    .next()
                    .filter(|name| !name.starts_with('$'))
                    .map(str::to_string);
            }
            let plain = line.starts_with("    ")
                && !line.starts_with("     ")
                && trimmed.ends_with(',')
                && trimmed[..trimmed.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_');
            plain.then(|| trimmed.trim_end_matches(',').to_string())
        })
        .collect();
    names.sort();
    names.dedup();
    assert!(names.len() > 100, "found the accessors: {names:?}");
    let mut source = String::new();
    collect_rust(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut source,
    );
    // Called on the words themselves (`words.next()`, or `later.print()` on the later words),
    // so that another type's method of the same name (`Iterator::next`, `history.back()`,
    // `database.close()`, `window.print()`) does not count, nor a call written in a comment.
    let code: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let unused: Vec<&String> = names
        .iter()
        .filter(|name| {
            !code.contains(&format!("words.{name}(")) && !code.contains(&format!("later.{name}("))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "accessors of Words and LaterWords nothing uses: {unused:?}"
    );
}

/// The app's Rust source outside the catalogue itself.
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
