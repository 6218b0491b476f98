//! The static start screen in index.html says what the live one says: it is what a person
//! sees before the wasm loads, and all they see if it cannot load.

use backstep::content::{Language, Words};

const INDEX_HTML: &str = include_str!("../index.html");

#[test]
fn the_static_start_screen_carries_the_start_words_and_every_warning_sign_in_both_languages() {
    let en = Words::parse(Language::English, include_str!("../lang/en.txt")).expect("en reads");
    let es = Words::parse(Language::Spanish, include_str!("../lang/es.txt")).expect("es reads");
    let mut texts = vec![
        en.start_title(),
        en.start_lead(),
        en.start_button(),
        en.warning_title(),
        en.not_a_diagnosis(),
    ];
    texts.extend(en.warning_signs());
    // The warning signs in Spanish too: all a Spanish speaker sees if the wasm cannot load.
    texts.extend([es.warning_title(), es.not_a_diagnosis()]);
    texts.extend(es.warning_signs());
    // The HTML wraps long lines; compare with white space folded.
    let fold = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let html = fold(INDEX_HTML);
    for text in texts {
        assert!(
            html.contains(&fold(text)),
            "index.html does not say {text:?}"
        );
    }
}

/// backstep's one Content-Security-Policy, which the static server, the post-build hook and the
/// end-to-end tests read too.
const POLICY: &str = include_str!("../scripts/content-security-policy.txt");

/// The `content` of each `<meta http-equiv="Content-Security-Policy">` tag of `html`.
fn meta_policies(html: &str) -> Vec<&str> {
    html.split("<meta")
        .skip(1)
        .filter_map(|tag| tag.split('>').next())
        .filter(|tag| tag.contains("http-equiv=\"Content-Security-Policy\""))
        .map(|tag| {
            tag.split_once("content=\"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map_or("", |(content, _)| content)
        })
        .collect()
}

#[test]
fn the_page_carries_exactly_the_one_policy_and_no_inline_script_or_style() {
    let policy = POLICY.trim();
    assert!(
        !policy.contains('\n') && policy.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "scripts/content-security-policy.txt is the strict policy on one line: {policy:?}"
    );
    assert_eq!(
        meta_policies(INDEX_HTML),
        [policy],
        "index.html's policy is scripts/content-security-policy.txt's"
    );
    assert!(!INDEX_HTML.contains("<style"), "a <style> element");
    assert!(!INDEX_HTML.contains("style=\""), "a style attribute");
    for script in INDEX_HTML.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap_or_default();
        assert!(tag.contains("src="), "an inline script: <script{tag}>");
    }
}

/// The hosting guide shows the policy a host sends; it must be the policy the app has.
#[test]
fn the_hosting_guide_shows_the_one_policy() {
    let guide = include_str!("../docs/hosting.md");
    assert!(
        guide.contains(&format!("Content-Security-Policy: {}\n", POLICY.trim())),
        "docs/hosting.md's header block differs from scripts/content-security-policy.txt"
    );
}

/// No script, page or test keeps a copy of its own, which could drift from the source: they
/// read scripts/csp.mjs (JavaScript) or the file itself (Rust).
#[test]
fn no_other_file_writes_the_policy_out() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // The policy's start, which any copy of it would carry (in two pieces, so that this file
    // is not one).
    let start = concat!(
        "default-src 'self'; ",
        "script-src 'self' 'wasm-unsafe-eval'"
    );
    let allowed = [
        "index.html",
        "docs/hosting.md",
        "scripts/content-security-policy.txt",
    ];
    let mut copies = Vec::new();
    for folder in [
        "scripts", "web", "src", "tests", "examples", "bench", "docs",
    ] {
        let mut stack = vec![root.join(folder)];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for path in entries.flatten().map(|entry| entry.path()) {
                if path.is_dir() {
                    stack.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    let name = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .display()
                        .to_string();
                    if text.contains(start) && !allowed.contains(&name.as_str()) {
                        copies.push(name);
                    }
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "copies of the policy outside its source: {copies:?}"
    );
}
