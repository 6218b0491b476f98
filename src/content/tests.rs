//! The catalogue against the code: every key the code asks for is in the language files,
//! and every key in them is asked for. Only running the accessors tells which keys they
//! build (`question.<field>.label` for every field...), so this is a test of the library
//! itself, where `Words::text` can note each key it is asked for.

use std::cell::RefCell;
use std::collections::BTreeSet;

use super::words::{PLAIN, PLAIN_LATER};
use super::{install, Language, LaterWords, Lookup, Words};
use crate::engine::{ladder_option, Condition, Field, LadderStep, Level, OptionId, RuleId};
use crate::questionnaire::{AnswerGroup, Choice, DurationUnit, Item, NumberProblem, Page};

thread_local! {
    /// Each key asked for, and whether it was asked of the later words.
    static ASKED: RefCell<BTreeSet<(bool, String)>> = const { RefCell::new(BTreeSet::new()) };
}

/// Notes that the code asked for `key` (called by `Words::text` in tests, and with `later`
/// by `LaterWords::text`).
pub(super) fn asked(key: &str, later: bool) {
    ASKED.with(|asked| asked.borrow_mut().insert((later, key.to_string())));
}

pub(crate) const ENGLISH: &str = include_str!("../../lang/en.txt");
pub(crate) const SPANISH: &str = include_str!("../../lang/es.txt");

/// Both languages, loaded as the page would load them.
fn loaded() -> [&'static Words; 2] {
    [
        install(Language::English, ENGLISH).expect("lang/en.txt reads"),
        install(Language::Spanish, SPANISH).expect("lang/es.txt reads"),
    ]
}

/// Asks `words`, and its later words, for every text the app can show, with every value it
/// can show it for, and returns each text with what it was asked for (for messages).
fn every_text(words: &Words) -> Vec<(String, String)> {
    let mut out = first_texts(words);
    out.extend(later_texts(
        words
            .later()
            .expect("a whole file of lang/ brings its later words"),
    ));
    out
}

/// Every text of the start screen, the questions and the emergency panel.
fn first_texts(words: &Words) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: String, text: &str| out.push((what, text.to_string()));
    for key in PLAIN {
        add(key.to_string(), words.text(key));
    }
    for (at, text) in words.warning_signs().iter().enumerate() {
        add(format!("warning_signs {at}"), text);
    }
    for (at, text) in words.emergency_while_waiting().iter().enumerate() {
        add(format!("emergency_while_waiting {at}"), text);
    }
    add("progress".into(), &words.progress(2, 6));
    add("emergency_call".into(), &words.emergency_call("911"));
    add(
        "language_failed".into(),
        &words.language_failed(words.switch_language()),
    );
    for page in Page::ALL {
        add(format!("page_title {page:?}"), words.page_title(page));
        add(format!("page_intro {page:?}"), words.page_intro(page));
    }
    for field in Field::ALL {
        let question = words.question(field);
        add(format!("question {field:?}"), question.label);
        add(format!("question {field:?} hint"), question.hint);
        for &choice in Choice::offered_for(field) {
            add(format!("choice {choice:?}"), words.choice(choice));
        }
    }
    for one in Item::ALL {
        add(format!("item {one:?}"), words.item(one).label);
        add(format!("item {one:?} hint"), words.item(one).hint);
    }
    for unit in DurationUnit::ALL {
        add(format!("duration_unit {unit:?}"), words.duration_unit(unit));
        add(
            format!("duration_amount 1 {unit:?}"),
            &words.duration_amount("1", unit),
        );
    }
    // Every option but surgery is a box in the list of what was tried.
    for id in OptionId::ALL {
        if id != OptionId::SurgicalConsultation {
            add(format!("option_line {id:?}"), words.option_line(id));
        }
        add(format!("option {id:?} name"), words.option_name(id));
    }
    let problems = [
        NumberProblem::Missing,
        NumberProblem::NotANumber,
        NumberProblem::NotWhole,
        NumberProblem::OutOfRange { min: 0, max: 120 },
    ];
    // The fields asked as typed numbers.
    for field in [Field::Age, Field::DurationWeeks, Field::PtWeeks] {
        for problem in problems {
            add(
                format!("number_problem {field:?} {problem:?}"),
                &words.number_problem(field, problem),
            );
        }
    }
    for rule in RuleId::ALL {
        add(format!("reason {rule:?}"), words.reason(rule));
    }
    for suspected in Condition::ALL {
        add(
            format!("condition {suspected:?}"),
            words.condition(suspected),
        );
    }
    for step in LadderStep::ALL {
        add(format!("step_name {step:?}"), words.step_name(step));
    }
    out
}

/// Every text of the screens after the questions.
fn later_texts(words: &LaterWords) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: String, text: &str| out.push((what, text.to_string()));
    for key in PLAIN_LATER {
        add(key.to_string(), words.text(key));
    }
    for (at, text) in words.emergency_signs().iter().enumerate() {
        add(format!("emergency_signs {at}"), text);
    }
    for (at, text) in words.about_is().iter().enumerate() {
        add(format!("about_is {at}"), text);
    }
    for (at, text) in words.about_is_not().iter().enumerate() {
        add(format!("about_is_not {at}"), text);
    }
    add(
        "emergency_answer_changed".into(),
        &words.emergency_answer_changed("911"),
    );
    add(
        "emergency_answer_changed".into(),
        &words.emergency_answer_changed("911"),
    );
    add(
        "warning_signs_title".into(),
        &words.warning_signs_title("911"),
    );
    for (at, text) in words.months().iter().enumerate() {
        add(format!("months {at}"), text);
    }
    for id in OptionId::ALL {
        let option = words.option(id);
        for (part, text) in [("what", option.what), ("expect", option.expect)] {
            add(format!("option {id:?} {part}"), text);
        }
        add(format!("guideline_note {id:?}"), words.guideline_note(id));
    }
    for level in Level::ALL {
        add(format!("level_name {level:?}"), words.level_name(level));
        add(format!("level_action {level:?}"), words.level_action(level));
        add(
            format!("level_timeframe {level:?}"),
            words.level_timeframe(level),
        );
        add(format!("level_detail {level:?}"), words.level_detail(level));
    }
    for step in LadderStep::ALL {
        add(format!("step_summary {step:?}"), words.step_summary(step));
    }
    for group in AnswerGroup::ALL {
        add(
            format!("summary_group {group:?}"),
            words.summary_group(group),
        );
    }
    out
}

/// The keys of a language file, each with whether it is below the `[later]` line.
fn keys(file: &str) -> BTreeSet<(bool, String)> {
    super::format::lines(file)
        .expect("the file reads")
        .iter()
        .map(|line| (line.later, line.key.to_string()))
        .collect()
}

#[test]
fn the_code_asks_for_every_key_of_the_files_and_only_for_those() {
    for words in loaded() {
        every_text(words);
    }
    let asked = ASKED.with(|asked| asked.borrow().clone());
    let declared = keys(ENGLISH);
    // (true, key): a key asked of the later words, or below the `[later]` line.
    let missing: Vec<&(bool, String)> = asked.difference(&declared).collect();
    let unused: Vec<&(bool, String)> = declared.difference(&asked).collect();
    assert!(
        missing.is_empty(),
        "the code asks for keys lang/en.txt does not have on that side of its [later] line \
         (true: asked of LaterWords, which reads below it): {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "keys of lang/en.txt the code never asks for (remove them, or ask for them in \
         src/content/words.rs and in every_text here): {unused:?}"
    );
    assert_eq!(keys(SPANISH), declared, "lang/es.txt has other keys");
}

/// Nothing blank but a hint that is blank on purpose, every placeholder filled, and every
/// question asks (in Spanish, it opens with "¿" too).
#[test]
fn every_text_is_there_and_filled() {
    for words in loaded() {
        let lang = words.lang();
        for (what, text) in every_text(words) {
            assert!(
                !text.contains(['{', '}']),
                "{lang}: {what} keeps a placeholder: {text}"
            );
            if what.ends_with(" hint") || what.starts_with("guideline_note") {
                continue;
            }
            assert!(!text.trim().is_empty(), "{lang}: {what} is blank");
            if what.starts_with("question ") {
                assert!(text.ends_with('?'), "{lang}: {what} does not end with ?");
                if words.language() == Language::Spanish {
                    assert!(text.contains('¿'), "es: {what} does not open with ¿");
                }
            }
        }
        assert_eq!(words.progress(2, 6).matches(['2', '6']).count(), 2);
        assert!(words.emergency_call("112").contains("112"));
    }
}

/// ladder.md's `guideline_note`: a note for exactly the options a guideline does not
/// recommend, in every language.
#[test]
fn a_guideline_note_for_exactly_the_options_not_recommended() {
    for words in loaded() {
        let later = words.later().expect("later words");
        for option in OptionId::ALL {
            let noted = !ladder_option(option).not_recommended_by.is_empty();
            assert_eq!(
                !later.guideline_note(option).is_empty(),
                noted,
                "{}: {}",
                words.lang(),
                option.id()
            );
        }
    }
}

/// triage.md "What each level tells the person": no level says "within hours", the
/// urgent level says "today", and the emergency words say "now", in English; Spanish is
/// checked the same way in the end-to-end tests and has no "en cuestión de horas".
#[test]
fn each_level_says_its_time_frame_and_never_within_hours() {
    for words in loaded() {
        for (what, text) in every_text(words) {
            let lower = text.to_lowercase();
            assert!(!lower.contains("within hours"), "{what}: {text}");
            assert!(
                !lower.contains("24 hours") || what.starts_with("question "),
                "{what}: {text}"
            );
            assert!(!lower.contains("en cuestión de horas"), "{what}: {text}");
        }
    }
    let [en, es] = loaded();
    assert!(en.emergency_do_now().contains("now"));
    let [en, es] = [en, es].map(|words| words.later().expect("later words"));
    assert!(en.level_action(Level::Urgent).contains("today"));
    assert!(en.level_action(Level::Emergency).contains("now"));
    assert!(es.level_action(Level::Urgent).contains("hoy"));
    assert!(es.level_action(Level::Emergency).contains("ahora"));
}

#[test]
fn a_language_loaded_twice_keeps_its_first_catalogue() {
    let [en, _] = loaded();
    let again = install(Language::English, "start_title = Other")
        .expect("a loaded language is not read again");
    assert!(std::ptr::eq(en, again));
    assert_eq!(
        Language::English.words().map(Words::language),
        Some(Language::English)
    );
}

/// A file whose digest the loader checked but that lacks words would start the app with a
/// blank emergency heading and a call link with no text: it is refused, naming the counts.
/// So is a later part that lacks words: the result would show blanks.
#[test]
fn a_language_file_without_every_checked_key_is_refused() {
    for (language, file) in [(Language::English, ENGLISH), (Language::Spanish, SPANISH)] {
        let count = |file: &str, later: bool| {
            super::format::lines(file)
                .expect("reads")
                .iter()
                .filter(|line| line.later == later)
                .count()
        };
        let (first, later) = (count(file, false), count(file, true));
        let lines: Vec<&str> = file.lines().collect();
        // Cut after the first quarter of its lines, above the [later] line.
        let truncated = lines[..lines.len() / 4].join("\n");
        let cut = count(&truncated, false);
        let error = Words::parse(language, &truncated).expect_err("a truncated file is refused");
        assert_eq!(
            error,
            super::WordsError::Keys {
                found: cut,
                expected: first,
                later: false,
            }
        );
        assert!(
            error.to_string().contains(&format!(
                "has {cut} keys above the [later] line, but this build checked {first}"
            )),
            "{error}"
        );
        // As many keys, one of them not the build's.
        let renamed = file.replacen("emergency_call", "emergency_cal", 1);
        let error = Words::parse(language, &renamed).expect_err("a renamed key is refused");
        assert!(error.to_string().contains("not the"), "{error}");

        // The later part, cut by its last line, is refused as the build would give it.
        let (top, bottom) = file
            .split_once("\n[later]\n")
            .expect("the file has its [later] line");
        let words = Words::parse(language, top).expect("the first part reads alone");
        assert!(
            words.later().is_none(),
            "the first part brings no later words"
        );
        let short = format!(
            "[later]\n{}",
            bottom.trim_end().rsplit_once('\n').expect("lines").0
        );
        let error = words
            .add_later(&short)
            .expect_err("a short later part is refused");
        assert_eq!(
            error,
            super::WordsError::Keys {
                found: later - 1,
                expected: later,
                later: true,
            }
        );
        assert!(
            error.to_string().contains("below the [later] line"),
            "{error}"
        );
        assert!(words.later().is_none(), "nothing was added");
        // The first part is no later part.
        assert!(words.add_later(top).is_err());
        let later_words = words
            .add_later(&format!("[later]\n{bottom}"))
            .expect("the whole later part reads");
        assert_eq!(later_words.language(), language);
        assert!(Words::parse(language, file).is_ok(), "the whole file reads");
    }
}

#[test]
fn one_of_a_unit_is_singular_and_any_other_amount_plural_in_both_languages() {
    let [english, spanish] = loaded();
    assert_eq!(english.duration_amount("1", DurationUnit::Weeks), "1 week");
    assert_eq!(english.duration_amount(" 1 ", DurationUnit::Days), "1 day");
    assert_eq!(english.duration_amount("2", DurationUnit::Weeks), "2 weeks");
    assert_eq!(
        english.duration_amount("0", DurationUnit::Months),
        "0 months"
    );
    assert_eq!(
        spanish.duration_amount("1", DurationUnit::Weeks),
        "1 semana"
    );
    assert_eq!(spanish.duration_amount("1", DurationUnit::Months), "1 mes");
    assert_eq!(
        spanish.duration_amount("3", DurationUnit::Months),
        "3 meses"
    );
}
