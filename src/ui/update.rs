//! Offering a new version: only on the start and result screens, never mid-questionnaire,
//! and only when the person chooses it (updating reloads the page, which clears the answers).
//!
//! The loader owns the service worker; the app and the loader speak through three window
//! events that carry nothing but their names: `backstep:check-for-update` (app to loader),
//! `backstep:update-ready` (loader to app) and `backstep:apply-update` (app to loader).

use gloo::events::EventListener;
use yew::prelude::*;

use super::use_words;
use crate::session::Screen;

fn tell_loader(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Whether a new version is waiting, given the screen on show; asks the loader to check
/// whenever the start or result screen comes up. Only for an app that has its page to itself
/// (a widget sends its host page nothing, and has no service worker of its own).
#[hook]
pub fn use_update_ready(screen: Screen, enabled: bool) -> bool {
    let ready = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "backstep:update-ready", move |_| ready.set(true))
            });
            move || drop(listener)
        });
    }
    let offerable = enabled && matches!(screen, Screen::Start | Screen::Result);
    use_effect_with(screen, move |_| {
        if offerable {
            tell_loader("backstep:check-for-update");
        }
    });
    *ready && offerable
}

/// The offer itself.
#[function_component]
pub fn UpdateBanner() -> Html {
    let words = use_words();
    let onupdate = Callback::from(|_| tell_loader("backstep:apply-update"));
    html! {
        <aside class="update no-print" role="status" aria-labelledby="update-title">
            <p id="update-title"><strong>{ words.update_ready() }</strong></p>
            <p>{ words.update_note() }</p>
            <button type="button" class="button" onclick={onupdate}>{ words.update_now() }</button>
        </aside>
    }
}
