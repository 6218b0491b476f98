//! Moving focus to a new screen's heading, so keyboard and screen-reader users start there.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses `target` once, when the component that holds it is first drawn.
#[hook]
pub fn use_focus_on_mount(target: NodeRef) {
    use_effect_with((), move |_| {
        if let Some(element) = target.cast::<HtmlElement>() {
            // Focus can only fail on a detached element; then there is nothing to focus.
            let _ = element.focus();
        }
    });
}
