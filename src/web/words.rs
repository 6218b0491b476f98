//! Loading a language's words: their files are not in the wasm, and the loader
//! (web/start.js, which knows the files' hashed names) fetches them. Each language has two:
//! the words the first screens need, and the later words (`content::LaterWords`), fetched
//! with the later screens' code.

use crate::content::Language;

thread_local! {
    /// The loader's function that fetches a language file: `(tag, part) => Promise<string>`,
    /// `part` 'first' or 'later' (web/start.js, which knows the files' hashed names and
    /// starts the first one's download beside the wasm's).
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
    /// Its later words (below the file's `[later]` line), rather than the first ones.
    pub later: bool,
    pub reason: String,
}

impl std::fmt::Display for LoadWordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tag = self.language.tag();
        let part = if self.later {
            "below its [later] line"
        } else {
            "above its [later] line"
        };
        write!(
            f,
            "backstep: the words of lang/{tag}.txt {part} could not be loaded: {}",
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
    load_words_with(language, false).await
}

/// The words of `language` with its later words added: at once if both are loaded, else
/// fetched as `load_words` fetches.
pub async fn load_later_words(
    language: Language,
) -> Result<&'static crate::content::Words, LoadWordsError> {
    load_words_with(language, true).await
}

/// Starts the download of `language`'s later words, if they are not here, without waiting
/// for it: the loader keeps the download, and `load_later_words` takes it up.
pub fn start_fetching_later_words(language: Language) {
    if language.later_words().is_none() {
        // The loader's promise handles its own failure; a call that fails is tried again
        // when the words are awaited.
        let _ = ask_loader(language, true);
    }
}

/// The words of `language`, and its later words too when `later`: the one function behind
/// `load_words` and `load_later_words`, so the wasm carries its code once.
pub async fn load_words_with(
    language: Language,
    later: bool,
) -> Result<&'static crate::content::Words, LoadWordsError> {
    let refused =
        |later: bool, error: crate::content::WordsError| failed(language, later, error.to_string());
    let words = match language.words() {
        Some(words) => words,
        None => {
            let file = fetch(language, false).await?;
            crate::content::install(language, &file).map_err(|error| refused(false, error))?
        }
    };
    if later && words.later().is_none() {
        let file = fetch(language, true).await?;
        words
            .add_later(&file)
            .map_err(|error| refused(true, error))?;
    }
    Ok(words)
}

/// Why loading one part of `language`'s words failed.
fn failed(language: Language, later: bool, reason: String) -> LoadWordsError {
    LoadWordsError {
        language,
        later,
        reason,
    }
}

/// Asks the loader for one part of `language`'s file: its promise of the text (the loader
/// fetches each part once per page, and again after a failure).
fn ask_loader(language: Language, later: bool) -> Result<wasm_bindgen::JsValue, LoadWordsError> {
    let loader = WORDS_LOADER
        .with(|loader| loader.borrow().clone())
        .ok_or_else(|| {
            failed(
                language,
                later,
                "no loader was given (set_words_loader)".into(),
            )
        })?;
    let part = if later { "later" } else { "first" };
    loader
        .call2(
            &wasm_bindgen::JsValue::NULL,
            &language.tag().into(),
            &part.into(),
        )
        .map_err(|error| failed(language, later, format!("{error:?}")))
}

/// The text of one part of `language`'s file, from the loader.
async fn fetch(language: Language, later: bool) -> Result<String, LoadWordsError> {
    let failed = |reason: String| failed(language, later, reason);
    let promise = ask_loader(language, later)?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|error| failed(format!("{error:?}")))?
        .as_string()
        .ok_or_else(|| failed("the loader gave no text".into()))
}
