//! Yew components: thin views over the questionnaire's state, the engine and the word
//! catalogues. No component decides triage; each turns events into `Action`s.

mod about;
mod check;
mod clinic;
mod emergency;
mod focus;
mod icons;
mod ladder;
mod later;
mod questions;
mod reasons;
mod result;
mod returning;
mod start;
mod summary;
mod update;

pub use about::AboutScreen;
pub use check::CheckAnswers;
pub use clinic::ClinicCard;
pub use emergency::EmergencyPanel;
pub use ladder::LadderDrawing;
pub use questions::QuestionPage;
pub use result::ResultScreen;
pub use start::StartScreen;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clinic::ClinicSettings;
use crate::content::{Language, Words};
use crate::locale::EmergencyNumber;
use crate::questionnaire::{Action, Screen, State, KEEPING_BUILT};

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
    use_context::<WordsContext>()
        .map(|context| context.0)
        .or_else(|| Language::English.words())
        .expect("a language's words are loaded before the app is drawn")
}

/// How far the words of a language the app asked for have come.
#[derive(Clone, Copy, Debug)]
pub enum Loading {
    /// Not asked for, or on their way.
    Waiting,
    Ready(&'static Words),
    /// Their file could not be fetched (offline on a first visit, say).
    Failed,
}

impl PartialEq for Loading {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Loading::Ready(one), Loading::Ready(other)) => std::ptr::eq(*one, *other),
            (Loading::Waiting, Loading::Waiting) | (Loading::Failed, Loading::Failed) => true,
            _ => false,
        }
    }
}

/// The words of `language`, fetched once `wanted` is true (they may be loaded already),
/// and the component drawn again when they come. A new `attempt` after a failure fetches
/// again.
#[hook]
pub fn use_words_of(language: Language, wanted: bool, attempt: u32) -> Loading {
    let loading = use_state_eq(|| language.words().map_or(Loading::Waiting, Loading::Ready));
    {
        let loading = loading.clone();
        use_effect_with(
            (language, wanted, attempt),
            move |&(language, wanted, _)| {
                if let Some(words) = language.words() {
                    loading.set(Loading::Ready(words));
                } else if wanted {
                    loading.set(Loading::Waiting);
                    yew::platform::spawn_local(async move {
                        match crate::web::load_words(language).await {
                            Ok(words) => loading.set(Loading::Ready(words)),
                            Err(error) => {
                                web_sys::console::warn_1(&error.to_string().into());
                                loading.set(Loading::Failed);
                            }
                        }
                    });
                }
            },
        );
    }
    *loading
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The number to call in an emergency, as the host or the browser's region gives it.
    #[prop_or_default]
    pub emergency_number: EmergencyNumber,
    /// The language to start in, as the host or the browser gives it.
    #[prop_or_default]
    pub language: Language,
    /// The app has the page to itself (the standalone page), so the page's `lang` and
    /// title follow the language on screen; a widget leaves its host page alone.
    #[prop_or_default]
    pub owns_page: bool,
    /// A clinic's validated settings, when backstep is embedded on its site.
    #[prop_or_default]
    pub clinic: ClinicSettings,
}

/// The clinic's settings for every component below the app (empty when standalone).
#[hook]
pub fn use_clinic() -> ClinicSettings {
    use_context::<ClinicSettings>().unwrap_or_default()
}

/// The whole app, as mounted into a page's root element.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let mut state = State::new(props.emergency_number);
        // Keeping answers is offered where backstep is the page (never as a clinic's guest).
        state.keeping.offered = props.owns_page && !crate::web::is_framed();
        // Set here, not dispatched after the first draw: no second render at start-up.
        state.keeping.today = crate::web::today();
        Questionnaire(state)
    });
    {
        // What an earlier visit kept, only if the person chose to keep it then: nothing is
        // opened, let alone written, when there is nothing.
        let state = state.clone();
        use_effect_with((), move |_| {
            if state.0.keeping.is_offered() {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::web::device::load().await {
                        crate::web::device::Stored::Kept(kept) => {
                            state.dispatch(Action::Found(kept))
                        }
                        crate::web::device::Stored::SetAside => {
                            state.dispatch(Action::FoundUnreadable)
                        }
                        crate::web::device::Stored::Nothing => {}
                    }
                });
            }
        });
    }
    // Once the person chose to keep, what is kept is written once it settles (one write
    // for a burst of answers, at most one under way), and what became of it is said.
    {
        let state = state.clone();
        use_effect_with(state.0.keeping.kept.clone(), move |kept| {
            if let Some(kept) = kept.clone().filter(|_| KEEPING_BUILT) {
                let report = move |saved| match saved {
                    // Forgotten in another tab: this one forgets too, rather than write
                    // everything back.
                    crate::web::device::Saved::ForgottenElsewhere => {
                        state.dispatch(Action::ForgetEverything)
                    }
                    crate::web::device::Saved::Kept => state.dispatch(Action::KeptOnDevice(true)),
                    crate::web::device::Saved::Failed => {
                        state.dispatch(Action::KeptOnDevice(false))
                    }
                };
                crate::web::device::keep(kept, std::rc::Rc::new(report));
            }
        });
    }
    // The language is the person's choice of how to read, not an answer: switching keeps
    // every answer, and starting over keeps the language. `language` is the one on screen,
    // always loaded (the mount functions load the first); `wanted` is the one asked for,
    // shown once its file has come, while the screen stays as it is.
    let language = use_state_eq(|| props.language);
    let wanted = use_state_eq(|| props.language);
    // How many times the person pressed the switch: a failure to load is said to them, and
    // pressing it again tries again.
    let asked = use_state_eq(|| 0u32);
    {
        // A host that changes its settings on a live widget changes what it shows.
        let wanted = wanted.clone();
        use_effect_with(props.language, move |language| wanted.set(*language));
    }
    let loading = use_words_of(*wanted, true, *asked);
    {
        let language = language.clone();
        use_effect_with(loading, move |loading| {
            if let Loading::Ready(words) = loading {
                language.set(words.language());
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with(props.emergency_number, move |number| {
            state.dispatch(Action::SetEmergencyNumber(*number));
        });
    }
    {
        // Leaving the page writes what waits to be kept, then drops the answers, so a page
        // the back/forward cache brings back (the next person on a shared device pressing
        // Back) starts empty. The language and the emergency number are not answers and
        // stay. A page going hidden (a tab switched, a phone locked) may never come back:
        // it writes too, and keeps its answers on screen.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let hidden =
                    web_sys::window()
                        .and_then(|window| window.document())
                        .map(|document| {
                            gloo::events::EventListener::new(&document, "visibilitychange", |_| {
                                let hidden = web_sys::window()
                                    .and_then(|window| window.document())
                                    .is_some_and(|document| {
                                        document.visibility_state()
                                            == web_sys::VisibilityState::Hidden
                                    });
                                if hidden && KEEPING_BUILT {
                                    crate::web::device::flush_now();
                                }
                            })
                        });
                let left = gloo::events::EventListener::new(&window, "pagehide", move |_| {
                    if KEEPING_BUILT {
                        crate::web::device::flush_now();
                    }
                    state.dispatch(Action::StartOver)
                });
                (left, hidden)
            });
            move || drop(listeners)
        });
    }
    let wrapper = use_node_ref();
    {
        // The accent goes in through the CSSOM, which the strict CSP allows (a style
        // attribute it would not); the stylesheet applies it to the light scheme only.
        let wrapper = wrapper.clone();
        use_effect_with(props.clinic.accent.clone(), move |accent| {
            if let Some(element) = wrapper.cast::<web_sys::HtmlElement>() {
                let style = element.style();
                let _ = match accent {
                    Some(colour) => style.set_property("--clinic-accent", colour),
                    None => style.remove_property("--clinic-accent").map(drop),
                };
            }
        });
    }
    {
        let owns_page = props.owns_page;
        use_effect_with(*language, move |language| {
            crate::web::note_language(*language);
            if owns_page {
                crate::web::follow_language(*language);
            }
        });
    }
    // The page's own history: each step is an entry, so the browser's Back and Forward move
    // between steps with every answer kept. A widget is a guest and leaves the host page's
    // history alone: its own Back button is all it has.
    let depth = use_mut_ref(|| 0u32);
    let from_history = use_mut_ref(|| false);
    {
        let state = state.clone();
        let depth = depth.clone();
        let from_history = from_history.clone();
        let owns_page = props.owns_page;
        use_effect_with((), move |_| {
            let listener = owns_page
                .then(|| {
                    crate::web::history::replace(&Screen::Start.id(), 0);
                    web_sys::window()
                })
                .flatten()
                .map(|window| {
                    gloo::events::EventListener::new(&window, "popstate", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::PopStateEvent>() else {
                            return;
                        };
                        let Some((id, at)) = crate::web::history::read(&event.state()) else {
                            return;
                        };
                        if let Some(screen) = Screen::from_id(&id) {
                            *depth.borrow_mut() = at;
                            *from_history.borrow_mut() = true;
                            state.dispatch(Action::Show(screen));
                        }
                    })
                });
            move || drop(listener)
        });
    }
    {
        let depth = depth.clone();
        let from_history = from_history.clone();
        let owns_page = props.owns_page;
        use_effect_with(state.0.screen, move |screen| {
            let moved_by_history = std::mem::take(&mut *from_history.borrow_mut());
            // The start screen is the entry the page was loaded in: never a new one.
            if owns_page && !moved_by_history && *screen != Screen::Start {
                let next = *depth.borrow() + 1;
                *depth.borrow_mut() = next;
                crate::web::history::push(&screen.id(), next);
            }
        });
    }
    let update_ready = update::use_update_ready(state.0.screen, props.owns_page);
    later::use_background_load(matches!(state.0.screen, Screen::Questions(_)));
    let onswitch = {
        let wanted = wanted.clone();
        let other = language.other();
        let asked = asked.clone();
        Callback::from(move |_| {
            asked.set(*asked + 1);
            // Asking again after a failure tries the file again.
            wanted.set(other);
        })
    };

    // A guest's first screen does not take focus; the person's first action opens the gate.
    let focus_gate = use_state(|| focus::FocusGate::new(props.owns_page));
    let onaction = {
        let state = state.clone();
        let depth = depth.clone();
        let owns_page = props.owns_page;
        let gate = (*focus_gate).clone();
        Callback::from(move |action: Action| {
            // The person acted: from now on a new screen may take focus (a widget takes
            // none before that).
            gate.open();
            // On its own page the app's Back is the browser's Back, so the two never
            // disagree; the popstate listener then shows the step.
            if action == Action::Back && owns_page && *depth.borrow() > 0 {
                crate::web::history::back();
            } else if action == Action::ForgetEverything && KEEPING_BUILT {
                // Forgotten on screen first, so nothing more is saved; then erased (a save
                // already under way cannot create the database again: see `device::open`).
                state.dispatch(action);
                wasm_bindgen_futures::spawn_local(crate::web::device::forget_everything());
            } else if action == Action::Keep && KEEPING_BUILT {
                crate::web::device::start_keeping();
                state.dispatch(action);
            } else if action == Action::ShowDiary {
                state.dispatch(Action::SetToday(crate::web::today()));
                state.dispatch(action);
            } else {
                state.dispatch(action);
            }
        })
    };
    let words = language
        .words()
        .expect("the language on screen is loaded before it is shown");
    let context = WordsContext(words);
    let failed = *asked > 0 && loading == Loading::Failed;
    let other = language.other();
    let state = &state.0;
    let assessment = state.assessment();
    let pending = state.unacknowledged_emergency(&assessment);

    // An emergency interrupts whatever is on screen, questions included: nothing else is
    // asked until the person has read it (the reducer decides when).
    let later_screen = |screen| {
        html! { <later::Later {screen} state={state.clone()} assessment={assessment.clone()} onaction={onaction.clone()} owns_page={props.owns_page} /> }
    };
    let screen = if state.shows_emergency_panel(&assessment) {
        html! { <EmergencyPanel assessment={assessment.clone()} number={state.emergency_number.to_string()} onaction={onaction.clone()} /> }
    } else {
        match state.screen {
            Screen::Start => {
                html! {
                    <StartScreen number={state.emergency_number.to_string()} onaction={onaction.clone()}>
                        { returning::welcome_back(words, state, &onaction) }
                    </StartScreen>
                }
            }
            Screen::Questions(page) => html! {
                <QuestionPage key={page.index()} {page} state={state.clone()} onaction={onaction.clone()} />
            },
            // The later screens come from code loaded after the first question (later.rs).
            Screen::Check => later_screen(later::LaterScreen::Check),
            Screen::Result => later_screen(later::LaterScreen::Result),
            Screen::About => later_screen(later::LaterScreen::About),
            Screen::Diary => {
                // Only where something is kept: never in the guest build.
                if !KEEPING_BUILT {
                    Html::default()
                } else {
                    later_screen(later::LaterScreen::Diary)
                }
            }
        }
    };

    html! {
        <ContextProvider<WordsContext> {context}>
        <ContextProvider<ClinicSettings> context={props.clinic.clone()}>
        <ContextProvider<focus::FocusGate> context={(*focus_gate).clone()}>
            <div class="backstep" lang={words.lang()} ref={wrapper} data-accent={props.clinic.accent.is_some().then_some("")}>
                <nav class="topbar no-print" aria-label={words.language_label()}>
                    <button type="button" class="link language" lang={other.tag()} onclick={onswitch}
                        aria-busy={(*wanted != *language && loading == Loading::Waiting).then_some("true")}>
                        { words.switch_language() }
                    </button>
                    if failed {
                        <p class="language-failed" role="alert">{ words.language_failed(words.switch_language()) }</p>
                    }
                </nav>
                { returning::forget_everything(words, state, &onaction) }
                { returning::keep_failed(words, state) }
                if update_ready && pending.is_empty() {
                    <update::UpdateBanner />
                }
                { screen }
            </div>
        </ContextProvider<focus::FocusGate>>
        </ContextProvider<ClinicSettings>>
        </ContextProvider<WordsContext>>
    }
}
