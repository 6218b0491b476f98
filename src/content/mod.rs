//! Every word the app shows, by language. Components never hold text: they ask a `Words`
//! for it by name (`words.start_title()`, `words.question(field).label`), and `Words`
//! looks it up by key in the language's file, `lang/<tag>.txt`.
//!
//! Where a word lives: its accessor in `words.rs` names its key (the method's own name, or
//! `question.<field>.label` and the like), and the key's line in `lang/en.txt` and
//! `lang/es.txt` holds the text. `build.rs` checks the files against each other when the
//! crate builds; `tests.rs` checks that the code asks for every key and only for keys there.
//!
//! The wasm carries no catalogue: the page's loader fetches the file of the language in
//! use (in parallel with the wasm) and hands it to `install`; the other language is fetched
//! when the person switches (`crate::web::load_words`).

pub mod format;
#[cfg(test)]
mod tests;
mod words;

use std::cell::RefCell;

pub use format::FormatError;

/// A language backstep speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Spanish,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// Its words, once its file has been loaded (`install`); `None` before.
    pub fn words(self) -> Option<&'static Words> {
        LOADED.with(|loaded| {
            loaded
                .borrow()
                .iter()
                .copied()
                .find(|words| words.language == self)
        })
    }

    /// The BCP 47 tag, for `lang` attributes, and the name of its file (`lang/<tag>.txt`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The one a switch offers from this one.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Spanish,
            Language::Spanish => Language::English,
        }
    }
    /// The language a BCP 47 tag asks for, if backstep speaks it: every `es` tag (`es`,
    /// `es-MX`, `es-419`...) is Spanish, every `en` tag English.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "es" => Some(Language::Spanish),
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// The first of the browser's languages that backstep speaks; English when none is.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::from_tag)
            .unwrap_or_default()
    }
}

/// The version of the clinical content the app carries (answers, triage and ladder
/// policies, `docs/clinical/`), shown in the about view, the conformance report and the
/// printed summary.
pub const CONTENT_VERSION: &str = "4";

thread_local! {
    /// The catalogues loaded so far on this page: at most one per language, kept for the
    /// page's life (so every component may hold `&'static Words`).
    static LOADED: RefCell<Vec<&'static Words>> = const { RefCell::new(Vec::new()) };
}

/// Makes `file`, the text of `lang/<tag>.txt`, the words of `language`, and returns them.
/// A language already loaded keeps its first catalogue (components may hold it).
pub fn install(language: Language, file: &str) -> Result<&'static Words, FormatError> {
    if let Some(words) = language.words() {
        return Ok(words);
    }
    let words: &'static Words = Box::leak(Box::new(Words::parse(language, file)?));
    LOADED.with(|loaded| loaded.borrow_mut().push(words));
    Ok(words)
}

/// The words of one question or screening item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionWords<'a> {
    /// The question itself, short and plain.
    pub label: &'a str,
    /// One line that makes it easier to answer (examples, what counts); may be empty.
    pub hint: &'a str,
}

/// The words of one treatment option, for its card on the result screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionWords<'a> {
    /// Its name, plainly ("Physical therapy").
    pub name: &'a str,
    /// What it is, in one or two sentences.
    pub what: &'a str,
    /// What to expect: how long it takes, how often, how it feels.
    pub expect: &'a str,
}

/// The words of one language: every `key = text` of its file, sorted by key. Ask for a
/// text through the accessors of `words.rs`.
#[derive(Debug)]
pub struct Words {
    language: Language,
    texts: Vec<(Box<str>, Box<str>)>,
}

impl Words {
    /// Reads a language file (its format is in `format.rs`).
    pub fn parse(language: Language, file: &str) -> Result<Words, FormatError> {
        let mut texts: Vec<(Box<str>, Box<str>)> = format::lines(file)?
            .into_iter()
            .map(|line| (line.key.into(), line.text.into()))
            .collect();
        texts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(Words { language, texts })
    }

    /// The language these words are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The BCP 47 tag of the language, for `lang` attributes.
    pub fn lang(&self) -> &'static str {
        self.language.tag()
    }

    /// The text of `key`. The build and the catalogue tests make sure every key the code
    /// asks for is in every file; if one were not, the person would see a blank, not a
    /// crash.
    fn text(&self, key: &str) -> &str {
        #[cfg(test)]
        tests::asked(key);
        self.texts
            .binary_search_by(|(have, _)| (**have).cmp(key))
            .map_or("", |at| &self.texts[at].1)
    }

    /// The texts `<key>.1` to `<key>.N`, a list in the file.
    fn list<const N: usize>(&self, key: &str) -> [&str; N] {
        std::array::from_fn(|at| self.text(&format!("{key}.{}", at + 1)))
    }

    /// The text of `key` with its `{name}`s filled in.
    fn filled(&self, key: &str, values: &[(&str, &str)]) -> String {
        format::fill(self.text(key), values)
    }
}
