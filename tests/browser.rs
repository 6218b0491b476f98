//! In-browser component tests: the real components rendered by Yew in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the test page's body to mount into.
fn host() -> web_sys::Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("create a div");
    document.body().expect("the test page has a body").append_child(&host).expect("append");
    host
}

#[wasm_bindgen_test]
async fn mount_replaces_the_static_screen_with_the_live_start_screen() {
    let root = host();
    root.set_inner_html("<p class=\"static\">static start screen</p>");

    backstep::mount(root.clone());
    yew::scheduler::flush().await;

    assert!(root.has_attribute("data-mounted"), "mount marks its root");
    assert!(root.query_selector(".static").unwrap().is_none(), "the static screen is replaced");
    let heading = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(heading.text_content().unwrap(), backstep::content::EN.start_title);
    let button = root.query_selector("button").unwrap().expect("a start button");
    assert_eq!(button.text_content().unwrap(), backstep::content::EN.start_button);
    let signs = root.query_selector_all(".warning-signs li").unwrap();
    assert_eq!(signs.length() as usize, backstep::content::EN.warning_signs.len());
}
