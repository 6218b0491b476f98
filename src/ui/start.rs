//! The start screen: what backstep is, the emergency warning signs, and the start button.

use yew::prelude::*;

use crate::content::Words;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub words: &'static Words,
}

/// The same screen `index.html` shows statically before the wasm loads, now live.
#[function_component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let words = props.words;
    html! {
        <main class="screen start" aria-labelledby="start-title">
            <h1 id="start-title">{ words.start_title }</h1>
            <p class="lead">{ words.start_lead }</p>
            <button type="button" class="button primary">{ words.start_button }</button>
            <section class="warning-signs" aria-labelledby="warning-title">
                <h2 id="warning-title">{ words.warning_title }</h2>
                <ul>
                    { for words.warning_signs.iter().map(|sign| html! { <li>{ *sign }</li> }) }
                </ul>
            </section>
            <p class="notice">{ words.not_a_diagnosis }</p>
        </main>
    }
}
