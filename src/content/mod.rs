//! Every word the app shows, one catalogue per language. Components never hold text.
//!
//! A catalogue is a `Words` value: a field per sentence, and a function per kind of engine
//! value (a rule, an option, a question), written as an exhaustive `match`, so a missing
//! translation is a compile error rather than a blank on someone's screen.

mod en;
mod entries;
mod es;
mod returning;

pub use en::EN;
pub use es::ES;
pub use returning::ReturningWords;

use crate::engine::{Condition, Field, LadderStep, Level, OptionId, RuleId};
use crate::questionnaire::{
    input_for, AnswerGroup, Choice, DurationUnit, Input, Item, NumberProblem, Page,
};

/// A language backstep speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Spanish,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    pub fn words(self) -> &'static Words {
        match self {
            Language::English => &EN,
            Language::Spanish => &ES,
        }
    }

    /// The BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        self.words().lang
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
/// policies), shown in the about view and on the printed summary.
pub const CONTENT_VERSION: &str = "3";

/// Which kind of number a field asks for, so that each catalogue words its number errors
/// for it (the kind follows how the questionnaire asks the field, in every language).
pub(crate) enum NumberKind {
    Age,
    Duration,
    TherapyWeeks,
    Other,
}

impl NumberKind {
    pub(crate) fn of(field: Field) -> NumberKind {
        match input_for(field) {
            Input::Age => NumberKind::Age,
            Input::Duration => NumberKind::Duration,
            Input::Weeks => NumberKind::TherapyWeeks,
            Input::TriState
            | Input::Choice(_)
            | Input::PainScore
            | Input::Treatments
            | Input::Relief => NumberKind::Other,
        }
    }
}

/// The words of one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionWords {
    /// The question itself, short and plain.
    pub label: &'static str,
    /// One line that makes it easier to answer (examples, what counts); may be empty.
    pub hint: &'static str,
}

/// The words of one treatment option, for its card on the result screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionWords {
    /// Its name, plainly ("Physical therapy").
    pub name: &'static str,
    /// What it is, in one or two sentences.
    pub what: &'static str,
    /// What to expect: how long it takes, how often, how it feels.
    pub expect: &'static str,
}

/// The words of one language.
#[derive(Debug)]
pub struct Words {
    /// The BCP 47 tag of the language, for the page's `lang` attribute.
    pub lang: &'static str,
    /// The page's title in the browser tab.
    pub page_title_tag: &'static str,
    /// The name of the other language, in that language, on the switch ("Español").
    pub switch_language: &'static str,

    // --- Start screen ---
    pub start_title: &'static str,
    pub start_lead: &'static str,
    pub start_button: &'static str,
    pub warning_title: &'static str,
    pub warning_signs: [&'static str; 6],
    pub not_a_diagnosis: &'static str,
    pub emergency_number_label: &'static str,
    pub emergency_number_change: &'static str,
    pub emergency_number_save: &'static str,
    pub emergency_number_invalid: &'static str,
    pub about_link: &'static str,

    // --- Questionnaire ---
    /// "Step 2 of 6".
    pub progress: fn(usize, usize) -> String,
    pub page_title: fn(Page) -> &'static str,
    /// One line under the page title; may be empty.
    pub page_intro: fn(Page) -> &'static str,
    pub question: fn(Field) -> QuestionWords,
    /// A screening item, asked in an "any of these?" group: one thing each.
    pub item: fn(Item) -> QuestionWords,
    /// The one-tap answer that says no to every item of a group, and goes on.
    pub none_of_these: &'static str,
    /// Under the "None of these" button: that each item can be answered one by one.
    pub or_answer_each: &'static str,
    /// The label of one answer to a choice question (`LegPain::BelowKnee`: "Yes, below the knee").
    pub choice: fn(Choice) -> &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub unsure: &'static str,
    pub duration_amount_label: &'static str,
    pub duration_unit_label: &'static str,
    pub duration_unit: fn(DurationUnit) -> &'static str,
    pub pain_score_low: &'static str,
    pub pain_score_high: &'static str,
    pub none_tried: &'static str,
    /// The folded questions a person may leave (what a clinician has said).
    pub optional_questions: &'static str,
    /// The folded part of the treatments list: injections and procedures.
    pub more_treatments: &'static str,
    /// One plain line about a treatment, beside its box in the list.
    pub option_line: fn(OptionId) -> &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub see_result: &'static str,
    pub problems_title: &'static str,
    // --- Check your answers ---
    pub check_title: &'static str,
    pub check_lead: &'static str,
    /// A "Change" link; the question it changes follows, for screen readers only.
    pub change: &'static str,
    pub unanswered: &'static str,
    pub number_problem: fn(Field, NumberProblem) -> String,

    // --- Emergency panel ---
    pub emergency_title: &'static str,
    /// What to do, naming the action and "now".
    pub emergency_do_now: &'static str,
    /// For chest pain or a possible aneurysm: an ambulance, not a car.
    pub emergency_ambulance: &'static str,
    /// The call link's text, given the number ("Call 911").
    pub emergency_call: fn(&str) -> String,
    pub emergency_why: &'static str,
    pub emergency_while_waiting: [&'static str; 3],
    /// The control for going on, which says more answers will not change the advice.
    pub emergency_acknowledge: &'static str,

    // --- Result ---
    pub result_title: &'static str,
    /// A short name of the level, beside its icon ("Emergency").
    pub level_name: fn(Level) -> &'static str,
    /// The one sentence that says what to do.
    pub level_action: fn(Level) -> &'static str,
    /// When, in words: "Now", "Today", "Within a week", "In the next few weeks",
    /// "Check again in 2 to 6 weeks".
    pub level_timeframe: fn(Level) -> &'static str,
    /// Why that, and what to watch for, in a sentence or two.
    pub level_detail: fn(Level) -> &'static str,
    pub reasons_title: &'static str,
    pub no_reasons: &'static str,
    /// Each rule, in plain words, as a reason ("You have numbness between your legs").
    pub reason: fn(RuleId) -> &'static str,
    /// A gentle name of a suspected condition ("pressure on the nerves at the base of the spine").
    pub condition: fn(Condition) -> &'static str,
    pub condition_intro: &'static str,
    /// Under a reason that fired only because of "Not sure" and was made one step less urgent.
    pub uncertain_note: &'static str,
    /// Under a reason that fired only because of "Not sure" and keeps its level: a possible
    /// cauda equina syndrome, aneurysm or chest cause is checked now even in doubt.
    pub uncertain_kept_note: &'static str,
    /// Over the emergency warning signs every non-emergency result lists, given the number.
    pub warning_signs_title: fn(&str) -> String,
    /// The emergency warning signs of triage.md, in plain words.
    pub emergency_signs: [&'static str; 9],
    /// The sign of spinal cord compression, listed where the person may have had cancer.
    pub cancer_emergency_sign: &'static str,
    pub sources_label: &'static str,
    pub ladder_title: &'static str,
    pub ladder_discuss: &'static str,
    pub step_name: fn(LadderStep) -> &'static str,
    pub step_summary: fn(LadderStep) -> &'static str,
    pub you_are_here: &'static str,
    pub not_started: &'static str,
    pub next_step: &'static str,
    pub options_title: &'static str,
    pub repeat_what_helped: &'static str,
    pub no_option_fits: &'static str,
    /// At step 4 with no option left: a pain management programme.
    pub pain_programme: &'static str,
    pub option: fn(OptionId) -> OptionWords,
    /// Where a guideline does not recommend an option, that note in plain words; empty for
    /// the other options.
    pub guideline_note: fn(OptionId) -> &'static str,
    /// The heading over the step-1 cards of a self-care result.
    pub what_helps: &'static str,
    /// When to check again, on a self-care result.
    pub check_again: &'static str,
    pub what_to_expect: &'static str,
    pub pregnancy_pharmacist: &'static str,
    pub bring_title: &'static str,
    pub bring_imaging: &'static str,
    pub bring_treatments: &'static str,
    pub bring_medicines: &'static str,
    pub print: &'static str,
    pub change_answers: &'static str,
    pub start_over: &'static str,
    /// Asked before "Start again" clears anything.
    pub start_over_confirm: &'static str,
    pub start_over_yes: &'static str,
    pub start_over_no: &'static str,
    pub incomplete_result: &'static str,
    /// The reminder, keeping the answers, the diary.
    pub returning: &'static ReturningWords,

    // --- Printed summary ---
    pub summary_title: &'static str,
    pub summary_date: &'static str,
    pub summary_answers: &'static str,
    pub summary_not_answered: &'static str,
    pub content_version: &'static str,

    // --- About and sources ---
    pub about_title: &'static str,
    pub about_is: [&'static str; 3],
    pub about_is_not: [&'static str; 3],
    pub about_rules_title: &'static str,
    pub about_rules_intro: &'static str,
    pub about_sources_title: &'static str,
    pub about_privacy: &'static str,
    /// The link to the build's conformance report (`conformance.html`), on the about view.
    pub about_conformance: &'static str,
    pub close: &'static str,

    // --- Updates and failures ---
    /// Offered on the start and result screens only, never in the middle of the questions.
    pub update_ready: &'static str,
    pub update_now: &'static str,
    /// That updating reloads the page and clears the answers.
    pub update_note: &'static str,
    /// The panel shown if the app fails while running: it repeats the warning signs.
    pub panic_title: &'static str,
    pub panic_text: &'static str,

    // --- A clinic's widget ---
    /// Before the clinic's name ("Offered by").
    pub clinic_offered_by: &'static str,
    /// The clinic's phone link ("Call the clinic").
    pub clinic_call: &'static str,
    pub clinic_book: &'static str,
    /// On an option card the clinic offers.
    pub offered_here: &'static str,

    // --- Printed summary: answers grouped for a clinician, and an English copy ---
    /// A heading over one group of the printed answers ("About the pain").
    pub summary_group: fn(AnswerGroup) -> &'static str,
    /// Beside a warning-sign answer of "yes" or "not sure" on the printout: words, in bold,
    /// so the mark survives black-and-white printing.
    pub summary_warning_mark: &'static str,
    /// On a result in another language than English: the choice to print the English
    /// summary after this one, for an English-speaking clinician.
    pub print_english_too: &'static str,
    // --- Added for issue 12 (the widget as a guest, accessibility details) ---
    /// The name of the language switch, in the language on screen ("Language"); the
    /// switch's button says the other language's name in that language.
    pub language_label: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of every catalogue is there: nothing blank but a hint that is blank on
    /// purpose, and every question asks (in Spanish, it opens with "¿" too).
    #[test]
    fn every_catalogue_fills_every_entry() {
        for language in Language::ALL {
            let words = language.words();
            assert_eq!(words.lang, language.tag());
            for (key, text) in words.entries() {
                if key.ends_with(".hint") {
                    continue;
                }
                assert!(!text.trim().is_empty(), "{}: {key} is blank", words.lang);
                if key.starts_with("question.") {
                    assert!(
                        text.ends_with('?'),
                        "{}: {key} does not end with a question mark",
                        words.lang
                    );
                    if language == Language::Spanish {
                        assert!(text.contains('¿'), "es: {key} does not open with ¿");
                    }
                }
            }
        }
    }

    /// ladder.md's `guideline_note`: a note for exactly the options a guideline does not
    /// recommend, in every language.
    #[test]
    fn a_guideline_note_for_exactly_the_options_not_recommended() {
        for language in Language::ALL {
            let words = language.words();
            for option in crate::engine::OptionId::ALL {
                let noted = !crate::engine::ladder_option(option)
                    .not_recommended_by
                    .is_empty();
                assert_eq!(
                    !(words.guideline_note)(option).is_empty(),
                    noted,
                    "{}: {}",
                    words.lang,
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
        for language in Language::ALL {
            for (key, text) in language.words().entries() {
                let lower = text.to_lowercase();
                assert!(!lower.contains("within hours"), "{key}: {text}");
                assert!(
                    !lower.contains("24 hours") || key.starts_with("question."),
                    "{key}: {text}"
                );
                assert!(!lower.contains("en cuestión de horas"), "{key}: {text}");
            }
        }
        let en = Language::English.words();
        assert!((en.level_action)(Level::Urgent).contains("today"));
        assert!((en.level_action)(Level::Emergency).contains("now"));
        assert!(en.emergency_do_now.contains("now"));
        let es = Language::Spanish.words();
        assert!((es.level_action)(Level::Urgent).contains("hoy"));
        assert!((es.level_action)(Level::Emergency).contains("ahora"));
    }
}
