//! Browser glue: what the page and the browser tell the app at start-up, and the browser's
//! parts the app uses, one concern a file: the device's storage (`device`), downloads
//! (`download`), the history (`history`), the words' files (`words`) and the panic panel
//! (`panic`).

pub mod device;
pub mod download;
pub mod history;
mod panic;
mod words;

pub use panic::{guard_against_panics, note_language};
pub use words::{
    load_later_words, load_words, load_words_with, set_words_loader, start_fetching_later_words,
    LoadWordsError,
};

use crate::clinic::{ClinicSettings, SettingWarning};
use crate::content::Language;
use crate::locale::{emergency_number_from, EmergencyNumber};

/// The emergency number to start with: the host page's `data-emergency-number` on the root
/// element when it is a real emergency number, else the one of the browser's region where
/// that is clear, else 911.
pub fn initial_emergency_number(root: &web_sys::Element) -> EmergencyNumber {
    if let Some(number) = root.get_attribute("data-emergency-number") {
        match EmergencyNumber::parse(&number) {
            Ok(number) => return number,
            Err(problem) => web_sys::console::warn_1(
                &format!("backstep: data-emergency-number {problem}; using the default").into(),
            ),
        }
    }
    regional_emergency_number()
}

/// The emergency number of the browser's region where it is clear, else 911.
pub fn regional_emergency_number() -> EmergencyNumber {
    emergency_number_from(browser_languages().iter().map(String::as_str)).unwrap_or_default()
}

/// Whether the browser itself reads `value` as a colour. The accent's own parser computes
/// its contrast but is not the browser: a value it takes and the browser does not would
/// leave the buttons with no background and white text.
pub fn is_css_colour(value: &str) -> bool {
    web_sys::css::supports_with_value("color", value).unwrap_or(false)
}

/// A clinic's settings read from `get` (attributes or a query), with the checks only the
/// browser can make added to the pure ones of [`ClinicSettings::read`].
pub fn read_clinic_settings(
    get: impl Fn(&str) -> Option<String>,
) -> (ClinicSettings, Vec<SettingWarning>) {
    let (mut settings, mut warnings) = ClinicSettings::read(get);
    if let Some(accent) = settings.accent.take() {
        if is_css_colour(&accent) {
            settings.accent = Some(accent);
        } else {
            warnings.push(SettingWarning {
                setting: "accent",
                rule: format!("must be a colour this browser reads (CSS.supports(\"color\", value)), got {accent:?}; using the default"),
            });
        }
    }
    (settings, warnings)
}

/// Whether this page is shown inside another page's frame. `embed.html` takes a clinic's
/// settings only then: opened on its own, anyone could dress backstep's own address in a
/// made-up clinic. When it cannot tell, it says no (the safe side: the plain app).
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(top.as_ref(), window.as_ref()),
        _ => false,
    }
}

/// The browser's languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The language to start in: the root element's `lang` attribute when it names one backstep
/// speaks (a host's choice), else the browser's first language that backstep speaks.
pub fn initial_language(root: &web_sys::Element) -> Language {
    root.get_attribute("lang")
        .and_then(|tag| Language::from_tag(&tag))
        .unwrap_or_else(|| Language::from_browser(browser_languages().iter().map(String::as_str)))
}

/// Makes the page's `lang` attribute and title follow the language on screen.
pub fn follow_language(language: Language) {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", language.tag());
    }
    if let Some(words) = language.words() {
        document.set_title(words.page_title_tag());
    }
}

/// Prints the summary. On a page of its own, the browser prints the page (whose print
/// stylesheet shows only the summary); inside a clinic's widget, the widget loader is asked
/// (by an event that stays inside the shadow root) to hide the host page while it prints.
pub fn print(from: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let in_widget = from
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .is_ok();
    if in_widget {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(false);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("backstep:print", &init) {
            let _ = from.dispatch_event(&event);
        }
    } else if let Some(window) = web_sys::window() {
        // Printing is the person's own act; a browser that cannot print says so itself.
        let _ = window.print();
    }
}

/// The person's local day, from the browser's clock and time zone.
pub fn today() -> crate::returning::Day {
    let now = js_sys::Date::new_0();
    crate::returning::Day::local(now.get_time(), now.get_timezone_offset())
}
