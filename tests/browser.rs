//! In-browser component tests: the real components rendered by Yew in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the test page's body to mount into.
fn host() -> web_sys::Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("create a div");
    document
        .body()
        .expect("the test page has a body")
        .append_child(&host)
        .expect("append");
    host
}

#[wasm_bindgen_test]
async fn mount_replaces_the_static_screen_with_the_live_start_screen() {
    let root = host();
    root.set_inner_html("<p class=\"static\">static start screen</p>");

    backstep::mount(root.clone());
    yew::scheduler::flush().await;

    assert!(root.has_attribute("data-mounted"), "mount marks its root");
    assert!(
        root.query_selector(".static").unwrap().is_none(),
        "the static screen is replaced"
    );
    let heading = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(
        heading.text_content().unwrap(),
        backstep::content::EN.start_title
    );
    let button = root
        .query_selector("button")
        .unwrap()
        .expect("a start button");
    assert_eq!(
        button.text_content().unwrap(),
        backstep::content::EN.start_button
    );
    let signs = root.query_selector_all(".warning-signs li").unwrap();
    assert_eq!(
        signs.length() as usize,
        backstep::content::EN.warning_signs.len()
    );
}

/// Clicks an element, as a person would, through the DOM.
fn click(root: &web_sys::Element, selector: &str) {
    use wasm_bindgen::JsCast;
    let element = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"));
    element
        .dyn_into::<web_sys::HtmlElement>()
        .expect("an HTML element")
        .click();
}

#[wasm_bindgen_test]
async fn the_ladder_drawing_marks_where_the_person_is_and_the_next_step() {
    use backstep::engine::Ladder;
    use backstep::ui::LadderDrawing;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct Props {
        ladder: Ladder,
    }
    #[function_component]
    fn Host(props: &Props) -> Html {
        html! { <LadderDrawing ladder={props.ladder.clone()} /> }
    }

    let root = host();
    let ladder = Ladder {
        current_step: 2,
        next_step: 3,
        options: vec![],
        repeat_what_helped: false,
    };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), Props { ladder }).render();
    yew::scheduler::flush().await;

    let steps = root.query_selector_all(".ladder-step").unwrap();
    assert_eq!(steps.length(), 5, "five steps");
    let current = root
        .query_selector(".ladder-step.current")
        .unwrap()
        .expect("a current step");
    assert!(current
        .get_attribute("class")
        .unwrap_or_default()
        .contains("step-2"));
    let next = root
        .query_selector(".ladder-step.next")
        .unwrap()
        .expect("a next step");
    assert!(next
        .get_attribute("class")
        .unwrap_or_default()
        .contains("step-3"));
    assert_eq!(next.get_attribute("aria-current").as_deref(), Some("step"));
    assert_eq!(
        root.query_selector_all(".ladder-step.below")
            .unwrap()
            .length(),
        2,
        "steps 1 and 2 are below"
    );
    assert!(next
        .text_content()
        .unwrap()
        .contains(backstep::content::EN.next_step));
}

#[wasm_bindgen_test]
async fn nothing_tried_yet_marks_no_step_as_current_and_step_one_as_next() {
    use backstep::engine::Ladder;
    use backstep::ui::LadderDrawing;
    use yew::prelude::*;

    #[function_component]
    fn Host() -> Html {
        html! { <LadderDrawing ladder={Ladder { current_step: 0, next_step: 1, options: vec![], repeat_what_helped: false }} /> }
    }
    let root = host();
    yew::Renderer::<Host>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector(".ladder-step.current")
        .unwrap()
        .is_none());
    assert!(root
        .query_selector(".ladder-step.next")
        .unwrap()
        .unwrap()
        .get_attribute("class")
        .unwrap_or_default()
        .contains("step-1"));
}

#[wasm_bindgen_test]
async fn the_app_reducer_moves_through_pages_and_an_emergency_answer_interrupts() {
    let root = host();
    backstep::mount(root.clone());
    yew::scheduler::flush().await;

    click(&root, "button.primary");
    yew::scheduler::flush().await;
    let title = root
        .query_selector("#page-title")
        .unwrap()
        .expect("the first page");
    assert_eq!(
        title.text_content().unwrap(),
        (backstep::content::EN.page_title)(backstep::questionnaire::Page::WarningSigns)
    );

    click(&root, "input[name='bladder_change'][value='yes']");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector(".emergency").unwrap().is_some(),
        "the emergency panel"
    );
    assert!(
        root.query_selector(".question").unwrap().is_none(),
        "and no question"
    );

    click(&root, ".actions button");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector(".emergency").unwrap().is_none(),
        "acknowledged"
    );
    let kept = root
        .query_selector("input[name='bladder_change'][value='yes']")
        .unwrap()
        .expect("the question again");
    use wasm_bindgen::JsCast;
    assert!(
        kept.dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .checked(),
        "the answer is kept"
    );
}
