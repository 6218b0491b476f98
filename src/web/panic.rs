//! The panic panel: if the Rust code ever panics, a plain panel with the emergency warning
//! signs, built with the DOM alone, in every root the app is mounted in.

use crate::content::Language;

thread_local! {
    /// The elements the app is mounted in, and the language on screen, for the panic panel.
    static GUARDED: std::cell::RefCell<(Vec<web_sys::Element>, Language)> = Default::default();
}

/// Remembers the language on screen, so a panic panel speaks it.
pub fn note_language(language: Language) {
    GUARDED.with(|guarded| {
        if let Ok(mut guarded) = guarded.try_borrow_mut() {
            guarded.1 = language;
        }
    });
}

/// If the Rust code ever panics, the person sees a short "something went wrong" panel that
/// repeats the emergency warning signs in every guarded root, not a blank or frozen page.
///
/// Call it before rendering. The hook goes in through `yew::set_custom_panic_hook`, which
/// also tells Yew's renderer that a hook is set: otherwise the first `Renderer::render`
/// replaces whatever hook is there with Yew's console-only one (yew 0.23,
/// `renderer.rs`, `set_default_panic_hook`), and a panic would leave a frozen page with no
/// panel. It is installed again on every call, so the last mount always leaves ours in
/// place, whatever set a hook before it.
pub fn guard_against_panics(root: &web_sys::Element) {
    GUARDED.with(|guarded| {
        if let Ok(mut guarded) = guarded.try_borrow_mut() {
            guarded.0.push(root.clone());
        }
    });
    yew::set_custom_panic_hook(Box::new(|info| {
        // What Yew's own hook does (the message and a stack trace, on the console), then
        // the panel.
        console_error_panic_hook::hook(info);
        show_panic_panels();
    }));
}

fn show_panic_panels() {
    GUARDED.with(|guarded| {
        let Ok(guarded) = guarded.try_borrow() else {
            return;
        };
        // The language on screen is loaded: it is only noted once shown.
        let Some(words) = guarded.1.words() else {
            return;
        };
        for root in &guarded.0 {
            // Built with the DOM alone: whatever state the app was in is not to be trusted.
            let _ = panic_panel(root, words);
        }
    });
}

fn panic_panel(
    root: &web_sys::Element,
    words: &crate::content::Words,
) -> Result<(), wasm_bindgen::JsValue> {
    let document = root.owner_document().ok_or(wasm_bindgen::JsValue::NULL)?;
    // Text only, as text nodes: nothing here is parsed as HTML.
    let element = |tag: &str, text: &str| -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let element = document.create_element(tag)?;
        element.set_text_content(Some(text));
        Ok(element)
    };
    let panel = document.create_element("section")?;
    panel.set_class_name("screen panic");
    panel.set_attribute("role", "alert")?;
    let title = element("h1", words.panic_title())?;
    panel.append_child(&title)?;
    let text = element("p", words.panic_text())?;
    panel.append_child(&text)?;
    let signs = document.create_element("section")?;
    signs.set_class_name("warning-signs");
    let heading = element("h2", words.warning_title())?;
    signs.append_child(&heading)?;
    let list = document.create_element("ul")?;
    for sign in words.warning_signs() {
        let item = element("li", sign)?;
        list.append_child(&item)?;
    }
    signs.append_child(&list)?;
    panel.append_child(&signs)?;
    root.set_text_content(None);
    root.append_child(&panel)?;
    Ok(())
}
