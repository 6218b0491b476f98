//! The treatment ladder drawn as five steps: where the person is, and the next step.

use yew::prelude::*;

use super::{use_later_words, use_words};
use crate::engine::{Ladder, LadderStep};

#[derive(Properties, PartialEq)]
pub struct LadderDrawingProps {
    pub ladder: Ladder,
}

/// Five steps, least invasive first; the current step is marked "you are here" and the
/// next one "next step". When the advice is to keep going, the step says that in one mark
/// rather than two marks on one step. One line a step: the options below say what the
/// next step holds.
#[function_component]
pub fn LadderDrawing(props: &LadderDrawingProps) -> Html {
    let words = use_words();
    let later = use_later_words();
    let ladder = &props.ladder;
    html! {
        <>
        if ladder.current_step == 0 {
            <p class="not-started">{ later.not_started() }</p>
        }
        <ol class="ladder">
            { for LadderStep::ALL.into_iter().map(|step| {
                let number = step.number();
                let current = number == ladder.current_step;
                let next = number == ladder.next_step;
                // A plain string rather than `classes!`, whose set of names costs the wasm
                // more.
                let class = format!(
                    "ladder-step step-{number}{}{}{}",
                    if current { " current" } else { "" },
                    if next { " next" } else { "" },
                    if number < ladder.next_step { " below" } else { "" },
                );
                html! {
                    <li {class} aria-current={next.then_some("step")}>
                        <span class="step-number" aria-hidden="true">{ number }</span>
                        <span class="step-text">
                            <span class="step-name">{ words.step_name(step) }</span>
                            if current || next {
                                <span class="step-marks">
                                    if current && next {
                                        <span class="mark here next">{ later.keep_going_here() }</span>
                                    } else if current {
                                        <span class="mark here">{ later.you_are_here() }</span>
                                    } else {
                                        <span class="mark next">{ later.next_step() }</span>
                                    }
                                </span>
                            }
                        </span>
                    </li>
                }
            }) }
        </ol>
        </>
    }
}
