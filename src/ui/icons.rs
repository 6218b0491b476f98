//! The level icons, as inline SVG: each level has its own shape, so the result never relies
//! on colour alone.

use yew::prelude::*;

use crate::engine::Level;

/// The icon of a level; decorative (the level's name is written beside it).
pub fn level_icon(level: Level) -> Html {
    let shape = match level {
        // A warning triangle with an exclamation mark.
        Level::Emergency => html! {
            <>
                <path d="M12 2 1 21h22L12 2z" />
                <path class="mark" d="M11 9h2v6h-2zM11 17h2v2h-2z" />
            </>
        },
        // A clock: today.
        Level::Urgent => html! {
            <>
                <circle cx="12" cy="12" r="10" />
                <path class="mark" d="M11 6h2v6.4l4 2.3-1 1.7-5-2.9z" />
            </>
        },
        // A calendar: within days.
        Level::Soon => html! {
            <>
                <rect x="3" y="4" width="18" height="17" rx="2" />
                <path class="mark" d="M5 9h14v10H5zM7 2h2v4H7zM15 2h2v4h-2z" />
            </>
        },
        // A clipboard: a routine appointment.
        Level::Routine => html! {
            <>
                <rect x="4" y="3" width="16" height="19" rx="2" />
                <path class="mark" d="M8 8h8v2H8zM8 12h8v2H8zM8 16h5v2H8z" />
            </>
        },
        // A house: care at home.
        Level::SelfCare => html! {
            <>
                <path d="M12 2 1 11h3v10h16V11h3L12 2z" />
                <path class="mark" d="M10 14h4v7h-4z" />
            </>
        },
    };
    html! {
        <svg class="level-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
            { shape }
        </svg>
    }
}
