//! Browser glue: what the page and the browser tell the app at start-up.

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

thread_local! {
    /// The loader's function that fetches a language file: `(tag) => Promise<string>`
    /// (web/start.js, which knows the files' hashed names and starts the first one's
    /// download beside the wasm's).
    static WORDS_LOADER: std::cell::RefCell<Option<js_sys::Function>> =
        const { std::cell::RefCell::new(None) };
}

/// Given by the loader before it mounts anything: how to fetch a language's file.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn set_words_loader(load: js_sys::Function) {
    WORDS_LOADER.with(|loader| *loader.borrow_mut() = Some(load));
}

/// Why a language's words could not be loaded.
#[derive(Debug)]
pub struct LoadWordsError {
    pub language: Language,
    pub reason: String,
}

impl std::fmt::Display for LoadWordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tag = self.language.tag();
        write!(
            f,
            "backstep: lang/{tag}.txt could not be loaded: {}",
            self.reason
        )
    }
}

impl From<LoadWordsError> for wasm_bindgen::JsValue {
    fn from(error: LoadWordsError) -> Self {
        js_sys::Error::new(&error.to_string()).into()
    }
}

/// The words of `language`: at once if its file is loaded, else fetched through the
/// loader's function (from the service worker's cache when offline).
pub async fn load_words(
    language: Language,
) -> Result<&'static crate::content::Words, LoadWordsError> {
    if let Some(words) = language.words() {
        return Ok(words);
    }
    let failed = |reason: String| LoadWordsError { language, reason };
    let loader = WORDS_LOADER
        .with(|loader| loader.borrow().clone())
        .ok_or_else(|| failed("no loader was given (set_words_loader)".into()))?;
    let promise = loader
        .call1(&wasm_bindgen::JsValue::NULL, &language.tag().into())
        .map_err(|error| failed(format!("{error:?}")))?;
    let file = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|error| failed(format!("{error:?}")))?
        .as_string()
        .ok_or_else(|| failed("the loader gave no text".into()))?;
    crate::content::install(language, &file).map_err(|error| failed(error.to_string()))
}

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

pub mod device;

/// The person's local day, from the browser's clock and time zone.
pub fn today() -> crate::returning::Day {
    let now = js_sys::Date::new_0();
    crate::returning::Day::local(now.get_time(), now.get_timezone_offset())
}

/// The browser's history, for the standalone page only: each questionnaire step is an entry
/// whose state names the step and how deep it is, never an answer.
pub mod history {
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
}
