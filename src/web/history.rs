//! The browser's history, for the standalone page only: each questionnaire step is an entry
//! whose state names the step and how deep it is, never an answer.

use wasm_bindgen::JsValue;

fn entry(screen: &str, depth: u32) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"backstep".into(), &screen.into());
    let _ = js_sys::Reflect::set(&state, &"depth".into(), &depth.into());
    state.into()
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Marks the entry the page was loaded in as the start of the questionnaire.
pub fn replace(screen: &str, depth: u32) {
    if let Some(history) = history() {
        let _ = history.replace_state(&entry(screen, depth), "");
    }
}

/// A new entry for a step the person moved on to (the address stays as it is).
pub fn push(screen: &str, depth: u32) {
    if let Some(history) = history() {
        let _ = history.push_state(&entry(screen, depth), "");
    }
}

pub fn back() {
    if let Some(history) = history() {
        let _ = history.back();
    }
}

/// The step and depth an entry's state names, if it is one of backstep's.
pub fn read(state: &JsValue) -> Option<(String, u32)> {
    let screen = js_sys::Reflect::get(state, &"backstep".into())
        .ok()?
        .as_string()?;
    let depth = js_sys::Reflect::get(state, &"depth".into())
        .ok()?
        .as_f64()?;
    Some((screen, depth as u32))
}
