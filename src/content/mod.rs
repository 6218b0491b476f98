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
//!
//! Each language file has two parts, divided by its `[later]` line (`format::LATER`), and
//! the build puts each in a file of its own. `Words` holds the first: the words of the start
//! screen, the questions and the emergency panel, all the start page waits for.
//! `LaterWords` holds the second: the words of the screens after the questions, fetched
//! with their code while the person answers (`crate::web::load_later_words`) and added to
//! the language's `Words` (`Words::add_later`). The later screens ask `Words::later()` for
//! them; a start screen cannot ask for a later word, because `Words` has no accessor for it.

pub mod format;
#[cfg(test)]
mod tests;
mod words;

use std::cell::{OnceCell, RefCell};

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

    /// Its later words, once they have come (`Words::add_later`); `None` before.
    pub fn later_words(self) -> Option<&'static LaterWords> {
        self.words().and_then(Words::later)
    }

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
pub fn install(language: Language, file: &str) -> Result<&'static Words, WordsError> {
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

/// The words of one treatment option's card on the result screen, under its name
/// (`Words::option_name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionWords<'a> {
    /// What it is, in one or two sentences.
    pub what: &'a str,
    /// What to expect: how long it takes, how often, how it feels.
    pub expect: &'a str,
}

/// The `key = text`s of one part of a language file, sorted by key.
type Texts = Vec<(Box<str>, Box<str>)>;

/// The words of one language that the first screens show: every `key = text` above its
/// file's `[later]` line. Ask for a text through the accessors of `words.rs`.
#[derive(Debug)]
pub struct Words {
    language: Language,
    texts: Texts,
    /// The rest of the language's words, once they have come.
    later: OnceCell<LaterWords>,
}

/// The words of one language that the screens after the questions show: every `key = text`
/// below its file's `[later]` line. Ask for a text through the accessors of `words.rs`.
#[derive(Debug)]
pub struct LaterWords {
    language: Language,
    texts: Texts,
}

/// The keys `build.rs` checked in lang/en.txt: their count and fingerprint.
mod checked {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// A language file the app cannot use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsError {
    /// A line is not `key = text`.
    Format(FormatError),
    /// The file does not hold exactly the keys this build checked (above its `[later]`
    /// line, or below it when `later`): the emergency panel would show a blank heading and a
    /// call link with no words.
    Keys {
        found: usize,
        expected: usize,
        later: bool,
    },
}

impl std::fmt::Display for WordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let side = |later: bool| {
            if later {
                "below the [later] line"
            } else {
                "above the [later] line"
            }
        };
        match *self {
            WordsError::Format(ref error) => error.fmt(f),
            WordsError::Keys {
                found,
                expected,
                later,
            } if found != expected => write!(
                f,
                "has {found} keys {}, but this build checked {expected}: it must hold every key lang/en.txt has there",
                side(later)
            ),
            WordsError::Keys {
                expected, later, ..
            } => write!(
                f,
                "has {expected} keys {}, but not the {expected} this build checked: it must hold every key lang/en.txt has there",
                side(later)
            ),
        }
    }
}

impl From<FormatError> for WordsError {
    fn from(error: FormatError) -> Self {
        WordsError::Format(error)
    }
}

/// The texts of a file's `lines` on one side of its `[later]` line, which must be exactly
/// the keys this build checked there.
fn part(lines: &[format::Line<'_>], later: bool) -> Result<Texts, WordsError> {
    let (count, fingerprint) = if later {
        (checked::LATER_KEY_COUNT, checked::LATER_KEY_FINGERPRINT)
    } else {
        (checked::KEY_COUNT, checked::KEY_FINGERPRINT)
    };
    let mut texts: Texts = lines
        .iter()
        .filter(|line| line.later == later)
        .map(|line| (line.key.into(), line.text.into()))
        .collect();
    texts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    if texts.len() != count
        || format::key_fingerprint(texts.iter().map(|(key, _)| &**key)) != fingerprint
    {
        return Err(WordsError::Keys {
            found: texts.len(),
            expected: count,
            later,
        });
    }
    Ok(texts)
}

/// The text of `key` in `texts`; blank if it is not there.
fn look_up<'a>(texts: &'a Texts, key: &str) -> &'a str {
    texts
        .binary_search_by(|(have, _)| (**have).cmp(key))
        .map_or("", |at| &texts[at].1)
}

impl Words {
    /// Reads a language file (its format is in `format.rs`): the part the build puts on the
    /// start page's path (above the `[later]` line), which must hold every key `build.rs`
    /// checked there, and no other. A whole file of `lang/` (the tests) brings its later
    /// words too.
    pub fn parse(language: Language, file: &str) -> Result<Words, WordsError> {
        let lines = format::lines(file)?;
        let texts = part(&lines, false)?;
        let later = OnceCell::new();
        if lines.iter().any(|line| line.later) {
            let _ = later.set(LaterWords {
                language,
                texts: part(&lines, true)?,
            });
        }
        Ok(Words {
            language,
            texts,
            later,
        })
    }

    /// Adds the language's later words from `file`, its part below the `[later]` line (the
    /// build's `lang-<tag>-later-<hash>.txt`). Words added once stay (screens may hold them).
    pub fn add_later(&self, file: &str) -> Result<&LaterWords, WordsError> {
        if let Some(later) = self.later.get() {
            return Ok(later);
        }
        let later = LaterWords {
            language: self.language,
            texts: part(&format::lines(file)?, true)?,
        };
        Ok(self.later.get_or_init(|| later))
    }

    /// The words of the screens after the questions, once they have come.
    pub fn later(&self) -> Option<&LaterWords> {
        self.later.get()
    }

    /// The language these words are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The BCP 47 tag of the language, for `lang` attributes.
    pub fn lang(&self) -> &'static str {
        self.language.tag()
    }
}

impl Lookup for Words {
    #[cfg(test)]
    const LATER: bool = false;

    fn texts(&self) -> &Texts {
        &self.texts
    }
}

impl LaterWords {
    /// No words: what a later screen would read if it were drawn before its words came
    /// (`ui::use_later_words`), blanks rather than a crash.
    pub const NONE: LaterWords = LaterWords {
        language: Language::English,
        texts: Vec::new(),
    };

    /// The language these words are in.
    pub fn language(&self) -> Language {
        self.language
    }
}

impl Lookup for LaterWords {
    #[cfg(test)]
    const LATER: bool = true;

    fn texts(&self) -> &Texts {
        &self.texts
    }
}

/// Looking a text up by its key, the same in both parts of a language's words (the
/// accessors of `words.rs` call these).
trait Lookup {
    /// Whether these are the words below the `[later]` line (for the catalogue tests).
    #[cfg(test)]
    const LATER: bool;

    /// The texts, sorted by key.
    fn texts(&self) -> &Texts;

    /// The text of `key`. The build and the catalogue tests make sure every key the code
    /// asks for is in every file; if one were not, the person would see a blank, not a
    /// crash.
    fn text(&self, key: &str) -> &str {
        #[cfg(test)]
        tests::asked(key, Self::LATER);
        look_up(self.texts(), key)
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
