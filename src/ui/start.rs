//! The start screen: what backstep is, the emergency warning signs, the emergency number,
//! and the start button.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::use_words;
use crate::locale;
use crate::session::Action;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub number: String,
    pub onaction: Callback<Action>,
    /// What an earlier visit kept, when the person chose to keep it: ways back in.
    #[prop_or_default]
    pub children: Html,
}

/// The same screen `index.html` shows statically before the wasm loads, now live.
#[function_component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let words = use_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let onstart = props.onaction.reform(|_| Action::Start);
    let onabout = props.onaction.reform(|_| Action::ShowAbout);

    html! {
        <main class="screen start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1" ref={heading}>{ words.start_title() }</h1>
            <p class="lead">{ words.start_lead() }</p>
            // In a row of its own, as index.html's static Start button is (with its loading
            // text beside it), so the screen does not move when the app replaces that one.
            <div class="start-row">
                <button type="button" class="button primary begin" onclick={onstart}>{ words.start_button() }</button>
            </div>
            { props.children.clone() }
            <section class="warning-signs" aria-labelledby="warning-title">
                <h2 id="warning-title">{ words.warning_title() }</h2>
                <ul>
                    { for words.warning_signs().iter().map(|sign| html! { <li>{ *sign }</li> }) }
                </ul>
                <EmergencyNumber number={props.number.clone()} onaction={props.onaction.clone()} />
            </section>
            // Only a clinic's guest build has a clinic to show: the start page's wasm leaves the card out.
            if cfg!(feature = "guest") {
                <super::ClinicCard />
            }
            <p class="notice">{ words.not_a_diagnosis() }</p>
            <p><button type="button" class="link" onclick={onabout}>{ words.about_link() }</button></p>
        </main>
    }
}

/// The emergency number in use, and a small form to change it.
#[function_component]
fn EmergencyNumber(props: &StartScreenProps) -> Html {
    let words = use_words();
    let editing = use_state(|| false);
    let invalid = use_state(|| false);
    let input = use_node_ref();

    if !*editing {
        let onchange = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(true))
        };
        return html! {
            <p class="emergency-number">
                { words.emergency_number_label() }{ " " }
                <a class="tel" href={format!("tel:{}", props.number)}>{ &props.number }</a>{ " " }
                <button type="button" class="link" onclick={onchange}>{ words.emergency_number_change() }</button>
            </p>
        };
    }

    let onsubmit = {
        let (editing, invalid, input, onaction) = (
            editing.clone(),
            invalid.clone(),
            input.clone(),
            props.onaction.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            match locale::EmergencyNumber::parse(&value) {
                Ok(number) => {
                    onaction.emit(Action::SetEmergencyNumber(number));
                    invalid.set(false);
                    editing.set(false);
                }
                Err(problem) => {
                    web_sys::console::warn_1(
                        &format!("backstep: the emergency number {problem}; kept the one in use")
                            .into(),
                    );
                    invalid.set(true);
                }
            }
        })
    };
    html! {
        <form class="emergency-number-form" {onsubmit} novalidate=true>
            <label for="emergency-number">{ words.emergency_number_label() }</label>
            <input id="emergency-number" ref={input} type="text" inputmode="numeric" autocomplete="off"
                value={props.number.clone()} maxlength="6"
                aria-invalid={(*invalid).then_some("true")}
                aria-describedby={(*invalid).then_some("emergency-number-error")} />
            <button type="submit" class="button">{ words.emergency_number_save() }</button>
            if *invalid {
                <p id="emergency-number-error" class="error" role="alert">{ words.emergency_number_invalid() }</p>
            }
        </form>
    }
}
