//! The screens that come after the questions ("Check your answers", the result with its
//! ladder, reasons and printout, the about view, the diary), drawn by code the start page's
//! wasm does not carry. With the `split` feature (the release builds), each part is a
//! `#[wasm_split]` module of its own (scripts/split.mjs splits the wasm), fetched in the
//! background once the first question is on screen; without it (the in-browser component
//! tests) the same code is simply there. The words of these screens come the same way: the
//! language's later words (`content::LaterWords`), a file of their own, fetched beside the
//! module. Until a part and its words have come, its screen is a short "Loading…"; if either
//! cannot come, the person sees why, the emergency warning signs and the number to call, is
//! told their answers are kept, and can try again.

use std::cell::Cell;

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::use_words;
use crate::content::Language;
use crate::engine::Assessment;
use crate::session::{Action, Session};

/// A screen drawn by later code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaterScreen {
    Check,
    Result,
    About,
    Diary,
}

#[derive(Properties, PartialEq, Clone)]
pub struct LaterProps {
    pub screen: LaterScreen,
    pub session: Session,
    pub assessment: Assessment,
    pub onaction: Callback<Action>,
    /// Passed on to the about view (see `AboutScreenProps::owns_page`).
    #[prop_or_default]
    pub owns_page: bool,
}

/// Draws the screen `props` names; a function of the module that holds it.
type Draw = fn(&LaterProps) -> Html;

/// A part of the later code could not be loaded (offline, a network error, a file that
/// failed its digest). What went wrong is in the browser's console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for LoadFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// The modules the later code is split into, each with the screens it draws. One module for
/// every later screen measured best (docs/performance.md): the screens share most of their
/// code (the answers' words, the reasons, the printout), which several modules would each
/// carry or pass back to the start wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Later,
}

impl Part {
    const ALL: [Part; 1] = [Part::Later];

    fn of(_screen: LaterScreen) -> Part {
        Part::Later
    }

    fn index(self) -> usize {
        self as usize
    }
}

thread_local! {
    /// Each part's draw function, once its module has come.
    static LOADED: [Cell<Option<Draw>>; Part::ALL.len()] = const { [const { Cell::new(None) }; Part::ALL.len()] };
}

/// The part's draw function, if its module is here.
fn ready(part: Part) -> Option<Draw> {
    LOADED.with(|loaded| loaded[part.index()].get())
}

/// Loads `part`'s module (once: a module loaded stays; one that failed is fetched again
/// the next time it is asked for) and returns its draw function.
async fn load(part: Part) -> Result<Draw, LoadFailed> {
    if let Some(draw) = ready(part) {
        return Ok(draw);
    }
    let draw = match part {
        Part::Later => later_part().await?,
    };
    LOADED.with(|loaded| loaded[part.index()].set(Some(draw)));
    Ok(draw)
}

/// The split point: everything only `draw_later` reaches goes into the module `later`.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(later, fallible)]
fn later_part() -> Result<Draw, LoadFailed> {
    Ok(draw_later)
}

/// Without the split, the later code is in this wasm.
#[cfg(not(feature = "split"))]
async fn later_part() -> Result<Draw, LoadFailed> {
    Ok(draw_later)
}

fn draw_later(props: &LaterProps) -> Html {
    let onaction = props.onaction.clone();
    match props.screen {
        LaterScreen::Check => html! {
            <super::CheckAnswers state={props.session.questionnaire.clone()} onaction={onaction.reform(Action::Questionnaire)} />
        },
        LaterScreen::Result => html! {
            <super::ResultScreen session={props.session.clone()} assessment={props.assessment.clone()} {onaction} />
        },
        LaterScreen::About => html! {
            <super::AboutScreen {onaction} owns_page={props.owns_page} />
        },
        LaterScreen::Diary => html! {
            <super::returning::DiaryScreen session={props.session.clone()} {onaction} />
        },
    }
}

/// Loads `part`'s module and the later words of `language`, each at most once.
async fn load_with_words(part: Part, language: Language) -> Result<Draw, LoadFailed> {
    // Both downloads at once: the words' starts now, and is awaited once the module is here.
    crate::web::start_fetching_later_words(language);
    let draw = load(part).await?;
    if let Err(error) = crate::web::load_later_words(language).await {
        web_sys::console::warn_1(&error.to_string().into());
        return Err(LoadFailed);
    }
    Ok(draw)
}

/// Starts loading every later part, and the later words of `language`, once `asking` (the
/// first question is on screen), so they are there by the time the person gets to them.
#[hook]
pub fn use_background_load(asking: bool, language: Language) {
    use_effect_with((asking, language), |&(asking, language)| {
        let missing =
            Part::ALL.iter().any(|&part| ready(part).is_none()) || language.later_words().is_none();
        if asking && missing {
            yew::platform::spawn_local(async move {
                for part in Part::ALL {
                    // A failure here is said only if the person gets there, when it is tried
                    // again.
                    let _ = load_with_words(part, language).await;
                }
            });
        }
    });
}

/// Where a later part has got to, for the screen that waits for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Loading,
    Ready,
    Failed,
}

/// A later screen: drawn at once if its part is here, else "Loading…" until it comes, or
/// the failure state if it cannot.
#[function_component]
pub fn Later(props: &LaterProps) -> Html {
    let part = Part::of(props.screen);
    let language = use_words().language();
    let here = move || ready(part).filter(|_| language.later_words().is_some());
    let status = use_state_eq(|| {
        if here().is_some() {
            Status::Ready
        } else {
            Status::Loading
        }
    });
    // Each press of "Try again" loads again.
    let attempt = use_state_eq(|| 0u32);
    {
        let status = status.clone();
        use_effect_with((part, language, *attempt), move |&(part, language, _)| {
            if here().is_some() {
                status.set(Status::Ready);
            } else {
                status.set(Status::Loading);
                yew::platform::spawn_local(async move {
                    status.set(match load_with_words(part, language).await {
                        Ok(_) => Status::Ready,
                        Err(LoadFailed) => Status::Failed,
                    });
                });
            }
        });
    }
    match (here(), *status) {
        (Some(draw), _) => draw(props),
        (None, Status::Failed) => {
            let onretry = Callback::from(move |_| attempt.set(*attempt + 1));
            html! { <LoadFailedScreen number={props.session.emergency_number.to_string()} {onretry} onaction={props.onaction.clone()} /> }
        }
        (None, _) => html! { <LoadingScreen /> },
    }
}

/// The short wait for a later screen whose code is still on its way.
#[function_component]
fn LoadingScreen() -> Html {
    let words = use_words();
    html! {
        <main class="screen later-loading" aria-busy="true">
            <p class="loading" role="status">{ words.later_loading() }</p>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct LoadFailedProps {
    number: String,
    onretry: Callback<MouseEvent>,
    onaction: Callback<Action>,
}

/// A later screen whose code could not be loaded: what happened in plain words, that the
/// answers are kept, the warning signs and the number to call (the result that could not
/// be shown may have been one of them), "Try again", and a way back to the questions.
#[function_component]
fn LoadFailedScreen(props: &LoadFailedProps) -> Html {
    let words = use_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let onback = props.onaction.reform(|_| Action::Back);
    html! {
        <main class="screen later-failed" aria-labelledby="later-failed-title">
            <h1 id="later-failed-title" tabindex="-1" ref={heading}>{ words.later_failed_title() }</h1>
            <p class="lead">{ words.later_failed_text() }</p>
            <p>{ words.later_answers_kept() }</p>
            <div class="actions">
                <button type="button" class="button primary try-again" onclick={props.onretry.clone()}>{ words.try_again() }</button>
                <button type="button" class="button" onclick={onback}>{ words.back() }</button>
            </div>
            <section class="warning-signs" aria-labelledby="later-warning-title">
                <h2 id="later-warning-title">{ words.warning_title() }</h2>
                <ul>
                    { for words.warning_signs().iter().map(|sign| html! { <li>{ *sign }</li> }) }
                </ul>
                <a class="button call" href={format!("tel:{}", props.number)}>{ words.emergency_call(&props.number) }</a>
            </section>
        </main>
    }
}
