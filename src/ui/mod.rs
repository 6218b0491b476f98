//! Yew components: thin views over the session's state, the engine and the word
//! catalogues. No component decides triage; each turns events into `Action`s. The app's
//! effects are named hooks in `hooks`.

mod about;
mod check;
mod clinic;
mod emergency;
mod focus;
mod hooks;
mod icons;
mod ladder;
mod later;
mod questions;
mod reasons;
mod result;
mod returning;
mod start;
mod status;
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

use yew::prelude::*;

use crate::clinic::ClinicSettings;
use crate::content::{Language, LaterWords, Words};
use crate::locale::EmergencyNumber;
use crate::session::{Action, Screen, Session, KEEPING_BUILT};

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

/// Reads the later words of the language on screen: the words of the screens after the
/// questions, which `later::Later` draws only once they have come. Before, every one would
/// be blank (never a crash).
#[hook]
pub fn use_later_words() -> &'static LaterWords {
    later_words(use_words())
}

/// The later words of `words`, for a later screen's drawing functions. Before they have
/// come, blanks, and an error in the console: only a screen of the start page is drawn then,
/// and it asking for a later word is a defect (tests/e2e/later.test.mjs watches for it).
pub fn later_words(words: &Words) -> &LaterWords {
    static NONE: LaterWords = LaterWords::NONE;
    words.later().unwrap_or_else(|| {
        web_sys::console::error_1(
            &"backstep: a later word was asked for before the later words came; it shows as a blank"
                .into(),
        );
        &NONE
    })
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

/// The words of `language`, fetched once `wanted` is true (they may be loaded already), with
/// its later words too when `later` (a later screen is on, or has been), and the component
/// drawn again when they come. A new `attempt` after a failure fetches again.
#[hook]
pub fn use_words_of(language: Language, wanted: bool, later: bool, attempt: u32) -> Loading {
    let ready = move || {
        language
            .words()
            .filter(|words| !later || words.later().is_some())
    };
    let loading = use_state_eq(|| ready().map_or(Loading::Waiting, Loading::Ready));
    {
        let loading = loading.clone();
        use_effect_with(
            (language, wanted, later, attempt),
            move |&(language, wanted, later, _)| {
                if let Some(words) = ready() {
                    loading.set(Loading::Ready(words));
                } else if wanted {
                    loading.set(Loading::Waiting);
                    yew::platform::spawn_local(async move {
                        match crate::web::load_words_with(language, later).await {
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

/// The whole app, as mounted into a page's root element: its hooks, then one match on the
/// screen.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let session = use_reducer(|| {
        let mut session = Session::new(props.emergency_number);
        // Keeping answers is offered where backstep is the page (never as a clinic's guest).
        session.keeping.offered = props.owns_page && !crate::web::is_framed();
        // Set here, not dispatched after the first draw: no second render at start-up.
        session.keeping.today = crate::web::today();
        session
    });
    let root = use_node_ref();
    hooks::use_kept_record(&session);
    // The history's listener for leaving the page runs before the one that drops the
    // answers: registered first.
    hooks::use_history(&session, props.owns_page);
    hooks::use_leaving_drops_answers(&session);
    hooks::use_emergency_number(&session, props.emergency_number);
    hooks::use_accent(root.clone(), props.clinic.accent.clone());
    let focus_gate = hooks::use_focus_gate(props.owns_page, root.clone());
    let language = hooks::use_language(props.language, props.owns_page);
    let update_ready = update::use_update_ready(session.screen(), props.owns_page);
    later::use_background_load(
        matches!(session.screen(), Screen::Questions(_)),
        language.words.language(),
    );

    let onaction = {
        let session = session.clone();
        Callback::from(move |action: Action| session.dispatch(action))
    };
    let onanswer = onaction.reform(Action::Questionnaire);
    let words = language.words;
    let session = &*session;
    let questionnaire = &session.questionnaire;
    let assessment = questionnaire.assessment();
    let pending = questionnaire.unacknowledged_emergency(&assessment);

    let later_screen = |screen| {
        html! { <later::Later {screen} session={session.clone()} assessment={assessment.clone()} onaction={onaction.clone()} owns_page={props.owns_page} /> }
    };
    // An emergency interrupts whatever is on screen, questions included: nothing else is
    // asked until the person has read it (the reducer decides when).
    let screen = if session.shows_emergency_panel(&assessment) {
        html! { <EmergencyPanel assessment={assessment.clone()} number={session.emergency_number.to_string()} onaction={onanswer.clone()} /> }
    } else {
        match session.screen() {
            Screen::Start => html! {
                <StartScreen number={session.emergency_number.to_string()} onaction={onaction.clone()}>
                    { returning::welcome_back(words, session, &onaction) }
                </StartScreen>
            },
            Screen::Questions(page) => html! {
                <QuestionPage key={page.index()} {page} state={questionnaire.clone()} onaction={onanswer.clone()} />
            },
            // The later screens come from code loaded after the first question (later.rs).
            Screen::Check => later_screen(later::LaterScreen::Check),
            Screen::Result => later_screen(later::LaterScreen::Result),
            Screen::About => later_screen(later::LaterScreen::About),
            // Only where something is kept: never in the guest build.
            Screen::Diary if KEEPING_BUILT => later_screen(later::LaterScreen::Diary),
            Screen::Diary => Html::default(),
        }
    };

    html! {
        <ContextProvider<WordsContext> context={WordsContext(words)}>
        <ContextProvider<ClinicSettings> context={props.clinic.clone()}>
        <ContextProvider<focus::FocusGate> context={focus_gate}>
            <div class="backstep" lang={words.lang()} ref={root} data-accent={props.clinic.accent.is_some().then_some("")}>
                <nav class="topbar no-print" aria-label={words.language_label()}>
                    <button type="button" class="link language" lang={language.other.tag()} onclick={language.onswitch}
                        aria-busy={language.busy.then_some("true")}>
                        { words.switch_language() }
                    </button>
                    if language.failed {
                        <p class="language-failed" role="alert">{ words.language_failed(words.switch_language()) }</p>
                    }
                </nav>
                { status::status_region(words, session.announcement) }
                { returning::forget_everything(words, session, &onaction) }
                { returning::keep_failed(words, session) }
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
