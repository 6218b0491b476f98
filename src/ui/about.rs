//! About and sources: what backstep is and is not, every rule in plain words with its
//! sources, the full references, and the version of the clinical content.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::reasons::citations;
use super::{use_later_words, use_words};
use crate::content::CONTENT_VERSION;
use crate::engine::{Source, RULES};
use crate::session::Action;

#[derive(Properties, PartialEq)]
pub struct AboutScreenProps {
    pub onaction: Callback<Action>,
    /// backstep is the page (not a clinic's widget): only then does a relative link reach
    /// the build's own `conformance.html` rather than a page of the clinic's site.
    pub owns_page: bool,
}

#[function_component]
pub fn AboutScreen(props: &AboutScreenProps) -> Html {
    let words = use_words();
    let later = use_later_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let onclose = props.onaction.reform(|_| Action::CloseAbout);
    html! {
        <main class="screen about" aria-labelledby="about-title">
            <h1 id="about-title" tabindex="-1" ref={heading}>{ later.about_title() }</h1>
            <ul>{ for later.about_is().iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            <ul class="is-not">{ for later.about_is_not().iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            <p>{ later.about_privacy() }</p>
            <p>{ later.content_version() }{ " " }{ CONTENT_VERSION }</p>
            if props.owns_page {
                // A new tab: leaving this page would drop the person's answers.
                <p><a href="conformance.html" class="conformance-link" hreflang="en" target="_blank" rel="noopener">{ later.about_conformance() }</a></p>
            }

            <h2>{ later.about_rules_title() }</h2>
            <p>{ later.about_rules_intro() }</p>
            <p>{ later.about_policy_documents() }</p>
            <ol class="rule-table">
                { for RULES.iter().map(|rule| html! {
                    <li data-rule={rule.id.id()}>
                        <p><strong>{ later.level_name(rule.level) }{ ": " }</strong>{ words.reason(rule.id) }</p>
                        if let Some(condition) = rule.suspected {
                            <p>{ words.condition_intro() }{ " " }{ words.condition(condition) }</p>
                        }
                        <p class="sources">{ words.sources_label() }{ " " }<span lang="en">{ citations(rule.sources) }</span></p>
                    </li>
                }) }
            </ol>

            <h2>{ later.about_sources_title() }</h2>
            <dl class="references" lang="en">
                { for Source::ALL.into_iter().map(|source| html! {
                    <>
                        <dt>{ source.name() }</dt>
                        <dd>{ source.reference() }</dd>
                    </>
                }) }
            </dl>
            <div class="actions">
                <button type="button" class="button primary" onclick={onclose}>{ later.close() }</button>
            </div>
        </main>
    }
}
