//! The printable summary: the advice, the reasons, the answers, the date and the content
//! version, on one or two clean pages for the person to hand to a clinician. It is drawn
//! with the result but shown only in print. The answers come warning signs first, each
//! "yes" or "not sure" among them marked in words (a colour alone does not print), then the rest under short
//! headings; in a language other than English the person may add the English summary after
//! their own, on a page of its own, for a clinician who reads only English.

use yew::prelude::*;

use super::reasons::{citations, uncertain_note};
use super::{use_words, Loading};
use crate::content::{Language, Words, CONTENT_VERSION};
use crate::engine::{rule, Assessment, Field, LadderStep, Level, TriState};
use crate::questionnaire::{input_for, is_warning_answer, printed_groups, Choice, Input, State};
use crate::session::Session;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub session: Session,
    pub assessment: Assessment,
    /// Print the English summary after this one (chosen on a result in another language):
    /// the English words, once they are loaded.
    #[prop_or_default]
    pub english: Option<Loading>,
}

#[function_component]
pub fn Summary(props: &SummaryProps) -> Html {
    let words = use_words();
    let english = match props.english {
        Some(Loading::Ready(english)) if words.language() != Language::English => Some(english),
        _ => None,
    };
    html! {
        <div class="summary print-only" aria-hidden="true">
            { summary_copy(words, &props.session, &props.assessment) }
            if let Some(english) = english { { summary_copy(english, &props.session, &props.assessment) } }
        </div>
    }
}

/// On a result in another language than English, the tick box that adds the English
/// summary to the printout; nothing in English, where the summary is English already. If
/// the English words could not be fetched, it says so under the box.
pub fn english_too_choice(
    words: &Words,
    english_too: &UseStateHandle<bool>,
    english: Loading,
) -> Html {
    let later = super::later_words(words);
    if words.language() == Language::English {
        return Html::default();
    }
    let onchange = {
        let english_too = english_too.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            english_too.set(input.checked());
        })
    };
    html! {
        <>
        <label class="choice print-english">
            <input type="checkbox" checked={**english_too} {onchange} />
            <span>{ later.print_english_too() }</span>
        </label>
        if **english_too && english == Loading::Failed {
            // The other language's name is English's, in this language (two languages).
            <p class="language-failed" role="alert">{ words.language_failed(words.switch_language()) }</p>
        }
        </>
    }
}

/// One whole summary in one language: the same state and assessment, that catalogue's words.
fn summary_copy(words: &'static Words, session: &Session, assessment: &Assessment) -> Html {
    let later = super::later_words(words);
    let state = &session.questionnaire;
    let level = assessment.triage;
    let next =
        LadderStep::from_number(assessment.ladder.next_step).filter(|_| level < Level::Urgent);
    html! {
        <section class="summary-copy" lang={words.lang()}>
            <h1>{ later.summary_title() }</h1>
            <p>{ later.summary_date() }{ " " }{ today(words.lang()) }{ " · " }{ later.content_version() }{ " " }{ CONTENT_VERSION }</p>
            <h2>{ later.level_name(level) }{ ": " }{ later.level_action(level) }</h2>
            if assessment.needs_sudden_pain_safety_net() {
                <p><strong>{ later.sudden_pain_safety_net() }</strong></p>
            }
            if level != Level::Emergency {
                <h3>{ later.warning_signs_title(session.emergency_number.as_str()) }</h3>
                // One paragraph, not a list of ten: the summary stays within two pages.
                <p class="summary-warning-signs">{ warning_signs_line(words, state.answers.may_have_had_cancer()) }</p>
            }
            <h3>{ later.reasons_title() }</h3>
            if assessment.flags.is_empty() {
                <p>{ words.no_reasons() }</p>
            } else {
                <ul>
                    { for assessment.flags.iter().map(|flag| html! {
                        <li>
                            { words.reason(flag.rule) }
                            if flag.uncertain { { " " }{ uncertain_note(words, flag.rule) } }
                            { " (" }<span lang="en">{ citations(rule(flag.rule).sources) }</span>{ ")" }
                        </li>
                    }) }
                </ul>
            }
            if let Some(step) = next {
                <h3>{ later.ladder_title() }</h3>
                <p>{ later.next_step() }{ ": " }{ words.step_name(step) }</p>
                if !assessment.ladder.options.is_empty() {
                    <p>{ assessment.ladder.options.iter().map(|&id| words.option_name(id)).collect::<Vec<_>>().join(", ") }</p>
                }
            }
            <h3>{ later.summary_answers() }</h3>
            { for printed_groups(&state.answers).into_iter().map(|(group, fields)| {
                html! {
                    <section class="answer-group" data-group={group.id()}>
                        <h4>{ later.summary_group(group) }</h4>
                        <dl class="answers">
                            { for fields.into_iter().map(|field| answer_row(words, state, field)) }
                        </dl>
                    </section>
                }
            }) }
            if let Some(kept) = &session.keeping.kept {
                // The diary, for the clinician: did the treatment tried help?
                { super::returning::diary_chart(words, kept, session.keeping.today, &format!("print-{}", words.lang())) }
            }
            <p class="notice">{ later.summary_not_a_diagnosis() }</p>
        </section>
    }
}

/// The emergency warning signs as one line for the printout, the cancer one with them where
/// it applies.
fn warning_signs_line(words: &Words, cancer: bool) -> String {
    let later = super::later_words(words);
    let mut signs: Vec<&str> = later.emergency_signs().to_vec();
    if cancer {
        signs.push(later.cancer_emergency_sign());
    }
    signs.join("; ")
}

/// One question and its answer; a warning sign answered "yes" or "not sure" carries the
/// mark in bold words before the question, which prints in black and white.
fn answer_row(words: &Words, state: &State, field: Field) -> Html {
    let later = super::later_words(words);
    let marked = is_warning_answer(field, &state.answers);
    html! {
        <div class={if marked { "answer warning" } else { "answer" }} data-field={field.name()}>
            <dt>
                if marked { <strong class="warning-mark">{ later.summary_warning_mark() }</strong>{ " " } }
                { words.question(field).label }
            </dt>
            if field == Field::Relief {
                // One line per treatment tried, each with how much it helped.
                <dd>{ for relief_lines(words, state).into_iter().map(|line| html! { <span class="line">{ line }</span> }) }</dd>
            } else {
                <dd>{ answer_text(words, state, field) }</dd>
            }
        </div>
    }
}

/// How much each treatment tried helped, one "Name: answer" per treatment, in the order
/// they were ticked.
fn relief_lines(words: &Words, state: &State) -> Vec<String> {
    let answers = &state.answers;
    answers
        .treatments_tried
        .iter()
        .flatten()
        .map(|&option| {
            format!(
                "{}: {}",
                words.option_name(option),
                words.choice(Choice::Relief(answers.relief_of(option)))
            )
        })
        .collect()
}

/// One answer as the person gave it, in words.
pub fn answer_text(words: &Words, state: &State, field: Field) -> String {
    let later = super::later_words(words);
    let answers = &state.answers;
    if !answers.is_answered(field) {
        return later.summary_not_answered().to_string();
    }
    match input_for(field) {
        Input::TriState => match answers.tri_state(field) {
            Some(TriState::Yes) => words.yes(),
            Some(TriState::No) => words.no(),
            Some(TriState::Unsure) => words.unsure(),
            None => later.summary_not_answered(),
        }
        .to_string(),
        Input::Choice(_) => Choice::of(answers, field)
            .map(|choice| words.choice(choice))
            .unwrap_or_default()
            .to_string(),
        Input::Age => state.drafts.age.trim().to_string(),
        Input::Duration => {
            words.duration_amount(&state.drafts.duration, state.drafts.duration_unit)
        }
        Input::PainScore => answers
            .pain_score
            .map(|score| format!("{score} / 10"))
            .unwrap_or_default(),
        Input::Weeks => state.drafts.pt_weeks.trim().to_string(),
        Input::Relief => relief_lines(words, state).join("; "),
        Input::Treatments => match answers.treatments_tried.as_deref() {
            Some([]) | None => words.none_tried().to_string(),
            Some(tried) => tried
                .iter()
                .map(|&id| words.option_name(id))
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
