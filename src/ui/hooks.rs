//! The app's effects, one named hook each, every one keyed on the state it follows (as the
//! storage effect in Yew's todomvc is): the kept record, the browser's history, the
//! language, the emergency number, the focus gate, the clinic's accent and leaving the page.
//! `App` is a list of these and one match on the screen; it never intercepts an action.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::focus::FocusGate;
use super::{use_words_of, Loading};
use crate::content::{Language, Words};
use crate::locale::EmergencyNumber;
use crate::session::{Action, Screen, Session, KEEPING_BUILT};

/// Every change goes through `Session::apply`.
impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

pub type SessionHandle = UseReducerHandle<Session>;

/// What the person chose to keep, on the device: read once at start-up (only if an earlier
/// visit kept something: nothing is opened, let alone written, when there is nothing),
/// written once it settles (one write for a burst of answers, at most one under way), and
/// erased each time they forget everything.
#[hook]
pub fn use_kept_record(session: &SessionHandle) {
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            if session.keeping.is_offered() {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::web::device::load().await {
                        crate::web::device::Stored::Kept(kept) => {
                            session.dispatch(Action::Found(kept))
                        }
                        crate::web::device::Stored::SetAside => {
                            session.dispatch(Action::FoundUnreadable)
                        }
                        crate::web::device::Stored::Nothing => {}
                    }
                });
            }
        });
    }
    // Whether the last record drawn was kept: a record that appears without having been
    // found on the device is the person saying yes (again, perhaps after forgetting), and
    // the next save may create the database.
    let was_kept = use_mut_ref(|| false);
    {
        let dispatch = session.dispatcher();
        let on_device = session.keeping.on_device;
        use_effect_with(session.keeping.kept.clone(), move |kept| {
            let now_kept = kept.is_some() && KEEPING_BUILT;
            let newly_kept = now_kept && !std::mem::replace(&mut *was_kept.borrow_mut(), now_kept);
            if newly_kept && !on_device {
                crate::web::device::start_keeping();
            }
            if let Some(kept) = kept.clone().filter(|_| KEEPING_BUILT) {
                let report = move |saved| match saved {
                    // Forgotten in another tab: this one forgets too, rather than write
                    // everything back.
                    crate::web::device::Saved::ForgottenElsewhere => {
                        dispatch.dispatch(Action::ForgetEverything)
                    }
                    crate::web::device::Saved::Kept => {
                        dispatch.dispatch(Action::KeptOnDevice(true))
                    }
                    crate::web::device::Saved::Failed => {
                        dispatch.dispatch(Action::KeptOnDevice(false))
                    }
                };
                crate::web::device::keep(kept, Rc::new(report));
            }
        });
    }
    // Forgotten on screen first (the record is gone from the state, so nothing more is
    // saved), then erased (a save already under way cannot create the database again: see
    // `device::open`).
    use_effect_with(session.keeping.erasures, |&erasures| {
        if erasures > 0 && KEEPING_BUILT {
            wasm_bindgen_futures::spawn_local(crate::web::device::forget_everything());
        }
    });
}

/// Leaving the page writes what waits to be kept, then drops the answers, so a page the
/// back/forward cache brings back (the next person on a shared device pressing Back) starts
/// empty. The language and the emergency number are not answers and stay. A page going
/// hidden (a tab switched, a phone locked) may never come back: it writes too, and keeps
/// its answers on screen.
#[hook]
pub fn use_leaving_drops_answers(session: &SessionHandle) {
    let dispatch = session.dispatcher();
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|window| {
            let hidden = window.document().map(|document| {
                EventListener::new(&document, "visibilitychange", |_| {
                    let hidden = web_sys::window()
                        .and_then(|window| window.document())
                        .is_some_and(|document| {
                            document.visibility_state() == web_sys::VisibilityState::Hidden
                        });
                    if hidden && KEEPING_BUILT {
                        crate::web::device::flush_now();
                    }
                })
            });
            let left = EventListener::new(&window, "pagehide", move |_| {
                if KEEPING_BUILT {
                    crate::web::device::flush_now();
                }
                dispatch.dispatch(Action::StartOver)
            });
            (left, hidden)
        });
        move || drop(listeners)
    });
}

/// Where the browser's history stands: the screen named at each depth of backstep's own
/// entries, and the depth of the entry on show.
#[derive(Default)]
struct Entries {
    screens: Vec<String>,
    depth: usize,
    /// The screen a history move (Back, Forward) just asked for: drawing it is no new step.
    moved_to: Option<String>,
    /// The page is being left: the answers dropped then (`use_leaving_drops_answers`) are
    /// no step of the person's, and the history is left as it is.
    leaving: bool,
}

/// The page's own history: each step is an entry, so the browser's Back and Forward move
/// between steps with every answer kept; and the app's own Back, when it goes to the entry
/// before, is the browser's Back, so the two never disagree. A widget is a guest and leaves
/// the host page's history alone: its own Back button is all it has.
#[hook]
pub fn use_history(session: &SessionHandle, owns_page: bool) {
    let entries = use_mut_ref(Entries::default);
    {
        let dispatch = session.dispatcher();
        let entries = entries.clone();
        use_effect_with((), move |_| {
            let leaving = web_sys::window().map(|window| {
                let (left, back) = (entries.clone(), entries.clone());
                (
                    EventListener::new(&window, "pagehide", move |_| {
                        left.borrow_mut().leaving = true;
                    }),
                    EventListener::new(&window, "pageshow", move |_| {
                        back.borrow_mut().leaving = false;
                    }),
                )
            });
            let listener = owns_page
                .then(|| {
                    crate::web::history::replace(&Screen::Start.id(), 0);
                    entries.borrow_mut().screens = vec![Screen::Start.id()];
                    web_sys::window()
                })
                .flatten()
                .map(|window| {
                    EventListener::new(&window, "popstate", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::PopStateEvent>() else {
                            return;
                        };
                        let Some((id, at)) = crate::web::history::read(&event.state()) else {
                            return;
                        };
                        if let Some(screen) = Screen::from_id(&id) {
                            let mut entries = entries.borrow_mut();
                            entries.depth = at as usize;
                            entries.moved_to = Some(id);
                            drop(entries);
                            dispatch.dispatch(Action::Show(screen));
                        }
                    })
                });
            move || drop((listener, leaving))
        });
    }
    use_effect_with(session.screen(), move |screen| {
        let id = screen.id();
        let mut entries = entries.borrow_mut();
        let moved_by_history = entries.moved_to.take().is_some_and(|to| to == id);
        if !owns_page || moved_by_history || entries.leaving {
            return;
        }
        let before = entries
            .depth
            .checked_sub(1)
            .and_then(|at| entries.screens.get(at));
        if before == Some(&id) {
            // Back to the entry before: the browser's Back, whose popstate then shows it.
            crate::web::history::back();
        } else if *screen != Screen::Start {
            // The start screen is the entry the page was loaded in: never a new one.
            let depth = entries.depth + 1;
            entries.screens.truncate(depth);
            entries.screens.push(id.clone());
            entries.depth = depth;
            crate::web::history::push(&id, depth as u32);
        }
    });
}

/// The language on screen, and the switch to the other one. The language is the person's
/// choice of how to read, not an answer: switching keeps every answer, and starting over
/// keeps the language. The language on screen is always loaded (the mount functions load
/// the first); the one asked for is shown once its file has come, while the screen stays
/// as it is. A failure to load is said, and pressing the switch again tries again.
pub struct LanguageSwitch {
    pub words: &'static Words,
    /// The other language, that the switch offers.
    pub other: Language,
    pub onswitch: Callback<MouseEvent>,
    /// The other language's file is on its way.
    pub busy: bool,
    /// The other language's file could not be fetched.
    pub failed: bool,
}

#[hook]
pub fn use_language(given: Language, owns_page: bool) -> LanguageSwitch {
    let language = use_state_eq(|| given);
    let wanted = use_state_eq(|| given);
    // How many times the person pressed the switch.
    let asked = use_state_eq(|| 0u32);
    {
        // A host that changes its settings on a live widget changes what it shows.
        let wanted = wanted.clone();
        use_effect_with(given, move |language| wanted.set(*language));
    }
    // Once the later screens' words of the language on screen have come, a switch brings
    // the other language's too, so a later screen switches whole.
    let later = language.later_words().is_some();
    let loading = use_words_of(*wanted, true, later, *asked);
    {
        let language = language.clone();
        use_effect_with(loading, move |loading| {
            if let Loading::Ready(words) = loading {
                language.set(words.language());
            }
        });
    }
    use_effect_with(*language, move |language| {
        crate::web::note_language(*language);
        if owns_page {
            crate::web::follow_language(*language);
        }
    });
    let other = language.other();
    let onswitch = {
        let (wanted, asked) = (wanted.clone(), asked.clone());
        Callback::from(move |_| {
            asked.set(*asked + 1);
            // Asking again after a failure tries the file again.
            wanted.set(other);
        })
    };
    LanguageSwitch {
        words: language
            .words()
            .expect("the language on screen is loaded before it is shown"),
        other,
        onswitch,
        busy: *wanted != *language && loading == Loading::Waiting,
        failed: *asked > 0 && loading == Loading::Failed,
    }
}

/// The number to call in an emergency follows the host's settings on a live widget.
#[hook]
pub fn use_emergency_number(session: &SessionHandle, number: EmergencyNumber) {
    let dispatch = session.dispatcher();
    use_effect_with(number, move |number| {
        dispatch.dispatch(Action::SetEmergencyNumber(*number));
    });
}

/// The gate that lets a new screen take focus. A guest's first screen does not take focus:
/// the person's first action inside the app opens the gate. It is seen on the app's own
/// element at the action's first event (a pointer or key going down), before the click or
/// change it leads to: Yew handles those at the root it is mounted in, and may draw the next
/// screen before any listener of ours would hear the click.
#[hook]
pub fn use_focus_gate(owns_page: bool, root: NodeRef) -> FocusGate {
    let gate = use_state(|| FocusGate::new(owns_page));
    {
        let gate = (*gate).clone();
        use_effect_with((), move |_| {
            let listeners = root.cast::<web_sys::Element>().map(|element| {
                let options = EventListenerOptions::run_in_capture_phase();
                ["pointerdown", "mousedown", "touchstart", "keydown", "click"].map(|name| {
                    let gate = gate.clone();
                    EventListener::new_with_options(&element, name, options, move |_| gate.open())
                })
            });
            move || drop(listeners)
        });
    }
    (*gate).clone()
}

/// A clinic's accent goes in through the CSSOM, which the strict CSP allows (a style
/// attribute it would not); the stylesheet applies it to the light scheme only.
#[hook]
pub fn use_accent(root: NodeRef, accent: Option<String>) {
    use_effect_with(accent, move |accent| {
        if let Some(element) = root.cast::<web_sys::HtmlElement>() {
            let style = element.style();
            let _ = match accent {
                Some(colour) => style.set_property("--clinic-accent", colour),
                None => style.remove_property("--clinic-accent").map(drop),
            };
        }
    });
}
