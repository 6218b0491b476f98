//! The printable summary: the advice, the reasons, the answers, the date and the content
//! version, on one or two clean pages for the person to hand to a clinician. It is drawn
//! with the result but shown only in print.

use yew::prelude::*;

use super::reasons::{citations, uncertain_note};
use super::use_words;
use crate::content::{Words, CONTENT_VERSION};
use crate::engine::{rule, Assessment, Field, LadderStep, Level, TriState};
use crate::questionnaire::{choice_of, input_for, is_asked, Input, State};

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub state: State,
    pub assessment: Assessment,
}

#[function_component]
pub fn Summary(props: &SummaryProps) -> Html {
    let words = use_words();
    let assessment = &props.assessment;
    let state = &props.state;
    let level = assessment.triage;
    let next =
        LadderStep::from_number(assessment.ladder.next_step).filter(|_| level < Level::Urgent);
    html! {
        <section class="summary print-only" aria-hidden="true">
            <h1>{ words.summary_title }</h1>
            <p>{ words.summary_date }{ " " }{ today(words.lang) }{ " · " }{ words.content_version }{ " " }{ CONTENT_VERSION }</p>
            <h2>{ (words.level_name)(level) }{ ": " }{ (words.level_action)(level) }</h2>
            <h3>{ words.reasons_title }</h3>
            if assessment.flags.is_empty() {
                <p>{ words.no_reasons }</p>
            } else {
                <ul>
                    { for assessment.flags.iter().map(|flag| html! {
                        <li>
                            { (words.reason)(flag.rule) }
                            if flag.uncertain { { " " }{ uncertain_note(words, flag.rule) } }
                            { " (" }<span lang="en">{ citations(rule(flag.rule).sources) }</span>{ ")" }
                        </li>
                    }) }
                </ul>
            }
            if let Some(step) = next {
                <h3>{ words.ladder_title }</h3>
                <p>{ words.next_step }{ ": " }{ (words.step_name)(step) }</p>
                if !assessment.ladder.options.is_empty() {
                    <p>{ assessment.ladder.options.iter().map(|&id| (words.option)(id).name).collect::<Vec<_>>().join(", ") }</p>
                }
            }
            <h3>{ words.summary_answers }</h3>
            <dl class="answers">
                { for Field::ALL.into_iter().filter(|&field| is_asked(field, &state.answers)).map(|field| html! {
                    <div class="answer">
                        <dt>{ (words.question)(field).label }</dt>
                        <dd>{ answer_text(words, state, field) }</dd>
                    </div>
                }) }
            </dl>
            <p class="notice">{ words.not_a_diagnosis }</p>
        </section>
    }
}

/// One answer as the person gave it, in words.
pub fn answer_text(words: &Words, state: &State, field: Field) -> String {
    let answers = &state.answers;
    if !answers.is_answered(field) {
        return words.summary_not_answered.to_string();
    }
    match input_for(field) {
        Input::TriState => match answers.tri_state(field) {
            Some(TriState::Yes) => words.yes,
            Some(TriState::No) => words.no,
            Some(TriState::Unsure) => words.unsure,
            None => words.summary_not_answered,
        }
        .to_string(),
        Input::Choice(_) => choice_of(answers, field)
            .map(|id| (words.choice)(field, id))
            .unwrap_or_default()
            .to_string(),
        Input::Age => state.drafts.age.trim().to_string(),
        Input::Duration => format!(
            "{} {}",
            state.drafts.duration.trim(),
            (words.duration_unit)(state.drafts.duration_unit)
        ),
        Input::PainScore => answers
            .pain_score
            .map(|score| format!("{score} / 10"))
            .unwrap_or_default(),
        Input::Weeks => state.drafts.pt_weeks.trim().to_string(),
        Input::Relief => answers
            .treatments_tried
            .iter()
            .flatten()
            .map(|&option| {
                let relief = answers.relief_of(option);
                format!(
                    "{}: {}",
                    (words.option)(option).name,
                    (words.choice)(field, relief.id())
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        Input::Treatments => match answers.treatments_tried.as_deref() {
            Some([]) | None => words.none_tried.to_string(),
            Some(tried) => tried
                .iter()
                .map(|&id| (words.option)(id).name)
                .collect::<Vec<_>>()
                .join(", "),
        },
    }
}

/// Today's date in the language's own format.
fn today(lang: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    js_sys::Date::new_0()
        .to_locale_date_string(lang, &options)
        .into()
}
