//! Moving focus to a new screen's heading, so keyboard and screen-reader users start there,
//! and only when the page is the app's own or the person has acted.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

/// Whether a new screen may take focus. On its own page the app always may. A guest on a
/// clinic's page (the widget, or `embed.html` in the clinic's iframe) may not until the
/// person has done something in it: focus scrolls the element into view, the clinic's page
/// included, so a guest focusing its first screen on load would take the reader away from
/// the clinic's own content, and the keyboard from where it was.
#[derive(Clone, Debug)]
pub struct FocusGate(Rc<Cell<bool>>);

impl FocusGate {
    /// Open from the start when the app owns the page and that page is not in someone
    /// else's frame; closed for a guest.
    pub fn new(owns_page: bool) -> Self {
        Self(Rc::new(Cell::new(owns_page && !crate::web::is_framed())))
    }

    /// The person acted (a click, a key, an answer): from now on new screens take focus.
    pub fn open(&self) {
        self.0.set(true);
    }

    pub fn is_open(&self) -> bool {
        self.0.get()
    }
}

/// One gate per app: a gate is only ever equal to itself.
impl PartialEq for FocusGate {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Focuses `target` once, when the component that holds it is first drawn, if the app's
/// `FocusGate` allows it (with no gate, as in component tests, it always does).
#[hook]
pub fn use_focus_on_mount(target: NodeRef) {
    let allowed = use_context::<FocusGate>().is_none_or(|gate| gate.is_open());
    use_effect_with((), move |_| {
        if allowed {
            if let Some(element) = target.cast::<HtmlElement>() {
                // Focus can only fail on a detached element; then there is nothing to focus.
                let _ = element.focus();
            }
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct FocusableButtonProps {
    pub class: &'static str,
    pub label: String,
    pub onclick: Callback<MouseEvent>,
    /// Drawn again after its confirmation was answered "No": it takes focus back.
    pub refocus: bool,
}

/// A button that asks for a confirmation, and is given focus back when the answer is "No".
#[function_component]
pub fn FocusableButton(props: &FocusableButtonProps) -> Html {
    let button = use_node_ref();
    let target = if props.refocus {
        button.clone()
    } else {
        NodeRef::default()
    };
    use_focus_on_mount(target);
    html! {
        <button type="button" class={props.class} ref={button} onclick={props.onclick.clone()}>{ props.label.clone() }</button>
    }
}
