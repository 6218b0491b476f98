//! backstep: a back-pain symptom checker that runs entirely in the browser.
//!
//! One wasm serves every way backstep is used. It starts nothing by itself: each entry point
//! (the standalone page, later the installed app and the clinic widget) is a small JS loader,
//! written at build time by `scripts/post-build.mjs`, that loads this wasm and calls [`mount`].

pub mod content;
pub mod engine;
pub mod locale;
pub mod questionnaire;
pub mod ui;
pub mod web;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app into `root`, replacing the static start screen the page shows while the
/// wasm loads. Marks the element with `data-mounted` so tests and loaders can tell.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    web::guard_against_panics(&root);
    let props = ui::AppProps {
        emergency_number: web::initial_emergency_number(&root).into(),
        language: web::initial_language(&root),
        owns_page: true,
    };
    yew::Renderer::<ui::App>::with_root_and_props(root.clone(), props).render();
    // Setting an attribute on our own element cannot fail in a real DOM; nothing to recover.
    let _ = root.set_attribute("data-mounted", "");
}
