//! Yew components: thin views over the questionnaire's state, the engine and the word
//! catalogues. No component decides triage; each turns events into `Action`s.

mod about;
mod emergency;
mod focus;
mod icons;
mod ladder;
mod questions;
mod reasons;
mod result;
mod start;
mod summary;

pub use about::AboutScreen;
pub use emergency::EmergencyPanel;
pub use ladder::LadderDrawing;
pub use questions::QuestionPage;
pub use result::ResultScreen;
pub use start::StartScreen;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Words, EN};
use crate::questionnaire::{Action, Screen, State};

/// The questionnaire's state as Yew's reducer: every change goes through `State::apply`.
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire(pub State);

impl Reducible for Questionnaire {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.0.apply(action);
        Rc::new(next)
    }
}

/// The catalogue of the language on screen, for every component below the app. Two are
/// the same when they are the same catalogue.
#[derive(Clone, Copy, Debug)]
pub struct WordsContext(pub &'static Words);

impl PartialEq for WordsContext {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Reads the words of the language on screen.
#[hook]
pub fn use_words() -> &'static Words {
    use_context::<WordsContext>().map_or(&EN, |context| context.0)
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The number to call in an emergency, as the host or the browser's region gives it.
    #[prop_or(AttrValue::Static("911"))]
    pub emergency_number: AttrValue,
}

/// The whole app, as mounted into a page's root element.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| Questionnaire(State::new(&props.emergency_number)));
    let onaction = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let words = WordsContext(&EN);
    let state = &state.0;
    let assessment = state.assessment();
    let pending = state.unacknowledged_emergency(&assessment);

    // An emergency interrupts whatever is on screen, questions included: nothing else is
    // asked until the person has read it.
    let screen = if !pending.is_empty()
        && matches!(state.screen, Screen::Questions(_) | Screen::Result)
    {
        html! { <EmergencyPanel assessment={assessment.clone()} number={state.emergency_number.clone()} onaction={onaction.clone()} /> }
    } else {
        match state.screen {
            Screen::Start => {
                html! { <StartScreen number={state.emergency_number.clone()} onaction={onaction.clone()} /> }
            }
            Screen::Questions(page) => html! {
                <QuestionPage key={page.index()} {page} state={state.clone()} onaction={onaction.clone()} />
            },
            Screen::Result => {
                html! { <ResultScreen state={state.clone()} assessment={assessment.clone()} onaction={onaction.clone()} /> }
            }
            Screen::About => html! { <AboutScreen onaction={onaction.clone()} /> },
        }
    };

    html! {
        <ContextProvider<WordsContext> context={words}>
            <div class="backstep" lang={words.0.lang}>{ screen }</div>
        </ContextProvider<WordsContext>>
    }
}
