//! The emergency panel: what to do now and why, the moment an answer calls for it.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::reasons::Reasons;
use super::{icons::level_icon, use_words};
use crate::engine::{Assessment, Level};
use crate::questionnaire::Action;

#[derive(Properties, PartialEq)]
pub struct EmergencyPanelProps {
    pub assessment: Assessment,
    pub number: String,
    pub onaction: Callback<Action>,
}

/// Replaces the questions as soon as the engine says emergency: its heading and what to do
/// announced to screen readers, focused (once the person has acted: see `FocusGate`), and
/// in the same colours whatever the host page uses.
#[function_component]
pub fn EmergencyPanel(props: &EmergencyPanelProps) -> Html {
    let words = use_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let flags: Vec<_> = props
        .assessment
        .flags
        .iter()
        .filter(|flag| flag.level == Level::Emergency)
        .cloned()
        .collect();
    let onacknowledge = props.onaction.reform(|_| Action::AcknowledgeEmergency);

    html! {
        <main class="screen">
            <section class="emergency" aria-labelledby="emergency-title">
                // The live region is the heading and the one sentence of what to do, not the
                // whole panel: an alert is read out in full the moment it appears, and a
                // frightened person needs those words first, not 120 of them. The rest is
                // read from the focused heading on.
                <div class="emergency-alert" role="alert">
                    <div class="emergency-head">
                        { level_icon(Level::Emergency) }
                        <h1 id="emergency-title" tabindex="-1" ref={heading}>{ words.emergency_title() }</h1>
                    </div>
                    <p class="emergency-action">{ words.emergency_do_now() }</p>
                </div>
                if props.assessment.needs_ambulance() {
                    <p class="emergency-ambulance"><strong>{ words.emergency_ambulance() }</strong></p>
                }
                <a class="button call" href={format!("tel:{}", props.number)}>{ words.emergency_call(&props.number) }</a>
                <p>{ words.emergency_why() }</p>
                <Reasons {flags} />
                <ul class="while-waiting">
                    { for words.emergency_while_waiting().iter().map(|tip| html! { <li>{ *tip }</li> }) }
                </ul>
            </section>
            <div class="actions">
                <button type="button" class="button acknowledge" onclick={onacknowledge}>{ words.emergency_acknowledge() }</button>
            </div>
        </main>
    }
}
