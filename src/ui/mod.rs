//! Yew components: thin views over the engine and the word catalogues.

mod start;

pub use start::StartScreen;

use yew::prelude::*;

use crate::content::EN;

/// The whole app, as mounted into a page's root element.
#[function_component]
pub fn App() -> Html {
    html! { <StartScreen words={&EN} /> }
}
