//! One builder for the native tests of every layer: a questionnaire answered through its
//! own reducer, question by question, as a person would.

use super::{input_for, Action, DurationUnit, Input, Item, Page, Question, State, Step};
use crate::engine::{OptionId, Relief, TriState};

/// How each kind of question is answered: mildly by default (every item and yes/no
/// question "no", 40 years old, one week, pain 3, the first of each choice, nothing tried).
#[derive(Clone, Debug)]
pub struct Answering {
    pub items: TriState,
    pub tri_states: TriState,
    /// Which of a choice's options (wrapped to those offered).
    pub choice: usize,
    pub age: &'static str,
    pub duration: (&'static str, DurationUnit),
    pub pain: u8,
    /// The one treatment tried, rated `relief`; none when `None`.
    pub treatment: Option<OptionId>,
    pub relief: Relief,
    /// An item left as it is (answered earlier, say).
    pub leaving: Option<Item>,
}

impl Default for Answering {
    fn default() -> Self {
        Answering {
            items: TriState::No,
            tri_states: TriState::No,
            choice: 0,
            age: "40",
            duration: ("1", DurationUnit::Weeks),
            pain: 3,
            treatment: None,
            relief: Relief::Partial,
            leaving: None,
        }
    }
}

impl Answering {
    /// Answers every question of `page` asked and still open (the item left, left).
    pub fn page(&self, state: &mut State, page: Page) {
        for question in state.questions(page) {
            let action = match question {
                Question::Item(item) if Some(item) == self.leaving => continue,
                Question::Item(item) if state.items.get(item).is_some() => continue,
                Question::Item(item) => Action::SetItem(item, self.items),
                Question::Field(field) => match input_for(field) {
                    Input::TriState => Action::SetTriState(field, self.tri_states),
                    Input::Choice(choices) => {
                        Action::SetChoice(choices[self.choice % choices.len()])
                    }
                    Input::Age => Action::SetText(field, self.age.into()),
                    Input::Duration => {
                        state.apply(Action::SetDurationUnit(self.duration.1));
                        Action::SetText(field, self.duration.0.into())
                    }
                    Input::PainScore => Action::SetPainScore(self.pain),
                    Input::Weeks => Action::SetText(field, "0".into()),
                    Input::Treatments => match self.treatment {
                        Some(option) => Action::ToggleTreatment(option),
                        None => Action::NoTreatments,
                    },
                    Input::Relief => match self.treatment {
                        Some(option) => Action::SetRelief(option, self.relief),
                        None => continue,
                    },
                },
            };
            state.apply(action);
        }
    }

    /// From wherever `state` is in the questions, every page answered and Next, to "Check
    /// your answers".
    pub fn to_check(&self, state: &mut State) {
        while let Step::Questions(page) = state.step {
            self.page(state, page);
            state.apply(Action::Next);
            assert_ne!(
                state.step,
                Step::Questions(page),
                "{page:?} still has a problem"
            );
        }
    }

    /// A fresh questionnaire answered this way to its result.
    pub fn to_result(&self) -> State {
        let mut state = State::default();
        self.to_check(&mut state);
        state.apply(Action::SeeResult);
        assert_eq!(state.step, Step::Result);
        state
    }
}

/// A fresh questionnaire answered mildly to its result: a self-care result.
pub fn mild_result() -> State {
    Answering::default().to_result()
}
