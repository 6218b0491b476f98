//! One page of the questionnaire, and a component per kind of question.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::use_words;
use crate::content::Words;
use crate::engine::{Field, LadderStep, Relief, TriState};
use crate::questionnaire::{
    input_for, is_optional, Action, Choice, DurationUnit, Input, Item, Page, Problem, Question,
    State, Step,
};
use wasm_bindgen::JsCast;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub page: Page,
    pub state: State,
    pub onaction: Callback<Action>,
}

#[function_component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let words = use_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let page = props.page;
    let state = &props.state;
    let problems = if state.show_problems {
        state.problems(page)
    } else {
        Vec::new()
    };
    let (at, of) = state.progress(Step::Questions(page)).unwrap_or((1, 1));

    let onsubmit = props.onaction.reform(|event: SubmitEvent| {
        event.prevent_default();
        Action::Next
    });
    let onback = props.onaction.reform(|_| Action::Back);
    let onnone = props.onaction.reform(|_| Action::NoneOfThese);
    let draw = |question: Question| {
        let problem = problems
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, p)| *p);
        match question {
            Question::Item(item) => {
                item_question(words, item, state.items.get(item), problem, &props.onaction)
            }
            Question::Field(field) => field_question(words, field, state, problem, &props.onaction),
        }
    };
    let (optional, required): (Vec<Question>, Vec<Question>) = state
        .questions(page)
        .into_iter()
        .partition(|question| matches!(question, Question::Field(field) if is_optional(*field)));

    html! {
        <main class="screen questions" aria-labelledby="page-title">
            <p class="progress">
                { words.progress(at, of) }
                <progress max={of.to_string()} value={at.to_string()} aria-hidden="true"></progress>
            </p>
            <h1 id="page-title" tabindex="-1" ref={heading}>{ words.page_title(page) }</h1>
            if state.rechecking {
                <p class="notice diary-worse" role="status">{ words.diary_worse() }</p>
            }
            <p class="lead">{ words.page_intro(page) }</p>
            if !problems.is_empty() {
                <ProblemSummary problems={problems.clone()} />
            }
            if page.is_screening() {
                <div class="none-of-these-row">
                    if state.some_items_answered(page) {
                        <button type="button" class="button primary none-of-these" onclick={onnone}>{ words.no_to_the_rest() }</button>
                        <p class="hint">{ words.rest_keeps_answers() }</p>
                    } else {
                        <button type="button" class="button primary none-of-these" onclick={onnone}>{ words.none_of_these() }</button>
                        <p class="hint">{ words.or_answer_each() }</p>
                    }
                </div>
            }
            <form {onsubmit} novalidate=true>
                { for required.into_iter().map(&draw) }
                if !optional.is_empty() {
                    // What a clinician has said: never needed for a result, so folded away.
                    <details class="optional-questions">
                        <summary>{ words.optional_questions() }</summary>
                        { for optional.into_iter().map(draw) }
                    </details>
                }
                <div class="actions">
                    <button type="button" class="button" onclick={onback}>{ words.back() }</button>
                    <button type="submit" class="button primary">{ words.next() }</button>
                </div>
            </form>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct ProblemSummaryProps {
    problems: Vec<(Question, Problem)>,
}

/// What stops the page from going on: one line per question that is missing or wrong, each a
/// link that moves focus to that question (no hash, no history entry; inside a widget's
/// shadow root too). Announced and focused, so a keyboard user lands on it.
#[function_component]
fn ProblemSummary(props: &ProblemSummaryProps) -> Html {
    let words = use_words();
    let summary = use_node_ref();
    {
        // Focus it every time the person tries to go on with something missing.
        let summary = summary.clone();
        let count = props.problems.len();
        use_effect_with(count, move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    html! {
        <section class="problems" role="alert" aria-labelledby="problems-title" tabindex="-1" ref={summary}>
            <h2 id="problems-title">{ words.problems_title() }</h2>
            <ul>
                { for props.problems.iter().map(|&(question, _)| {
                    let id = question.id();
                    let onclick = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        focus_question(&event, id);
                    });
                    html! {
                        <li><a href={format!("#q-{id}")} {onclick}>{ question_label(words, question) }</a></li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// Moves focus to the first control of question `id`, found from the link that was followed
/// (so it works in a page and inside a widget's shadow root alike).
fn focus_question(event: &MouseEvent, id: &str) {
    let Some(link) = event.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(screen)) = link.closest(".screen") else {
        return;
    };
    let selector = format!("#q-{id} input, #q-{id} select");
    if let Ok(Some(control)) = screen.query_selector(&selector) {
        if let Ok(control) = control.dyn_into::<web_sys::HtmlElement>() {
            let _ = control.focus();
        }
    }
}

/// The label of a question, as the page and the check-your-answers list show it.
pub fn question_label(words: &Words, question: Question) -> &str {
    match question {
        Question::Item(item) => words.item(item).label,
        Question::Field(field) => words.question(field).label,
    }
}

fn problem_text(words: &Words, field: Field, problem: Problem) -> String {
    match problem {
        Problem::Unanswered => words.unanswered().to_string(),
        Problem::Number(number) => words.number_problem(field, number),
    }
}

/// One screening item: yes, no or not sure. A plain function rather than a component, as
/// every question renderer is: it keeps no state, and each component costs the wasm its own
/// copy of Yew's component machinery. Its root is keyed by the item, as the
/// component was, so a question that comes or goes leaves the others' elements in place.
fn item_question(
    words: &'static Words,
    item: Item,
    answer: Option<TriState>,
    problem: Option<Problem>,
    onaction: &Callback<Action>,
) -> Html {
    let name = item.id();
    let text = words.item(item);
    let Described {
        hint_id,
        error_id,
        described,
    } = Described::new(name, !text.hint.is_empty(), problem.is_some());
    let options = tri_state_options(words);
    // Plain strings rather than `classes!`, whose set of names costs the wasm more.
    let class = format!(
        "question item{}{}",
        if item.is_follow_up() {
            " follow-up"
        } else {
            ""
        },
        if problem.is_some() { " invalid" } else { "" }
    );
    html! {
        <fieldset key={name} id={format!("q-{name}")} {class} data-field={item.field().name()} aria-describedby={described}>
            <legend>{ text.label }</legend>
            if !text.hint.is_empty() { <p class="hint" id={hint_id.clone()}>{ text.hint }</p> }
            if problem.is_some() { <p class="error" id={error_id.clone()}>{ words.unanswered() }</p> }
            <div class="choices tri">
                { for options.into_iter().map(|(value, label)| {
                    let onchange = onaction.reform(move |_| Action::SetItem(item, value));
                    radio(name, value.id(), label, answer == Some(value), onchange)
                }) }
            </div>
        </fieldset>
    }
}

/// A question's hint and error ids, and what its `aria-describedby` names: its hint, its
/// error, both or none.
struct Described {
    hint_id: String,
    error_id: String,
    described: Option<String>,
}

impl Described {
    fn new(name: &str, hint: bool, error: bool) -> Self {
        let hint_id = format!("q-{name}-hint");
        let error_id = format!("q-{name}-error");
        let described = match (hint, error) {
            (false, false) => None,
            (true, false) => Some(hint_id.clone()),
            (false, true) => Some(error_id.clone()),
            (true, true) => Some(format!("{hint_id} {error_id}")),
        };
        Self {
            hint_id,
            error_id,
            described,
        }
    }
}

/// Yes, no and not sure, in the order every tri-state question offers them.
fn tri_state_options(words: &Words) -> [(TriState, &str); 3] {
    [
        (TriState::Yes, words.yes()),
        (TriState::No, words.no()),
        (TriState::Unsure, words.unsure()),
    ]
}

/// One question, drawn as its kind of input asks (a plain function, keyed by the field: see
/// `item_question`).
fn field_question(
    words: &'static Words,
    field: Field,
    state: &State,
    problem: Option<Problem>,
    onaction: &Callback<Action>,
) -> Html {
    let name = field.name();
    let text = words.question(field);
    let Described {
        hint_id,
        error_id,
        described,
    } = Described::new(name, !text.hint.is_empty(), problem.is_some());
    let hint = (!text.hint.is_empty())
        .then(|| html! { <p class="hint" id={hint_id.clone()}>{ text.hint }</p> });
    let error = problem.map(|problem| {
        html! {
            <p class="error" id={error_id.clone()}>{ problem_text(words, field, problem) }</p>
        }
    });
    let invalid = problem.is_some();
    let class = if invalid {
        "question invalid"
    } else {
        "question"
    };
    let answers = &state.answers;

    match input_for(field) {
        Input::TriState => {
            let current = answers.tri_state(field);
            let options = tri_state_options(words);
            html! {
                <fieldset key={name} id={format!("q-{name}")} {class} data-field={name} aria-describedby={described}>
                    <legend>{ text.label }</legend>
                    { hint }{ error }
                    <div class="choices tri">
                        { for options.into_iter().map(|(value, label)| {
                            let onchange = onaction.reform(move |_| Action::SetTriState(field, value));
                            radio(name, value.id(), label, current == Some(value), onchange)
                        }) }
                    </div>
                </fieldset>
            }
        }
        Input::Choice(choices) => {
            let current = Choice::of(answers, field);
            html! {
                <fieldset key={name} id={format!("q-{name}")} {class} data-field={name} aria-describedby={described}>
                    <legend>{ text.label }</legend>
                    { hint }{ error }
                    <div class="choices">
                        { for choices.iter().map(|&choice| {
                            let onchange = onaction.reform(move |_| Action::SetChoice(choice));
                            radio(name, choice.id(), words.choice(choice), current == Some(choice), onchange)
                        }) }
                    </div>
                </fieldset>
            }
        }
        Input::PainScore => {
            let current = answers.pain_score;
            html! {
                // The two ends explain the numbers: read with the scale, after its hint.
                <fieldset key={name} id={format!("q-{name}")} {class} data-field={name} aria-describedby={
                    match described {
                        Some(described) => format!("{described} {name}-ends"),
                        None => format!("{name}-ends"),
                    }
                }>
                    <legend>{ text.label }</legend>
                    { hint }{ error }
                    <div class="choices scale">
                        { for (0..=10u8).map(|score| {
                            let onchange = onaction.reform(move |_| Action::SetPainScore(score));
                            radio(name, SCORES[score as usize], SCORES[score as usize], current == Some(score), onchange)
                        }) }
                    </div>
                    <p class="scale-ends" id={format!("{name}-ends")}><span>{ words.pain_score_low() }</span><span>{ words.pain_score_high() }</span></p>
                </fieldset>
            }
        }
        Input::Age | Input::Weeks => {
            let value = if field == Field::Age {
                &state.drafts.age
            } else {
                &state.drafts.pt_weeks
            };
            let oninput = onaction.reform(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                Action::SetText(field, input.value())
            });
            html! {
                <div key={name} id={format!("q-{name}")} {class} data-field={name}>
                    <label for={format!("q-{name}-input")}>{ text.label }</label>
                    { hint }{ error }
                    <input id={format!("q-{name}-input")} type="text" class="number"
                        inputmode={if field == Field::Age { "numeric" } else { "decimal" }}
                        autocomplete="off" value={value.clone()} {oninput}
                        aria-invalid={invalid.then_some("true")} aria-describedby={described} />
                </div>
            }
        }
        Input::Duration => {
            let drafts = &state.drafts;
            let oninput = onaction.reform(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                Action::SetText(field, input.value())
            });
            let onunit = onaction.reform(|event: Event| {
                let select: HtmlSelectElement = event.target_unchecked_into();
                Action::SetDurationUnit(DurationUnit::from_id(&select.value()).unwrap_or_default())
            });
            html! {
                <fieldset key={name} id={format!("q-{name}")} {class} data-field={name} aria-describedby={described}>
                    <legend>{ text.label }</legend>
                    { hint }{ error }
                    <div class="duration">
                        <label>
                            <span>{ words.duration_amount_label() }</span>
                            <input type="text" class="number" inputmode="decimal" autocomplete="off"
                                value={drafts.duration.clone()} {oninput} aria-invalid={invalid.then_some("true")} />
                        </label>
                        <label>
                            <span>{ words.duration_unit_label() }</span>
                            <select onchange={onunit}>
                                { for DurationUnit::ALL.into_iter().map(|unit| html! {
                                    <option value={unit.id()} selected={unit == drafts.duration_unit}>{ words.duration_unit(unit) }</option>
                                }) }
                            </select>
                        </label>
                    </div>
                </fieldset>
            }
        }
        Input::Treatments => {
            let tried = answers.treatments_tried.as_deref();
            let none = tried.is_some_and(|t| t.is_empty());
            let onnone = onaction.reform(|_| Action::NoTreatments);
            let checklist = |step: LadderStep| {
                html! {
                    <div class="treatment-step" key={step.id()}>
                        <p class="step-label">{ words.step_name(step) }</p>
                        <div class="choices">
                            { for crate::questionnaire::checklist(step).map(|id| {
                                let checked = tried.is_some_and(|t| t.contains(&id));
                                let onchange = onaction.reform(move |_| Action::ToggleTreatment(id));
                                html! {
                                    <label class="choice" key={id.id()}>
                                        <input type="checkbox" name={name} value={id.id()} {checked} {onchange} />
                                        <span>{ words.option_name(id) }<span class="option-line">{ words.option_line(id) }</span></span>
                                    </label>
                                }
                            }) }
                        </div>
                    </div>
                }
            };
            // Injections and procedures stay folded until opened, or while one is ticked.
            let advanced_open =
                tried.is_some_and(|t| t.iter().any(|o| o.step() >= LadderStep::Interventional));
            html! {
                <fieldset key={name} id={format!("q-{name}")} {class} data-field={name} aria-describedby={described}>
                    <legend>{ text.label }</legend>
                    { hint }{ error }
                    <div class="choices">
                        <label class="choice" key="none">
                            <input type="checkbox" name={name} value="none" checked={none} onchange={onnone} />
                            <span>{ words.none_tried() }</span>
                        </label>
                    </div>
                    { checklist(LadderStep::SelfCare) }
                    { checklist(LadderStep::Conservative) }
                    <details class="more-treatments" open={advanced_open}>
                        <summary>{ words.more_treatments() }</summary>
                        { checklist(LadderStep::Interventional) }
                        { checklist(LadderStep::Advanced) }
                    </details>
                </fieldset>
            }
        }
        Input::Relief => {
            let tried = answers.treatments_tried.as_deref().unwrap_or_default();
            let unrated: Vec<_> = state.unrated_treatments().collect();
            html! {
                <div key={name} id={format!("q-{name}")} {class} data-field={name} role="group" aria-labelledby={format!("q-{name}-label")} aria-describedby={described}>
                    <p class="label" id={format!("q-{name}-label")}>{ text.label }</p>
                    { hint }{ error }
                    { for tried.iter().map(|&option| {
                        let group = format!("relief-{}", option.id());
                        let current = answers.relief.and_then(|relief| relief.get(option));
                        let missing = invalid && unrated.contains(&option);
                        html! {
                            <fieldset class={if missing { "relief invalid" } else { "relief" }} data-option={option.id()}>
                                <legend>{ words.option_name(option) }</legend>
                                <div class="choices">
                                    { for Relief::ALL.into_iter().map(|relief| {
                                        let onchange = onaction.reform(move |_| Action::SetRelief(option, relief));
                                        radio_named(group.clone(), relief.id(), words.choice(Choice::Relief(relief)), current == Some(relief), onchange)
                                    }) }
                                </div>
                            </fieldset>
                        }
                    }) }
                </div>
            }
        }
    }
}

/// The pain scores as the radio values and labels they are shown with.
pub(super) const SCORES: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

pub(super) fn radio(
    name: &'static str,
    value: &'static str,
    label: &str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    radio_named(AttrValue::Static(name), value, label, checked, onchange)
}

fn radio_named(
    name: impl Into<AttrValue>,
    value: &'static str,
    label: &str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let name: AttrValue = name.into();
    html! {
        <label class="choice">
            <input type="radio" {name} {value} {checked} {onchange} />
            <span>{ label.to_string() }</span>
        </label>
    }
}
