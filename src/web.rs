//! Browser glue: what the page and the browser tell the app at start-up.

use crate::locale::emergency_number_from;
use crate::questionnaire::is_emergency_number;

/// The emergency number to start with: the host page's `data-emergency-number` on the root
/// element when it is valid, else the one of the browser's region where that is clear,
/// else 911.
pub fn initial_emergency_number(root: &web_sys::Element) -> String {
    if let Some(number) = root.get_attribute("data-emergency-number") {
        let number = number.trim();
        if is_emergency_number(number) {
            return number.to_string();
        }
        web_sys::console::warn_1(
            &format!("backstep: data-emergency-number must be 1 to 6 digits, got {number:?}; using the default").into(),
        );
    }
    let languages: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    emergency_number_from(languages.iter().map(String::as_str))
        .unwrap_or("911")
        .to_string()
}
