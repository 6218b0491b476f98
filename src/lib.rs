//! backstep: a back-pain symptom checker that runs entirely in the browser.
//!
//! One wasm serves every way backstep is used. It starts nothing by itself: each entry point
//! is a small JS loader in `web/` (filled in at build time by `scripts/post-build.mjs`, and
//! sharing one start function, `web/start.js`) that loads this wasm and calls one function: [`mount`] for the standalone page and the installed app,
//! [`mount_widget`] for a clinic's `<backstep-checker>` element, [`mount_embedded`] for the
//! iframe page.
//!
//! The last two, the reading of a clinic's settings they bring (colours, phone numbers,
//! addresses), and the clinic's card on the start and result screens, are built only with
//! the `guest` feature: the start page's wasm, on the
//! critical path, leaves them out (14 KB gzip on the critical path), and the widget and the iframe
//! page load a second build that has them (`scripts/guest.mjs`, run by the post_build hook).

pub mod clinic;
pub mod colours;
// Reads the case files: native only (tests and the build's report), never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod conformance;
pub mod content;
mod decimal;
pub mod engine;
mod invisible;
pub mod locale;
pub mod questionnaire;
pub mod returning;
pub mod session;
pub mod ui;
pub mod web;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app into `root`, replacing the static start screen the page shows while the
/// wasm loads. Marks the element with `data-mounted` so tests and loaders can tell.
///
/// Every mount function first loads the words of the language it starts in (their file is
/// not in the wasm, see `web::load_words`); if they cannot be loaded it mounts nothing and
/// rejects, and the loader says so over the static start screen or the widget's fallback.
#[wasm_bindgen]
pub async fn mount(root: web_sys::Element) -> Result<(), wasm_bindgen::JsValue> {
    let props = ui::AppProps {
        emergency_number: web::initial_emergency_number(&root),
        language: web::initial_language(&root),
        owns_page: true,
        clinic: clinic::ClinicSettings::default(),
    };
    render_app(&root, props).await.map(drop)
}

/// The one mount sequence: the panic panel guards `root`, the words of the language `props`
/// start in are loaded, the app is drawn into `root`, and `root` is marked mounted.
async fn render_app(
    root: &web_sys::Element,
    props: ui::AppProps,
) -> Result<yew::AppHandle<ui::App>, wasm_bindgen::JsValue> {
    web::guard_against_panics(root);
    web::load_words(props.language).await?;
    let app = yew::Renderer::<ui::App>::with_root_and_props(root.clone(), props).render();
    // Setting an attribute on our own element cannot fail in a real DOM; nothing to recover.
    let _ = root.set_attribute("data-mounted", "");
    Ok(app)
}

#[cfg(feature = "guest")]
/// A clinic's `<backstep-checker>` element, mounted: the widget loader keeps it to pass on
/// attribute changes.
#[wasm_bindgen]
pub struct Widget {
    app: yew::AppHandle<ui::App>,
    host: web_sys::Element,
    language: content::Language,
}

#[cfg(feature = "guest")]
/// Reads the clinic's settings from `get`, warning once for each bad one.
fn clinic_settings(
    get: impl Fn(&str) -> Option<String>,
    only: Option<&str>,
) -> clinic::ClinicSettings {
    let (settings, warnings) = web::read_clinic_settings(get);
    for warning in warnings
        .iter()
        .filter(|w| only.is_none_or(|name| w.setting == name))
    {
        web_sys::console::warn_1(&warning.to_string().into());
    }
    settings
}

#[cfg(feature = "guest")]
fn widget_props(
    host: &web_sys::Element,
    only: Option<&str>,
    fallback: content::Language,
) -> ui::AppProps {
    let clinic = clinic_settings(|name| host.get_attribute(name), only);
    ui::AppProps {
        emergency_number: clinic
            .emergency_number
            .unwrap_or_else(web::regional_emergency_number),
        language: clinic.language.unwrap_or(fallback),
        owns_page: false,
        clinic,
    }
}

#[cfg(feature = "guest")]
/// Mounts the app into `root` (a `<div>` in the closed shadow root of `host`, the
/// `<backstep-checker>` element), with the settings of `host`'s attributes.
#[wasm_bindgen]
pub async fn mount_widget(
    root: web_sys::Element,
    host: web_sys::Element,
) -> Result<Widget, wasm_bindgen::JsValue> {
    let language =
        content::Language::from_browser(web::browser_languages().iter().map(String::as_str));
    let props = widget_props(&host, None, language);
    let app = render_app(&root, props).await?;
    Ok(Widget {
        app,
        host,
        language,
    })
}

#[cfg(feature = "guest")]
#[wasm_bindgen]
impl Widget {
    /// Re-reads the settings after the host changed attribute `name`, warning for it alone.
    pub fn refresh(&mut self, name: &str) {
        let props = widget_props(&self.host, Some(name), self.language);
        self.app.update(props);
    }
}

#[cfg(feature = "guest")]
/// Mounts the app into `root` on the iframe page, with the settings of its query string.
///
/// Only inside a frame: opened on its own (a link anyone can send), `embed.html` is the plain
/// app with the language of its query, and clinic settings are ignored with a warning, so no
/// one can show a made-up clinic under backstep's own address. Who may frame it is the
/// server's to say (`Content-Security-Policy: frame-ancestors`, see docs/hosting.md).
#[wasm_bindgen]
pub async fn mount_embedded(
    root: web_sys::Element,
    query: String,
) -> Result<(), wasm_bindgen::JsValue> {
    let params = web_sys::UrlSearchParams::new_with_str(&query).ok();
    let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
    let clinic = if web::is_framed() {
        clinic_settings(get, None)
    } else {
        let given: Vec<&str> = clinic::SETTINGS
            .iter()
            .copied()
            .filter(|&name| name != "lang" && get(name).is_some())
            .collect();
        if !given.is_empty() {
            web_sys::console::warn_1(
                &format!("backstep: embed.html shows clinic settings only inside a frame, opened on its own it ignored {given:?}").into(),
            );
        }
        // The language is the reader's, not the clinic's: kept either way.
        clinic_settings(get, Some("lang"))
            .language
            .map(|language| clinic::ClinicSettings {
                language: Some(language),
                ..Default::default()
            })
            .unwrap_or_default()
    };
    let language = clinic.language.unwrap_or_else(|| {
        content::Language::from_browser(web::browser_languages().iter().map(String::as_str))
    });
    let props = ui::AppProps {
        emergency_number: clinic
            .emergency_number
            .unwrap_or_else(|| web::initial_emergency_number(&root)),
        language,
        owns_page: true,
        clinic,
    };
    render_app(&root, props).await.map(drop)
}

/// Times `assess` in the browser for the benchmark (`scripts/bench.sh`), built only with the
/// `bench` feature: per-call times in nanoseconds, one per round over every case given.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_assess(cases_json: &str, rounds: u32, repeat: u32) -> Vec<f64> {
    let cases: Vec<serde_json::Value> = serde_json::from_str(cases_json).unwrap_or_default();
    let answers: Vec<engine::Answers> = cases
        .iter()
        .filter_map(|case| engine::Answers::from_json(case).ok())
        .collect();
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    };
    (0..rounds)
        .map(|_| {
            let start = now();
            for _ in 0..repeat {
                for a in &answers {
                    std::hint::black_box(engine::assess(std::hint::black_box(a)));
                }
            }
            (now() - start) * 1e6 / f64::from(repeat) / answers.len().max(1) as f64
        })
        .collect()
}

/// Checks a clinic's widget settings exactly as the widget and the iframe page do
/// (`web::read_clinic_settings`: `clinic::ClinicSettings::read` and the browser's own colour
/// check), for the configurator (`configure.html`, `web/configure.js`), so what it refuses
/// is what the widget would refuse, for the same reason. `query` holds the settings as the
/// iframe form's query string. Returns
/// `{ warnings: [{ setting, rule }], accepted: { <setting>: <value> }, contrast, services }`:
/// each refused value with the rule it broke; the values the widget would use, as
/// attributes (the clinic name cut, services in table order); the accent's contrast against
/// white when it is a colour (`undefined` when not); and every ladder option id the
/// `services` setting takes, with its English name.
///
/// Async because the English names are in the English language file, fetched first (the
/// wasm carries no words). In the guest build only: the configurator's preview loads that
/// build anyway, and the start page's wasm is the smaller without it.
#[cfg(feature = "guest")]
#[wasm_bindgen]
pub async fn check_clinic_settings(query: String) -> Result<js_sys::Object, wasm_bindgen::JsValue> {
    use wasm_bindgen::JsValue;
    let english = web::load_words(content::Language::English).await?;
    let params = web_sys::UrlSearchParams::new_with_str(&query).ok();
    let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
    let (settings, warnings) = web::read_clinic_settings(get);
    // Setting a property of a plain new object cannot fail.
    let set = |object: &js_sys::Object, key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(object, &key.into(), &value);
    };

    let refused = js_sys::Array::new();
    for warning in &warnings {
        let entry = js_sys::Object::new();
        set(&entry, "setting", warning.setting.into());
        set(&entry, "rule", warning.rule.as_str().into());
        refused.push(&entry);
    }
    let accepted = js_sys::Object::new();
    let services: Vec<&str> = settings.services.iter().map(|id| id.id()).collect();
    let values = [
        ("lang", settings.language.map(|l| l.tag().to_string())),
        ("clinic-name", settings.clinic_name),
        ("phone", settings.phone),
        (
            "emergency-number",
            settings.emergency_number.map(|n| n.as_str().to_string()),
        ),
        ("booking-url", settings.booking_url),
        ("accent", settings.accent),
        (
            "services",
            (!services.is_empty()).then(|| services.join(" ")),
        ),
    ];
    for (name, value) in values {
        if let Some(value) = value {
            set(&accepted, name, value.into());
        }
    }
    let options = js_sys::Array::new();
    for id in engine::OptionId::ALL {
        options.push(&js_sys::Array::of2(
            &id.id().into(),
            &english.option_name(id).into(),
        ));
    }

    let result = js_sys::Object::new();
    set(&result, "warnings", refused.into());
    set(&result, "accepted", accepted.into());
    let contrast = get("accent").and_then(|value| {
        colours::accent_contrast(value.trim_matches(|c: char| c.is_ascii_whitespace()))
    });
    set(
        &result,
        "contrast",
        contrast.map_or(JsValue::UNDEFINED, JsValue::from),
    );
    set(&result, "services", options.into());
    Ok(result)
}
