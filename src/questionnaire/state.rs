//! The questionnaire's state and its one reducer: every answer a person gives, and every
//! step between the questions, "Check your answers" and the result, is an `Action`.
//!
//! It knows nothing of the screens around it (the start screen, the about view, the diary)
//! or of what is kept on the device: those are the session's (`crate::session`).

use super::numbers::{parse_age, parse_weeks, DurationUnit, NumberProblem};
use super::{input_for, is_asked, is_optional, Choice, Input, Item, ItemAnswers, Page, Question};
use crate::engine::{
    assess, Answers, Assessment, Field, Level, OptionId, Relief, ReliefByOption, RuleId, TriState,
};

/// Where the questionnaire stands: a page of questions, "Check your answers", or the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Questions(Page),
    /// "Check your answers", before the result.
    Check,
    Result,
}

impl Default for Step {
    fn default() -> Self {
        Step::Questions(Page::ALL[0])
    }
}

impl Step {
    /// A name for the step in the browser's history and in the kept record: which step,
    /// never an answer.
    pub fn id(self) -> String {
        match self {
            Step::Questions(page) => format!("page-{}", page.index() + 1),
            Step::Check => "check".into(),
            Step::Result => "result".into(),
        }
    }

    /// The step an id names, if it names one.
    pub fn from_id(id: &str) -> Option<Step> {
        match id {
            "check" => Some(Step::Check),
            "result" => Some(Step::Result),
            _ => {
                let number: usize = id.strip_prefix("page-")?.parse().ok()?;
                Page::ALL
                    .get(number.checked_sub(1)?)
                    .copied()
                    .map(Step::Questions)
            }
        }
    }
}

/// What a person typed, kept as typed so a half-written number is never lost or rewritten.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drafts {
    pub age: String,
    pub duration: String,
    pub duration_unit: DurationUnit,
    pub pt_weeks: String,
}

/// Why a question on the page cannot be left as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Unanswered,
    Number(NumberProblem),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// One screening item answered yes, no or not sure.
    SetItem(Item, TriState),
    /// The page's group button: "None of these", or "No to the rest" once some are
    /// answered. It answers only the items still open, then goes on.
    NoneOfThese,
    SetTriState(Field, TriState),
    SetChoice(Choice),
    /// 0 to 10.
    SetPainScore(u8),
    /// A number as typed (age, how long, weeks of physical therapy).
    SetText(Field, String),
    SetDurationUnit(DurationUnit),
    ToggleTreatment(OptionId),
    /// "None of these" on the treatments (again: undone).
    NoTreatments,
    SetRelief(OptionId, Relief),
    /// On to the next page, or "Check your answers" after the last; stays, showing what is
    /// missing, while something is.
    Next,
    /// The page before, "Check your answers" from the result, the last page from there.
    /// On the first page there is none: the session goes to its start screen.
    Back,
    /// From "Check your answers": that page, then straight back.
    Change(Page),
    SeeResult,
    /// A step the browser's history names: the result or "Check your answers" only once
    /// every page is done, else the first page with something missing.
    Show(Step),
    AcknowledgeEmergency,
}

/// Everything the questionnaire holds. Answers live here, in memory only.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    pub step: Step,
    /// The screening items as answered; the fields they answer are in `answers`.
    pub items: ItemAnswers,
    pub answers: Answers,
    pub drafts: Drafts,
    /// Whether the current page has been submitted with something missing, so its
    /// problems are shown.
    pub show_problems: bool,
    /// Emergency rules whose panel the person has read; a new one shows the panel again.
    pub acknowledged: Vec<RuleId>,
    /// A change from "Check your answers" is under way: the page goes straight back there.
    pub returning_to_check: bool,
    /// The warning signs are being asked again (after a worse diary entry): their pages
    /// only, and the last of them goes straight to the result.
    pub rechecking: bool,
    /// The answers that raised an emergency when the person gave them, as they gave them:
    /// one changed since is said at the top of the result.
    pub emergency_answers: Vec<(Question, TriState)>,
}

impl State {
    /// Whether some of the page's items asked are answered and some are not: then its
    /// group button says "No to the rest" rather than "None of these".
    pub fn some_items_answered(&self, page: Page) -> bool {
        page.items()
            .iter()
            .any(|&item| self.items.is_asked(item) && self.items.get(item).is_some())
    }

    /// The answers that raised an emergency and that the person has changed since (through
    /// that answer's own control): the result says that earlier they said yes to it.
    pub fn withdrawn_emergency_answers(&self) -> Vec<Question> {
        self.emergency_answers
            .iter()
            .filter(|&&(question, given)| self.tri_state_of(question) != Some(given))
            .map(|&(question, _)| question)
            .collect()
    }

    /// The yes / no / not sure answer to a question, if it has one.
    fn tri_state_of(&self, question: Question) -> Option<TriState> {
        match question {
            Question::Item(item) => self.items.get(item),
            Question::Field(field) => self.answers.tri_state(field),
        }
    }

    /// Whether the answers say to ask a pharmacist before any pain relief (pregnant, or not
    /// sure: no anti-inflammatories from 20 weeks; ladder.md `otc_pain_relief`).
    pub fn pharmacist_first(&self) -> bool {
        matches!(
            self.answers.pregnant,
            Some(TriState::Yes | TriState::Unsure)
        )
    }

    /// The questions of a page as they stand now: its items that are asked, then its own
    /// questions that are asked.
    pub fn questions(&self, page: Page) -> Vec<Question> {
        page.items()
            .iter()
            .filter(|&&item| self.items.is_asked(item))
            .map(|&item| Question::Item(item))
            .chain(
                page.fields()
                    .iter()
                    .filter(|&&field| is_asked(field, &self.answers))
                    .map(|&field| Question::Field(field)),
            )
            .collect()
    }

    /// The pages asked, given the answers so far: how much the treatments helped only once
    /// something was tried.
    pub fn pages(&self) -> Vec<Page> {
        Page::ALL
            .into_iter()
            .filter(|&page| page != Page::Relief || is_asked(Field::Relief, &self.answers))
            .collect()
    }

    /// "Step 3 of 10": where a questionnaire step stands. The total is known from the first
    /// step and never goes up: every page that may be asked counts, and a page skipped
    /// (how much the treatments helped, when nothing was tried) is stepped over. The
    /// warning signs asked again after a worse diary entry count their own few steps.
    /// None for the result.
    pub fn progress(&self, step: Step) -> Option<(usize, usize)> {
        if self.rechecking {
            let Step::Questions(page) = step else {
                return None;
            };
            let at = Page::WARNING_SIGNS.iter().position(|&p| p == page)?;
            return Some((at + 1, Page::WARNING_SIGNS.len()));
        }
        let total = Page::ALL.len() + 1;
        match step {
            Step::Questions(page) => Page::ALL
                .iter()
                .position(|&p| p == page)
                .filter(|_| self.pages().contains(&page))
                .map(|at| (at + 1, total)),
            Step::Check => Some((total, total)),
            Step::Result => None,
        }
    }

    /// The page after `page` among those asked.
    fn page_after(&self, page: Page) -> Option<Page> {
        let pages = self.pages();
        let at = pages.iter().position(|&p| p == page)?;
        pages.get(at + 1).copied()
    }

    /// Whether the questionnaire is on its first page, where Back leaves it.
    pub fn at_first_page(&self) -> bool {
        matches!(self.step, Step::Questions(page) if self.page_before(page).is_none())
    }

    /// The page before `page` among those asked.
    fn page_before(&self, page: Page) -> Option<Page> {
        let pages = self.pages();
        let at = pages.iter().position(|&p| p == page)?;
        at.checked_sub(1).map(|before| pages[before])
    }

    /// Whether every page is answered as far as it must be.
    pub fn all_pages_done(&self) -> bool {
        Page::ALL.iter().all(|&page| self.problems(page).is_empty())
    }

    pub fn assessment(&self) -> Assessment {
        assess(&self.answers)
    }

    /// The emergency rules that fired and whose panel the person has not read yet. While
    /// there is one, the emergency panel is shown instead of any question.
    pub fn unacknowledged_emergency(&self, assessment: &Assessment) -> Vec<RuleId> {
        assessment
            .flags
            .iter()
            .filter(|flag| {
                flag.level == Level::Emergency && !self.acknowledged.contains(&flag.rule)
            })
            .map(|flag| flag.rule)
            .collect()
    }

    /// The problem with one question, if it has one. Questions not asked have none.
    pub fn problem(&self, field: Field) -> Option<Problem> {
        if !is_asked(field, &self.answers) {
            return None;
        }
        let number = |parsed: Result<(), NumberProblem>| parsed.err().map(Problem::Number);
        match input_for(field) {
            Input::Age => number(parse_age(&self.drafts.age).map(drop)),
            Input::Duration => {
                number(parse_weeks(&self.drafts.duration, self.drafts.duration_unit).map(drop))
            }
            Input::Weeks => {
                number(parse_weeks(&self.drafts.pt_weeks, DurationUnit::Weeks).map(drop))
            }
            // One answer for each treatment ticked.
            Input::Relief => self
                .unrated_treatments()
                .next()
                .map(|_| Problem::Unanswered),
            _ if self.answers.is_answered(field) => None,
            _ => Some(Problem::Unanswered),
        }
    }

    /// The treatments ticked that have no "how much did it help" answer yet, in table order.
    pub fn unrated_treatments(&self) -> impl Iterator<Item = OptionId> + '_ {
        let relief = self.answers.relief.unwrap_or_default();
        self.answers
            .treatments_tried
            .iter()
            .flatten()
            .copied()
            .filter(move |&option| relief.get(option).is_none())
    }

    /// Every problem on a page, in the order its questions are shown: only what is missing
    /// or wrong, never a question that may be left (diagnosis, imaging).
    pub fn problems(&self, page: Page) -> Vec<(Question, Problem)> {
        self.questions(page)
            .into_iter()
            .filter_map(|question| {
                let problem = match question {
                    Question::Item(item) => self
                        .items
                        .get(item)
                        .is_none()
                        .then_some(Problem::Unanswered),
                    Question::Field(field) if is_optional(field) => None,
                    Question::Field(field) => self.problem(field),
                };
                problem.map(|problem| (question, problem))
            })
            .collect()
    }

    /// Applies one action. Never panics, whatever the action.
    pub fn apply(&mut self, action: Action) {
        // An answer that raises an emergency is remembered as given.
        let answered = match action {
            Action::SetItem(item, value) => Some((Question::Item(item), value)),
            Action::SetTriState(field, value) => Some((Question::Field(field), value)),
            _ => None,
        };
        let emergencies_before = answered.map(|_| self.emergency_rules());
        self.apply_action(action);
        if let (Some(answer), Some(before)) = (answered, emergencies_before) {
            let raised = self
                .emergency_rules()
                .iter()
                .any(|rule| !before.contains(rule));
            if raised && !self.emergency_answers.contains(&answer) {
                self.emergency_answers.push(answer);
            }
        }
    }

    /// The emergency rules that fire on the answers as they stand.
    fn emergency_rules(&self) -> Vec<RuleId> {
        self.assessment()
            .flags
            .iter()
            .filter(|flag| flag.level == Level::Emergency)
            .map(|flag| flag.rule)
            .collect()
    }

    fn apply_action(&mut self, action: Action) {
        match action {
            Action::SetItem(item, value) => {
                self.items.set(item, Some(value));
                self.items.forget_unasked();
                self.items.answer(&mut self.answers);
            }
            Action::NoneOfThese => {
                let Step::Questions(page) = self.step else {
                    return;
                };
                // Only the items still open: a "yes" given (one that raised an emergency,
                // say) is never turned into a "no" by the group's button.
                for &item in page.items() {
                    if !item.is_follow_up() && self.items.get(item).is_none() {
                        self.items.set(item, Some(TriState::No));
                    }
                }
                self.items.forget_unasked();
                self.items.answer(&mut self.answers);
                self.apply(Action::Next);
            }
            Action::SetTriState(field, value) => {
                if let Some(slot) = self.answers.tri_state_mut(field) {
                    *slot = Some(value);
                }
            }
            Action::SetChoice(choice) => choice.set(&mut self.answers),
            Action::SetPainScore(score) => {
                if score <= 10 {
                    self.answers.pain_score = Some(score);
                }
            }
            Action::SetText(field, text) => self.set_text(field, text),
            Action::SetDurationUnit(unit) => {
                self.drafts.duration_unit = unit;
                self.answers.duration_weeks = parse_weeks(&self.drafts.duration, unit).ok();
            }
            Action::ToggleTreatment(option) => {
                let tried = self.answers.treatments_tried.get_or_insert_with(Vec::new);
                if let Some(at) = tried.iter().position(|&o| o == option) {
                    tried.remove(at);
                } else {
                    tried.push(option);
                    // The engine reads options in table order; keep them so for the summary.
                    tried.sort_by_key(|&o| o as usize);
                }
                self.forget_unasked();
            }
            Action::NoTreatments => {
                let none_yet = self
                    .answers
                    .treatments_tried
                    .as_ref()
                    .is_some_and(Vec::is_empty);
                self.answers.treatments_tried = if none_yet { None } else { Some(Vec::new()) };
                self.forget_unasked();
            }
            Action::SetRelief(option, relief) => {
                // Only a treatment ticked can be rated (the contract refuses any other).
                if self.answers.tried(option) {
                    self.answers
                        .relief
                        .get_or_insert_with(ReliefByOption::default)
                        .set(option, Some(relief));
                }
            }
            Action::Next => {
                let Step::Questions(page) = self.step else {
                    return;
                };
                if !self.problems(page).is_empty() {
                    self.show_problems = true;
                    return;
                }
                match self.page_after(page) {
                    // The warning signs asked again after a worse diary entry: their pages
                    // only, then the result, with whatever they changed.
                    _ if self.rechecking => {
                        let at = Page::RECHECKED.iter().position(|&p| p == page);
                        match at.and_then(|at| Page::RECHECKED.get(at + 1)) {
                            Some(&next) => self.go(Step::Questions(next)),
                            None => {
                                self.rechecking = false;
                                self.see_result_or(Step::Result);
                            }
                        }
                    }
                    _ if self.returning_to_check && self.all_pages_done() => self.go(Step::Check),
                    Some(next) => self.go(Step::Questions(next)),
                    None => self.go(Step::Check),
                }
            }
            Action::Back => match self.step {
                Step::Questions(page) => {
                    if let Some(before) = self.page_before(page) {
                        self.go(Step::Questions(before));
                    }
                }
                Step::Check => {
                    let last = self.pages().last().copied().unwrap_or(Page::Treatment);
                    self.go(Step::Questions(last));
                }
                Step::Result => self.go(Step::Check),
            },
            Action::Change(page) => {
                self.go(Step::Questions(page));
                self.returning_to_check = true;
            }
            Action::SeeResult => self.see_result_or(Step::Result),
            Action::Show(step) => match step {
                // The result only for answers that may show one; else what is missing.
                Step::Result | Step::Check => self.see_result_or(step),
                Step::Questions(_) => self.go(step),
            },
            Action::AcknowledgeEmergency => {
                let pending = self.unacknowledged_emergency(&self.assessment());
                self.acknowledged.extend(pending);
            }
        }
    }

    /// Asks the warning signs again, from their first page (a diary entry was worse). Each
    /// "no" is asked afresh; a "yes" or "not sure" stays as the person gave it, so only
    /// they can change it (the group's button answers what is open). Every emergency is
    /// read again: one answered yes now interrupts, even one whose panel was read before.
    pub fn recheck_warning_signs(&mut self) {
        for page in Page::RECHECKED {
            for &item in page.items() {
                if self.items.get(item) == Some(TriState::No) {
                    self.items.set(item, None);
                }
            }
        }
        self.items.answer(&mut self.answers);
        self.acknowledged.clear();
        self.go(Step::Questions(Page::RECHECKED[0]));
        self.rechecking = true;
    }

    /// The person left the questionnaire (for the start screen): a change from "Check your
    /// answers" or the warning signs asked again end there.
    pub fn leave(&mut self) {
        self.show_problems = false;
        self.returning_to_check = false;
        self.rechecking = false;
    }

    /// Whether the questionnaire has been answered this far (a kept one restored, say).
    pub fn has_answers(&self) -> bool {
        self.answers.pain_score.is_some()
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.show_problems = false;
        if matches!(step, Step::Check | Step::Result) {
            self.returning_to_check = false;
        }
        // Asking the warning signs again ends when the person leaves their pages.
        if !matches!(step, Step::Questions(page) if Page::RECHECKED.contains(&page)) {
            self.rechecking = false;
        }
    }

    /// To `step` (the result, or "Check your answers") when every page is done; else to
    /// the first page with something missing, showing what.
    fn see_result_or(&mut self, step: Step) {
        match Page::ALL
            .into_iter()
            .find(|&page| !self.problems(page).is_empty())
        {
            Some(page) => {
                self.go(Step::Questions(page));
                self.show_problems = true;
            }
            None => self.go(step),
        }
    }

    fn set_text(&mut self, field: Field, text: String) {
        match field {
            Field::Age => {
                self.answers.age = parse_age(&text).ok();
                self.drafts.age = text;
            }
            Field::DurationWeeks => {
                self.answers.duration_weeks = parse_weeks(&text, self.drafts.duration_unit).ok();
                self.drafts.duration = text;
            }
            Field::PtWeeks => {
                self.answers.pt_weeks = parse_weeks(&text, DurationUnit::Weeks).ok();
                self.drafts.pt_weeks = text;
            }
            _ => {}
        }
    }

    /// Drops answers to questions that are no longer asked (how much a treatment helped,
    /// once it is unticked), so the summary never shows an answer to a hidden question.
    fn forget_unasked(&mut self) {
        if is_asked(Field::Relief, &self.answers) {
            let answers = &mut self.answers;
            if let Some(relief) = answers.relief.as_mut() {
                let tried = answers.treatments_tried.as_deref().unwrap_or_default();
                relief.retain(|option| tried.contains(&option));
            }
        } else {
            self.answers.relief = None;
        }
        if !is_asked(Field::PtWeeks, &self.answers) {
            self.answers.pt_weeks = None;
            self.drafts.pt_weeks.clear();
        }
    }
}

#[cfg(test)]
mod tests;
