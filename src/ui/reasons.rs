//! The reasons behind a result: each flag in plain words, what it may point to, and its
//! sources. Shown on the emergency panel and the result screen.

use yew::prelude::*;

use super::use_words;
use crate::engine::{rule, Citation, Flag};

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub flags: Vec<Flag>,
}

#[function_component]
pub fn Reasons(props: &ReasonsProps) -> Html {
    let words = use_words();
    if props.flags.is_empty() {
        return html! { <p>{ words.no_reasons }</p> };
    }
    html! {
        <ul class="reasons">
            { for props.flags.iter().map(|flag| html! {
                <li class={classes!("reason", format!("level-{}", flag.level.id()))} data-rule={flag.rule.id()}>
                    <p class="reason-text">{ (words.reason)(flag.rule) }</p>
                    if let Some(condition) = flag.suspected {
                        <p class="reason-condition">{ words.condition_intro }{ " " }{ (words.condition)(condition) }</p>
                    }
                    if flag.uncertain {
                        <p class="reason-uncertain">{ words.uncertain_note }</p>
                    }
                    <p class="sources">{ words.sources_label }{ " " }<span lang="en">{ citations(rule(flag.rule).sources) }</span></p>
                </li>
            }) }
        </ul>
    }
}

/// A list of citations as one line: "GIRFT national CES pathway; seed 002 (weakness in the legs)".
pub fn citations(sources: &[Citation]) -> String {
    sources
        .iter()
        .map(|citation| match citation.detail {
            Some(detail) => format!("{} ({detail})", citation.source.short_name()),
            None => citation.source.short_name().to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
