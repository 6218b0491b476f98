//! Files the person asks for (the calendar reminder), made on the device.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `name` to download, through a short-lived `blob:` address
/// of this page's own (nothing leaves the device).
pub fn offer(name: &str, mime: &str, text: &str) {
    let result = (|| {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // Some browsers start the download after click() returns: the address is revoked a
        // moment later, not at once.
        gloo::timers::callback::Timeout::new(1_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok::<(), JsValue>(())
    })();
    if let Err(error) = result {
        web_sys::console::warn_2(&"backstep: could not make the file".into(), &error);
    }
}
