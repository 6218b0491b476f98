//! The accessors of `Words` (the words above a language file's `[later]` line) and
//! `LaterWords` (those below it): one method per text the app shows, each naming the key of
//! its line in `lang/<tag>.txt`. A plain text's key is the method's own name (`start_title()`
//! reads `start_title = …`); texts per engine value put the value's contract id in the key
//! (`question(Field::Age).label` reads `question.age.label`); a list is `<name>.1`,
//! `<name>.2`…; a sentence with a value fills its `{name}` (`emergency_call("911")` fills
//! `Call {number}`).

use super::{LaterWords, Lookup, OptionWords, QuestionWords, Words};
use crate::engine::{ladder_option, Condition, Field, LadderStep, Level, OptionId, RuleId};
use crate::questionnaire::{AnswerGroup, Choice, DurationUnit, Item, NumberProblem, Page};

/// One method per plain text, named as its key, on the words of one part of the file; and
/// the list of those keys, for the tests.
macro_rules! texts {
    ($words:ident, $list:ident; $($(#[$doc:meta])* $key:ident,)+) => {
        /// The keys of the plain texts, each read by the method of its name.
        #[cfg(test)]
        pub(super) const $list: &[&str] = &[$(stringify!($key)),+];

        impl $words {
            $(
                $(#[$doc])*
                pub fn $key(&self) -> &str {
                    self.text(stringify!($key))
                }
            )+
        }
    };
}

// The texts above the `[later]` line: the start screen, the questions, the emergency panel,
// and what the start page draws while the later screens' code loads or if it cannot.
texts! {
    Words, PLAIN;
    /// The page's title in the browser tab.
    page_title_tag,
    /// The name of the other language, in that language, on the switch ("Español").
    switch_language,
    /// The name of the language switch, in the language on screen ("Language").
    language_label,

    // --- Start screen (index.html repeats the first words word for word) ---
    start_title,
    start_lead,
    start_button,
    warning_title,
    not_a_diagnosis,
    emergency_number_label,
    emergency_number_change,
    emergency_number_save,
    emergency_number_invalid,
    about_link,

    // --- Questionnaire ---
    /// The one-tap answer that says no to every item of a group, and goes on.
    none_of_these,
    /// Under the "None of these" button: that each item can be answered one by one.
    or_answer_each,
    /// The group's button once some items are answered: no to those still open only.
    no_to_the_rest,
    /// Under "No to the rest": that it leaves the answers given alone.
    rest_keeps_answers,
    yes,
    no,
    unsure,
    duration_amount_label,
    duration_unit_label,
    pain_score_low,
    pain_score_high,
    none_tried,
    /// The folded questions a person may leave (what a clinician has said).
    optional_questions,
    /// The folded part of the treatments list: injections and procedures.
    more_treatments,
    next,
    back,

    // --- A later screen whose code is still coming, or could not come (ui/later.rs) ---
    /// While a later screen's code loads: a few words, never a blank.
    later_loading,
    later_failed_title,
    /// What happened and what to do, plainly.
    later_failed_text,
    /// That nothing the person answered is lost.
    later_answers_kept,
    try_again,
    problems_title,

    // --- Check your answers ---
    unanswered,

    // --- Emergency panel ---
    emergency_title,
    /// What to do, naming the action and "now".
    emergency_do_now,
    /// For chest pain or a possible aneurysm: an ambulance, not a car.
    emergency_ambulance,
    emergency_why,
    /// The control for going on, which says more answers will not change the advice.
    emergency_acknowledge,

    // --- The reasons, on the emergency panel and the result (ui/reasons.rs) ---
    no_reasons,
    condition_intro,
    /// Under a reason that fired only because of "Not sure" and was made one step less urgent.
    uncertain_note,
    /// Under a reason that fired only because of "Not sure" and keeps its level: a possible
    /// cauda equina syndrome, aneurysm or chest cause is checked now even in doubt.
    uncertain_kept_note,
    sources_label,

    // --- Said by the status region (ui/status.rs) ---
    /// Said (a status, read out) once every answer is cleared.
    started_again,

    // --- Updates and failures ---
    /// Offered on the start and result screens only, never in the middle of the questions.
    update_ready,
    update_now,
    /// That updating reloads the page and clears the answers.
    update_note,
    /// The panel shown if the app fails while running: it repeats the warning signs.
    panic_title,
    panic_text,

    // --- A clinic's widget ---
    /// Before the clinic's name ("Offered by").
    clinic_offered_by,
    /// The clinic's phone link ("Call the clinic").
    clinic_call,
    clinic_book,

    // --- Keeping the answers: said by the status region, and on every screen ---
    kept_note,
    forgotten,
    /// A record from an earlier visit could not be read.
    set_aside,
    keep_failed,
    forget_button,
    forget_confirm,
    forget_yes,
    forget_no,
    /// On the start screen, where answers are kept.
    continue_button,
    check_again_button,
    diary_button,

    // --- The diary's re-check of the warning signs ---
    /// Above the warning signs, asked again after a worse entry.
    diary_worse,
}

// The texts below the `[later]` line: the screens after the questions.
texts! {
    LaterWords, PLAIN_LATER;
    /// Under an urgent result for a sudden severe pain: when to go to an emergency
    /// department after all.
    sudden_pain_safety_net,
    /// At the top of a result, over an answer that raised an emergency and was changed.
    emergency_answer_changed_title,

    // --- Check your answers ---
    see_result,
    check_title,
    check_lead,
    /// A "Change" link; the question it changes follows, for screen readers only.
    change,

    // --- Result ---
    result_title,
    reasons_title,
    /// The sign of spinal cord compression, listed where the person may have had cancer.
    cancer_emergency_sign,
    ladder_title,
    ladder_discuss,
    you_are_here,
    /// One mark on the step the person is on when the advice is to keep going with it.
    keep_going_here,
    not_started,
    next_step,
    options_title,
    repeat_what_helped,
    no_option_fits,
    /// At step 4 with no option left: a pain management programme.
    pain_programme,
    /// The heading over self-care, on every result below urgent.
    what_helps,
    what_to_expect,
    pregnancy_pharmacist,
    bring_title,
    bring_imaging,
    bring_treatments,
    bring_medicines,
    print,
    change_answers,
    start_over,
    /// Asked before "Start again" clears anything.
    start_over_confirm,
    start_over_yes,
    start_over_no,
    incomplete_result,

    // --- Printed summary ---
    summary_title,
    summary_date,
    summary_answers,
    summary_not_answered,
    /// The printout's last line: the paper is not on the device, so it says only that it is
    /// not a diagnosis.
    summary_not_a_diagnosis,
    content_version,
    /// Beside a warning-sign answer of "yes" or "not sure" on the printout: words, in bold,
    /// so the mark survives black-and-white printing.
    summary_warning_mark,
    /// On a result in another language than English: the choice to print the English
    /// summary after this one, for an English-speaking clinician.
    print_english_too,

    // --- About and sources ---
    about_title,
    about_rules_title,
    about_rules_intro,
    /// Where the whole clinical policy is published (docs/clinical in the source).
    about_policy_documents,
    about_sources_title,
    about_privacy,
    close,

    /// The link to the build's conformance report (`conformance.html`), on the about view.
    about_conformance,

    // --- A clinic's widget ---
    /// On an option card the clinic offers.
    offered_here,

    // --- The reminder ---
    reminder_button,
    /// Said on screen once the reminder file is downloaded.
    reminder_downloaded,
    /// The calendar event's title.
    reminder_title,
    /// The event's note: the advice's time frame, nothing about the answers.
    reminder_note,

    // --- Keeping the answers ---
    keep_title,
    /// What keeping means, before the person says yes.
    keep_explain,
    keep_button,

    // --- The diary ---
    diary_title,
    diary_lead,
    diary_pain,
    diary_activities,
    diary_save,
    diary_saved,
    chart_title,
    /// What the chart shows, for its `<title>` and for screen readers.
    chart_description,
    table_date,
    table_pain,
    table_activities,
    marks_title,
}

/// Lists, sentences with values, and texts per engine value.
impl Words {
    /// The start screen's emergency warning signs.
    pub fn warning_signs(&self) -> [&str; 8] {
        self.list("warning_signs")
    }

    /// What to do while waiting for emergency help.
    pub fn emergency_while_waiting(&self) -> [&str; 3] {
        self.list("emergency_while_waiting")
    }

    /// "Step 2 of 6".
    pub fn progress(&self, at: usize, of: usize) -> String {
        self.filled(
            "progress",
            &[("at", &at.to_string()), ("of", &of.to_string())],
        )
    }

    /// The call link's text, given the number ("Call 911").
    pub fn emergency_call(&self, number: &str) -> String {
        self.filled("emergency_call", &[("number", number)])
    }

    /// When the other language's file could not be loaded, given that language's name.
    pub fn language_failed(&self, language: &str) -> String {
        self.filled("language_failed", &[("language", language)])
    }

    /// A question page's title.
    pub fn page_title(&self, page: Page) -> &str {
        self.text(&format!("page_title.{}", page_key(page)))
    }

    /// One line under a page's title; may be empty.
    pub fn page_intro(&self, page: Page) -> &str {
        self.text(&format!("page_intro.{}", page_key(page)))
    }

    /// A question: `question.<field>.label` and `.hint`.
    pub fn question(&self, field: Field) -> QuestionWords<'_> {
        QuestionWords {
            label: self.text(&format!("question.{}.label", field.name())),
            hint: self.text(&format!("question.{}.hint", field.name())),
        }
    }

    /// A screening item, asked in an "any of these?" group: one thing each.
    pub fn item(&self, item: Item) -> QuestionWords<'_> {
        QuestionWords {
            label: self.text(&format!("item.{}.label", item.id())),
            hint: self.text(&format!("item.{}.hint", item.id())),
        }
    }

    /// The label of one answer to a choice question (`LegPain::BelowKnee`: "Yes, below the
    /// knee"): `choice.<field>.<answer>`.
    pub fn choice(&self, choice: Choice) -> &str {
        self.text(&format!("choice.{}.{}", choice.field().name(), choice.id()))
    }

    /// "days", "weeks" or "months".
    pub fn duration_unit(&self, unit: DurationUnit) -> &str {
        self.text(&format!("duration_unit.{}", unit.id()))
    }

    /// A typed amount with its unit, singular for one ("1 week", "1 semana") and plural
    /// otherwise, in both languages.
    pub fn duration_amount(&self, amount: &str, unit: DurationUnit) -> String {
        let amount = amount.trim();
        let unit_words = if amount.parse::<u32>() == Ok(1) {
            self.text(&format!("duration_unit_one.{}", unit.id()))
        } else {
            self.duration_unit(unit)
        };
        format!("{amount} {unit_words}")
    }

    /// A treatment option's name, plainly ("Physical therapy"): `option.<id>.name`.
    pub fn option_name(&self, option: OptionId) -> &str {
        self.text(&format!("option.{}.name", option.id()))
    }

    /// One plain line about a treatment, beside its box in the list.
    pub fn option_line(&self, option: OptionId) -> &str {
        self.text(&format!("option_line.{}", option.id()))
    }

    /// What is wrong with a typed number, for the field it was typed in (age, how long,
    /// weeks of physical therapy).
    pub fn number_problem(&self, field: Field, problem: NumberProblem) -> String {
        let (name, min, max) = match problem {
            NumberProblem::Missing => ("missing", 0, 0),
            NumberProblem::NotANumber => ("not_a_number", 0, 0),
            NumberProblem::NotWhole => ("not_whole", 0, 0),
            NumberProblem::OutOfRange { min, max } => ("out_of_range", min, max),
        };
        self.filled(
            &format!("number_problem.{}.{name}", field.name()),
            &[("min", &min.to_string()), ("max", &max.to_string())],
        )
    }

    /// Each rule, in plain words, as a reason ("You said you have numbness…").
    pub fn reason(&self, rule: RuleId) -> &str {
        self.text(&format!("reason.{}", rule.id()))
    }

    /// A gentle name of a suspected condition.
    pub fn condition(&self, condition: Condition) -> &str {
        self.text(&format!("condition.{}", condition.id()))
    }

    pub fn step_name(&self, step: LadderStep) -> &str {
        self.text(&format!("step_name.{}", step.id()))
    }
}

/// Lists, sentences with values, and texts per engine value, of the later screens.
impl LaterWords {
    /// The emergency warning signs of triage.md, in plain words, on every non-emergency result.
    pub fn emergency_signs(&self) -> [&str; 10] {
        self.list("emergency_signs")
    }

    /// What backstep is, on the about view.
    pub fn about_is(&self) -> [&str; 3] {
        self.list("about_is")
    }

    /// What backstep is not, on the about view.
    pub fn about_is_not(&self) -> [&str; 3] {
        self.list("about_is_not")
    }

    /// Short month names, January first, for dates in the diary's table and under its chart.
    pub fn months(&self) -> [&str; 12] {
        self.list("months")
    }

    /// A date of the diary: "29 Nov 2026".
    pub fn date(&self, day: crate::returning::Day) -> String {
        let (year, month, date) = day.civil();
        format!("{date} {} {year}", self.months()[(month - 1) as usize])
    }

    /// Over the emergency warning signs every non-emergency result lists, given the number.
    pub fn warning_signs_title(&self, number: &str) -> String {
        self.filled("warning_signs_title", &[("number", number)])
    }

    /// Over the answers that raised an emergency and were changed, given the number.
    pub fn emergency_answer_changed(&self, number: &str) -> String {
        self.filled("emergency_answer_changed", &[("number", number)])
    }

    /// A short name of the level, beside its icon ("Emergency").
    pub fn level_name(&self, level: Level) -> &str {
        self.text(&format!("level_name.{}", level.id()))
    }

    /// The one sentence that says what to do.
    pub fn level_action(&self, level: Level) -> &str {
        self.text(&format!("level_action.{}", level.id()))
    }

    /// When, in words: "Now", "Today", "Within a week", "In the next few weeks", "Check
    /// again in 2 to 6 weeks".
    pub fn level_timeframe(&self, level: Level) -> &str {
        self.text(&format!("level_timeframe.{}", level.id()))
    }

    /// Why that, and what to watch for, in a sentence or two.
    pub fn level_detail(&self, level: Level) -> &str {
        self.text(&format!("level_detail.{}", level.id()))
    }

    pub fn step_summary(&self, step: LadderStep) -> &str {
        self.text(&format!("step_summary.{}", step.id()))
    }

    /// A treatment option's card, under its name: `option.<id>.what` and `.expect`.
    pub fn option(&self, option: OptionId) -> OptionWords<'_> {
        let id = option.id();
        OptionWords {
            what: self.text(&format!("option.{id}.what")),
            expect: self.text(&format!("option.{id}.expect")),
        }
    }

    /// Where a guideline does not recommend an option (ladder.md), that note in plain
    /// words; empty for the other options, which have no `guideline_note` line.
    pub fn guideline_note(&self, option: OptionId) -> &str {
        if ladder_option(option).not_recommended_by.is_empty() {
            return "";
        }
        self.text(&format!("guideline_note.{}", option.id()))
    }

    /// A heading over one group of the printed answers ("About the pain").
    pub fn summary_group(&self, group: AnswerGroup) -> &str {
        self.text(&format!("summary_group.{}", group.id()))
    }
}

/// A question page's part of its keys (`page_title.warning_signs`).
fn page_key(page: Page) -> &'static str {
    match page {
        Page::WarningSigns => "warning_signs",
        Page::Nerves => "nerves",
        Page::Legs => "legs",
        Page::Health => "health",
        Page::YourPain => "your_pain",
        Page::PainPattern => "pain_pattern",
        Page::Risks => "risks",
        Page::Treatment => "treatment",
        Page::Relief => "relief",
    }
}
