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

#[test]
fn the_page_has_the_strict_content_security_policy_and_no_inline_script_or_style() {
    let policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; \
                  connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
    assert!(
        INDEX_HTML.contains(policy),
        "index.html lacks the strict CSP"
    );
    assert!(!INDEX_HTML.contains("<style"), "a <style> element");
    assert!(!INDEX_HTML.contains("style=\""), "a style attribute");
    for script in INDEX_HTML.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap_or_default();
        assert!(tag.contains("src="), "an inline script: <script{tag}>");
    }
}
