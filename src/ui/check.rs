//! "Check your answers": every answer before the result, grouped by page with the warning
//! signs first, each with a "Change" link that goes to its page and comes straight back.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::questions::question_label;
use super::summary::answer_text;
use super::{use_later_words, use_words};
use crate::content::Words;
use crate::engine::TriState;
use crate::questionnaire::{is_optional, Action, Page, Question, State, Step};

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub state: State,
    pub onaction: Callback<Action>,
}

#[function_component]
pub fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let words = use_words();
    let later = use_later_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let state = &props.state;
    let (at, of) = state.progress(Step::Check).unwrap_or((1, 1));
    let onresult = props.onaction.reform(|_| Action::SeeResult);
    let onback = props.onaction.reform(|_| Action::Back);
    html! {
        <main class="screen check" aria-labelledby="check-title">
            <p class="progress">
                { words.progress(at, of) }
                <progress max={of.to_string()} value={at.to_string()} aria-hidden="true"></progress>
            </p>
            <h1 id="check-title" tabindex="-1" ref={heading}>{ later.check_title() }</h1>
            <p class="lead">{ later.check_lead() }</p>
            { for state.pages().into_iter().map(|page| {
                let questions = shown_questions(state, page);
                // A step's only answer is named by the step's heading already: its question
                // is read out, not shown twice.
                let label_class = (questions.len() == 1).then_some("visually-hidden");
                html! {
                // One Change a step, beside its heading, as GOV.UK's summary cards put one
                // action on a card: a keyboard passes one button a step, not one an answer.
                <section class="check-group" data-page={page.index().to_string()} aria-labelledby={format!("check-{}", page.index())}>
                    <div class="check-head">
                        <h2 id={format!("check-{}", page.index())}>{ words.page_title(page) }</h2>
                        <button type="button" class="link check-change" onclick={props.onaction.reform(move |_| Action::Change(page))}>
                            { later.change() }<span class="visually-hidden">{ " " }{ words.page_title(page) }</span>
                        </button>
                    </div>
                    <dl class="check-list">
                        if none_of_these(state, page) {
                            // A group answered "None of these" is one line, as it was one tap.
                            <div class="check-row none" data-question={format!("none-{}", page.index())}>
                                <dt>{ words.none_of_these() }</dt>
                            </div>
                        } else {
                        { for questions.iter().map(|&question| {
                            let label = question_label(words, question);
                            html! {
                                <div class="check-row" data-question={question.id()}>
                                    <dt class={label_class}>{ label }</dt>
                                    <dd class="answer">{ answer(words, state, question) }</dd>
                                </div>
                            }
                        }) }
                        }
                    </dl>
                </section>
                }
            }) }
            <div class="actions">
                <button type="button" class="button" onclick={onback}>{ words.back() }</button>
                <button type="button" class="button primary" onclick={onresult}>{ later.see_result() }</button>
            </div>
        </main>
    }
}

/// The questions of `page` that have a line: an optional one only once answered.
fn shown_questions(state: &State, page: Page) -> Vec<Question> {
    state
        .questions(page)
        .into_iter()
        .filter(|&question| match question {
            Question::Field(field) if is_optional(field) => state.answers.is_answered(field),
            _ => true,
        })
        .collect()
}

/// Whether every item of a screening page is "no".
fn none_of_these(state: &State, page: Page) -> bool {
    page.is_screening()
        && state
            .questions(page)
            .into_iter()
            .all(|question| match question {
                Question::Item(item) => state.items.get(item) == Some(TriState::No),
                Question::Field(_) => false,
            })
}

/// An answer in words.
fn answer(words: &Words, state: &State, question: Question) -> String {
    let later = super::later_words(words);
    match question {
        Question::Item(item) => match state.items.get(item) {
            Some(TriState::Yes) => words.yes(),
            Some(TriState::No) => words.no(),
            Some(TriState::Unsure) => words.unsure(),
            None => later.summary_not_answered(),
        }
        .to_string(),
        Question::Field(field) => answer_text(words, state, field),
    }
}
