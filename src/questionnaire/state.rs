//! The questionnaire's state and its one reducer: every change a person makes is an `Action`.

use super::numbers::{parse_age, parse_weeks, DurationUnit, NumberProblem};
use super::{input_for, is_asked, set_choice, Input, Page};
use crate::engine::{
    assess, Answers, Assessment, Field, Level, OptionId, Relief, ReliefByOption, RuleId, TriState,
};
use crate::locale::EmergencyNumber;

/// What fills the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Start,
    Questions(Page),
    Result,
    About,
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
    Start,
    SetTriState(Field, TriState),
    SetChoice(Field, &'static str),
    /// Worst pain in the last 24 hours, 0 to 10.
    SetPainScore(u8),
    /// Text typed into the age, duration or weeks-of-therapy box.
    SetText(Field, String),
    SetDurationUnit(DurationUnit),
    ToggleTreatment(OptionId),
    /// "None of these": nothing tried yet (again: unticked, not answered).
    NoTreatments,
    /// How much one treatment tried helped.
    SetRelief(OptionId, Relief),
    /// To the next page, or to the result after the last; stays and shows what is missing
    /// when the page is not done.
    Next,
    Back,
    /// Back to a page from the result, to change an answer.
    Revisit(Page),
    /// The person has read the emergency panel and chooses to go on.
    AcknowledgeEmergency,
    ShowAbout,
    CloseAbout,
    SetEmergencyNumber(EmergencyNumber),
    /// Clears every answer from memory.
    StartOver,
}

/// Everything the questionnaire holds. Answers live here, in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub answers: Answers,
    pub drafts: Drafts,
    /// Whether the current page has been submitted with something missing, so its
    /// problems are shown.
    pub show_problems: bool,
    /// Emergency rules whose panel the person has read; a new one shows the panel again.
    pub acknowledged: Vec<RuleId>,
    /// Where "back" from the about view goes.
    pub before_about: Screen,
    /// The number to call in an emergency: a real one, checked where it came in.
    pub emergency_number: EmergencyNumber,
}

impl Default for State {
    fn default() -> Self {
        State::new(EmergencyNumber::DEFAULT)
    }
}

impl State {
    pub fn new(emergency_number: EmergencyNumber) -> State {
        State {
            screen: Screen::Start,
            answers: Answers::default(),
            drafts: Drafts::default(),
            show_problems: false,
            acknowledged: Vec::new(),
            before_about: Screen::Start,
            emergency_number,
        }
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

    /// Every problem on a page, in the order its questions are shown.
    pub fn problems(&self, page: Page) -> Vec<(Field, Problem)> {
        page.fields()
            .iter()
            .filter_map(|&field| self.problem(field).map(|problem| (field, problem)))
            .collect()
    }

    /// Applies one action. Never panics, whatever the action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Start => self.go(Screen::Questions(Page::ALL[0])),
            Action::SetTriState(field, value) => {
                if let Some(slot) = self.answers.tri_state_mut(field) {
                    *slot = Some(value);
                }
            }
            Action::SetChoice(field, id) => set_choice(&mut self.answers, field, id),
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
                let Screen::Questions(page) = self.screen else {
                    return;
                };
                if !self.problems(page).is_empty() {
                    self.show_problems = true;
                    return;
                }
                match page.next() {
                    Some(next) => self.go(Screen::Questions(next)),
                    None => self.go(Screen::Result),
                }
            }
            Action::Back => match self.screen {
                Screen::Questions(page) => {
                    self.go(page.previous().map_or(Screen::Start, Screen::Questions))
                }
                Screen::Result => self.go(Screen::Questions(Page::ALL[Page::ALL.len() - 1])),
                Screen::About => self.go(self.before_about),
                Screen::Start => {}
            },
            Action::Revisit(page) => self.go(Screen::Questions(page)),
            Action::AcknowledgeEmergency => {
                let pending = self.unacknowledged_emergency(&self.assessment());
                self.acknowledged.extend(pending);
            }
            Action::ShowAbout => {
                if self.screen != Screen::About {
                    self.before_about = self.screen;
                    self.screen = Screen::About;
                }
            }
            Action::CloseAbout => self.go(self.before_about),
            Action::SetEmergencyNumber(number) => self.emergency_number = number,
            Action::StartOver => *self = State::new(self.emergency_number),
        }
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.show_problems = false;
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
mod tests {
    use super::*;

    fn answer_all_mildly(state: &mut State, page: Page) {
        for &field in page.fields() {
            match input_for(field) {
                Input::TriState => state.apply(Action::SetTriState(field, TriState::No)),
                Input::Choice(ids) => state.apply(Action::SetChoice(field, ids[0])),
                Input::Age => state.apply(Action::SetText(field, "40".into())),
                Input::Duration => state.apply(Action::SetText(field, "1".into())),
                Input::PainScore => state.apply(Action::SetPainScore(3)),
                Input::Weeks => state.apply(Action::SetText(field, "0".into())),
                Input::Treatments => state.apply(Action::NoTreatments),
                Input::Relief => {}
            }
        }
    }

    #[test]
    fn next_stays_on_a_page_with_an_unanswered_question_and_says_which() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::SetTriState(Field::VascularWarning, TriState::No));
        state.apply(Action::Next);
        assert_eq!(state.screen, Screen::Questions(Page::WarningSigns));
        assert!(state.show_problems);
        assert_eq!(
            state.problems(Page::WarningSigns)[0],
            (Field::KnownAneurysm, Problem::Unanswered)
        );
    }

    #[test]
    fn a_whole_questionnaire_of_mild_answers_reaches_a_complete_self_care_result() {
        let mut state = State::default();
        state.apply(Action::Start);
        for page in Page::ALL {
            assert_eq!(state.screen, Screen::Questions(page));
            answer_all_mildly(&mut state, page);
            state.apply(Action::Next);
        }
        assert_eq!(state.screen, Screen::Result);
        let assessment = state.assessment();
        assert!(assessment.complete);
        assert_eq!(assessment.triage, Level::SelfCare);
        assert!(assessment.may_be_shown());
    }

    #[test]
    fn back_and_forward_keep_every_answer_and_draft() {
        let mut state = State::default();
        state.apply(Action::Start);
        answer_all_mildly(&mut state, Page::WarningSigns);
        state.apply(Action::Next);
        state.apply(Action::SetText(Field::Age, "4".into()));
        state.apply(Action::Back);
        state.apply(Action::Next);
        assert_eq!(state.drafts.age, "4");
        assert_eq!(state.answers.vascular_warning, Some(TriState::No));
    }

    #[test]
    fn an_emergency_answer_is_pending_until_acknowledged_and_a_new_one_shows_again() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::SetTriState(Field::VascularWarning, TriState::Yes));
        assert_eq!(
            state.unacknowledged_emergency(&state.assessment()),
            vec![RuleId::Vascular]
        );
        state.apply(Action::AcknowledgeEmergency);
        assert!(state
            .unacknowledged_emergency(&state.assessment())
            .is_empty());
        state.apply(Action::SetTriState(Field::ChestOrBreathing, TriState::Yes));
        assert_eq!(
            state.unacknowledged_emergency(&state.assessment()),
            vec![RuleId::ChestOrBreathing]
        );
    }

    #[test]
    fn an_invalid_number_is_a_problem_and_leaves_the_answer_absent() {
        let mut state = State::default();
        state.apply(Action::SetText(Field::Age, "130".into()));
        assert_eq!(state.answers.age, None);
        assert_eq!(
            state.problem(Field::Age),
            Some(Problem::Number(NumberProblem::OutOfRange {
                min: 0,
                max: 120
            }))
        );
        state.apply(Action::SetText(Field::DurationWeeks, "3".into()));
        state.apply(Action::SetDurationUnit(DurationUnit::Months));
        assert_eq!(state.answers.duration_weeks, Some(13.0));
    }

    #[test]
    fn each_treatment_ticked_is_rated_once_and_unticking_forgets_its_rating() {
        let mut state = State::default();
        state.apply(Action::ToggleTreatment(OptionId::PhysicalTherapy));
        state.apply(Action::ToggleTreatment(OptionId::FacetJointBlock));
        assert_eq!(state.problem(Field::Relief), Some(Problem::Unanswered));
        state.apply(Action::SetRelief(
            OptionId::FacetJointBlock,
            Relief::Temporary,
        ));
        assert_eq!(
            state.unrated_treatments().collect::<Vec<_>>(),
            [OptionId::PhysicalTherapy]
        );
        state.apply(Action::SetRelief(
            OptionId::PhysicalTherapy,
            Relief::Partial,
        ));
        assert_eq!(state.problem(Field::Relief), None);
        // A treatment not ticked cannot be rated.
        state.apply(Action::SetRelief(OptionId::Massage, Relief::Good));
        assert_eq!(state.answers.relief_of(OptionId::Massage), Relief::None);
        state.apply(Action::ToggleTreatment(OptionId::FacetJointBlock));
        assert_eq!(
            state.answers.relief.map(|r| r.iter().collect::<Vec<_>>()),
            Some(vec![(OptionId::PhysicalTherapy, Relief::Partial)])
        );
        state.apply(Action::SetText(Field::PtWeeks, "8".into()));
        assert_eq!(state.problem(Field::PtWeeks), None);
        state.apply(Action::ToggleTreatment(OptionId::PhysicalTherapy));
        assert_eq!(state.answers.treatments_tried, Some(vec![]));
        assert_eq!(state.answers.relief, None);
        assert_eq!(state.answers.pt_weeks, None);
        assert_eq!(
            state.problem(Field::Relief),
            None,
            "not asked once nothing was tried"
        );
    }

    #[test]
    fn start_over_clears_every_answer_but_keeps_the_emergency_number() {
        let uk = EmergencyNumber::parse("999").unwrap();
        let mut state = State::new(uk);
        state.apply(Action::Start);
        state.apply(Action::SetTriState(Field::Fever, TriState::Yes));
        state.apply(Action::SetText(Field::Age, "50".into()));
        state.apply(Action::StartOver);
        assert_eq!(state, State::new(uk));
    }
}
