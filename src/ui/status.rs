//! The app's one status region. It is on the page from the first draw, empty, so that what
//! is put in it later is read out: a region drawn together with its words often is not.
//! What it says is the session's `Announcement`: a change the person confirmed whose
//! result is not where their focus goes.

use yew::prelude::*;

use crate::content::Words;
use crate::session::Announcement;

/// The region, with what it says now (nothing, most of the time).
pub fn status_region(words: &Words, announcement: Option<Announcement>) -> Html {
    let said = announcement.map(|announcement| match announcement {
        Announcement::StartedAgain => words.started_again(),
        Announcement::Forgotten => words.forgotten(),
        Announcement::Kept => words.kept_note(),
        Announcement::SetAside => words.set_aside(),
    });
    html! {
        <p class="visually-hidden status-region" role="status">{ said.unwrap_or_default() }</p>
    }
}
