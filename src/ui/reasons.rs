//! The reasons behind a result: each flag in plain words, what it may point to, and its
//! sources. Shown on the emergency panel and the result screen.

use yew::prelude::*;

use super::use_words;
use crate::content::Words;
use crate::engine::{rule, Citation, Flag, RuleId};

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub flags: Vec<Flag>,
}

#[function_component]
pub fn Reasons(props: &ReasonsProps) -> Html {
    let words = use_words();
    if props.flags.is_empty() {
        return html! { <p>{ words.no_reasons() }</p> };
    }
    html! {
        <ul class="reasons">
            { for props.flags.iter().map(|flag| html! {
                <li class={format!("reason level-{}", flag.level.id())} data-rule={flag.rule.id()}>
                    <p class="reason-text">{ words.reason(flag.rule) }</p>
                    if let Some(condition) = flag.suspected {
                        <p class="reason-condition">{ words.condition_intro() }{ " " }{ words.condition(condition) }</p>
                    }
                    if flag.uncertain {
                        <p class="reason-uncertain">{ uncertain_note(words, flag.rule) }</p>
                    }
                    <p class="sources">{ words.sources_label() }{ " " }<span lang="en">{ citations(rule(flag.rule).sources) }</span></p>
                </li>
            }) }
        </ul>
    }
}

/// What a "Not sure" answer did to a reason: a rule that keeps its level in doubt (a
/// possible cauda equina syndrome, aneurysm, or heart or lung cause) says so; any other
/// was made one step less urgent (triage.md "Unsure answers").
pub fn uncertain_note(words: &Words, id: RuleId) -> &str {
    if rule(id).keeps_level_when_unsure {
        words.uncertain_kept_note()
    } else {
        words.uncertain_note()
    }
}

/// A list of citations as one line, each source by the name a person reads:
/// "NICE guideline NG59: low back pain and sciatica in over 16s (analgesia review); ...".
pub fn citations(sources: &[Citation]) -> String {
    sources
        .iter()
        .map(|citation| match citation.detail {
            Some(detail) => format!("{} ({detail})", citation.source.name()),
            None => citation.source.name().to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
