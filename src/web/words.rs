//! Loading a language's words: their file is not in the wasm, and the loader (web/start.js,
//! which knows the files' hashed names) fetches it.

use crate::content::Language;

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
