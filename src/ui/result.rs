//! The result: the advice first, then why, then (below urgent) the treatment ladder.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::icons::level_icon;
use super::ladder::LadderDrawing;
use super::reasons::{citations, Reasons};
use super::summary::Summary;
use super::{use_later_words, use_words};
use crate::content::Language;
use crate::engine::{ladder_option, Assessment, LadderStep, Level, TriState};
use crate::locale::EmergencyNumber;
use crate::questionnaire::{self, State};
use crate::session::{Action, Session};

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub session: Session,
    pub assessment: Assessment,
    pub onaction: Callback<Action>,
}

#[function_component]
pub fn ResultScreen(props: &ResultScreenProps) -> Html {
    let words = use_words();
    let later = use_later_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    // In Spanish, the person may add the English summary to the printout for the clinician.
    let english_too = use_state(|| false);
    // The English words, later ones included, fetched when the box is ticked (the page
    // loaded only the language on screen).
    let english = super::use_words_of(
        Language::English,
        *english_too && words.language() != Language::English,
        true,
        0,
    );
    let assessment = &props.assessment;
    let session = &props.session;
    let state = &session.questionnaire;
    let level = assessment.triage;
    let onchange = props
        .onaction
        .reform(|_| questionnaire::Action::Back.into());
    let onstartover = props.onaction.reform(|_| Action::AskStartOver);
    let onconfirm = props.onaction.reform(|_| Action::StartOver);
    let oncancel = props.onaction.reform(|_| Action::CancelStartOver);
    let onabout = props.onaction.reform(|_| Action::ShowAbout);
    let onprint = Callback::from(|event: MouseEvent| {
        if let Some(button) = event.target_dyn_into::<web_sys::Element>() {
            crate::web::print(&button);
        }
    });

    // "No" to "Start again?" gives focus back to the button that asked.
    let was_confirming = use_mut_ref(|| false);
    let refocus_start_over = *was_confirming.borrow() && !session.confirming_start_over;
    *was_confirming.borrow_mut() = session.confirming_start_over;

    // A non-emergency result waits for every red-flag answer.
    if !assessment.may_be_shown() {
        return html! {
            <main class="screen result" aria-labelledby="result-title">
                <h1 id="result-title" tabindex="-1" ref={heading}>{ later.result_title() }</h1>
                <p class="error">{ later.incomplete_result() }</p>
                <button type="button" class="button primary" onclick={onchange}>{ later.change_answers() }</button>
            </main>
        };
    }

    let call = (level == Level::Emergency).then(|| html! {
        <a class="button call" href={format!("tel:{}", session.emergency_number)}>{ words.emergency_call(session.emergency_number.as_str()) }</a>
    });

    // The one line that says why: the first reason at the result's own level.
    let reason_line = assessment
        .flags
        .iter()
        .find(|flag| flag.level == level)
        .map_or_else(|| words.no_reasons(), |flag| words.reason(flag.rule));

    // In layers: what to act on first (with print and keep), then the warning signs in
    // full, then the ladder and its folded options, then the folded reasons.
    html! {
        <>
        <main class="screen result no-print" aria-labelledby="result-title">
            <h1 id="result-title" tabindex="-1" ref={heading}>{ later.result_title() }</h1>
            { withdrawn_emergency(words, state, session.emergency_number) }
            <section class={format!("advice level-{}", level.id())} data-level={level.id()} aria-labelledby="advice-action">
                <div class="advice-head">
                    { level_icon(level) }
                    <p class="level-name">{ later.level_name(level) }<span class="timeframe">{ later.level_timeframe(level) }</span></p>
                </div>
                <h2 id="advice-action" class="advice-action">{ later.level_action(level) }</h2>
                { call }
                <p class="reason-line">{ reason_line }</p>
                if level != Level::SelfCare {
                    <p>{ later.level_detail(level) }</p>
                }
                if assessment.needs_sudden_pain_safety_net() {
                    <p class="safety-net"><strong>{ later.sudden_pain_safety_net() }</strong></p>
                }
                if level == Level::SelfCare {
                    { super::returning::reminder_button(words) }
                }
            </section>

            <div class="actions first">
                <button type="button" class="button primary" onclick={onprint}>{ later.print() }</button>
                { super::returning::keep_offer(words, session, &props.onaction) }
            </div>

            if level != Level::Emergency {
                <WarningSigns number={session.emergency_number} cancer={state.answers.may_have_had_cancer()} />
            }

            if assessment.shows_ladder() {
                <section class="helps-now" aria-labelledby="helps-now-title">
                    <h2 id="helps-now-title">{ later.what_helps() }</h2>
                    <p>{ later.step_summary(LadderStep::SelfCare) }</p>
                </section>
                <LadderSection {level} assessment={assessment.clone()} pregnant={state.pharmacist_first()} />
            }

            <details class="fold reasons-fold">
                <summary><h2 id="reasons-title">{ later.reasons_title() }</h2></summary>
                <Reasons flags={assessment.flags.clone()} />
            </details>

            // Only a clinic's guest build has a clinic to show: the start page's wasm leaves the card out.
            if cfg!(feature = "guest") {
                <super::ClinicCard />
            }
            // Self-care advises no appointment, so it says nothing about one.
            if level != Level::SelfCare {
                <details class="fold bring">
                    <summary><h2 id="bring-title">{ later.bring_title() }</h2></summary>
                    <ul>
                        if state.answers.recent_imaging == Some(TriState::Yes) { <li>{ later.bring_imaging() }</li> }
                        <li>{ later.bring_treatments() }</li>
                        <li>{ later.bring_medicines() }</li>
                    </ul>
                </details>
            }

            { super::summary::english_too_choice(words, &english_too, english) }
            <div class="actions more">
                <button type="button" class="link" onclick={onchange}>{ later.change_answers() }</button>
                if session.confirming_start_over {
                    <StartOverConfirm onconfirm={onconfirm} oncancel={oncancel} />
                } else {
                    <super::focus::FocusableButton class="link start-over" refocus={refocus_start_over} onclick={onstartover} label={later.start_over().to_string()} />
                }
                <button type="button" class="link" onclick={onabout}>{ words.about_link() }</button>
            </div>
        </main>
        <Summary session={session.clone()} assessment={assessment.clone()} english={(*english_too).then_some(english)} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StartOverConfirmProps {
    onconfirm: Callback<MouseEvent>,
    oncancel: Callback<MouseEvent>,
}

/// "Start again?" asked in place: it takes focus, so a keyboard or screen reader user is
/// where the question is.
#[function_component]
fn StartOverConfirm(props: &StartOverConfirmProps) -> Html {
    let later = use_later_words();
    let question = use_node_ref();
    use_focus_on_mount(question.clone());
    html! {
        <div class="confirm" role="group" aria-labelledby="confirm-start-over">
            <p id="confirm-start-over" tabindex="-1" ref={question}><strong>{ later.start_over_confirm() }</strong></p>
            <div class="confirm-buttons">
                <button type="button" class="button" onclick={props.onconfirm.clone()}>{ later.start_over_yes() }</button>
                <button type="button" class="button primary" onclick={props.oncancel.clone()}>{ later.start_over_no() }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct WarningSignsProps {
    number: EmergencyNumber,
    /// The person may have had cancer: the signs of spinal cord compression too.
    cancer: bool,
}

/// The emergency warning signs every result but an emergency lists, and what to do if one
/// appears (triage.md "What each level tells the person").
#[function_component]
fn WarningSigns(props: &WarningSignsProps) -> Html {
    let later = use_later_words();
    html! {
        <section class="warning-signs" aria-labelledby="warning-signs-title">
            <h2 id="warning-signs-title">{ later.warning_signs_title(props.number.as_str()) }</h2>
            <ul>
                { for later.emergency_signs().iter().map(|sign| html! { <li>{ *sign }</li> }) }
                if props.cancer { <li>{ later.cancer_emergency_sign() }</li> }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LadderSectionProps {
    level: Level,
    assessment: Assessment,
    pregnant: bool,
}

/// The ladder and the next step's options, as cards.
#[function_component]
fn LadderSection(props: &LadderSectionProps) -> Html {
    let words = use_words();
    let later = use_later_words();
    let clinic = super::use_clinic();
    let ladder = &props.assessment.ladder;
    let discuss = matches!(props.level, Level::Soon | Level::Routine);
    let next = LadderStep::from_number(ladder.next_step);
    html! {
        <section class="treatment" aria-labelledby="ladder-title">
            <h2 id="ladder-title">{ later.ladder_title() }</h2>
            if discuss { <p class="discuss">{ later.ladder_discuss() }</p> }
            <LadderDrawing ladder={ladder.clone()} />
            if let Some(step) = next {
                <h3>{ later.options_title() }{ ": " }{ words.step_name(step) }</h3>
            }
            if ladder.repeat_what_helped { <p>{ later.repeat_what_helped() }</p> }
            if ladder.pain_programme() {
                <p>{ later.pain_programme() }</p>
            } else if ladder.options.is_empty() {
                <p>{ later.no_option_fits() }</p>
            } else {
                <ul class="options">
                    { for ladder.options.iter().map(|&id| {
                        let text = later.option(id);
                        html! {
                            <li class="option-card" data-option={id.id()}>
                                <details>
                                    <summary>
                                        if clinic.services.contains(&id) { <span class="offered">{ later.offered_here() }</span> }
                                        <span class="option-name">{ words.option_name(id) }</span>
                                        // The option's line, as in the treatments question: short enough to
                                        // read whole on a phone; the card opens for the rest.
                                        <span class="option-line">{ words.option_line(id) }</span>
                                    </summary>
                                    <p>{ text.what }</p>
                                    <p><strong>{ later.what_to_expect() }</strong>{ " " }{ text.expect }</p>
                                    if !ladder_option(id).not_recommended_by.is_empty() {
                                        <p class="guideline-note">
                                            { later.guideline_note(id) }{ " " }
                                            <span class="sources">{ words.sources_label() }{ " " }<span lang="en">{ citations(ladder_option(id).not_recommended_by) }</span></span>
                                        </p>
                                    }
                                    <p class="sources">{ words.sources_label() }{ " " }<span lang="en">{ citations(ladder_option(id).sources) }</span></p>
                                </details>
                                // A caution is never folded away.
                                if props.pregnant && id == crate::engine::OptionId::OtcPainRelief {
                                    <p class="caution">{ later.pregnancy_pharmacist() }</p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// At the top of the result: an answer that raised an emergency, changed since by the person.
/// The change is theirs to make, but the result does not let it pass unsaid.
fn withdrawn_emergency(
    words: &crate::content::Words,
    state: &State,
    number: EmergencyNumber,
) -> Html {
    let later = super::later_words(words);
    let withdrawn = state.withdrawn_emergency_answers();
    if withdrawn.is_empty() {
        return html! {};
    }
    html! {
        <section class="notice emergency-changed" aria-labelledby="emergency-changed-title">
            <h2 id="emergency-changed-title">{ later.emergency_answer_changed_title() }</h2>
            <p>{ later.emergency_answer_changed(number.as_str()) }</p>
            <ul>
                { for withdrawn.into_iter().map(|question| html! {
                    <li>{ super::questions::question_label(words, question) }</li>
                }) }
            </ul>
            <a class="button call" href={format!("tel:{}", number)}>{ words.emergency_call(number.as_str()) }</a>
        </section>
    }
}
