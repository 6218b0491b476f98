//! In-browser component tests: the real components rendered by Yew in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The words of a language, loaded from its file as the page's loader would hand it over
/// (the wasm carries none).
fn words(language: backstep::content::Language) -> &'static backstep::content::Words {
    use backstep::content::Language;
    let file = match language {
        Language::English => include_str!("../lang/en.txt"),
        Language::Spanish => include_str!("../lang/es.txt"),
    };
    backstep::content::install(language, file).expect("the language file reads")
}

/// Mounts the app as index.html does, with the English words loaded.
async fn mount(root: &web_sys::Element) {
    words(backstep::content::Language::English);
    backstep::mount(root.clone())
        .await
        .expect("the app mounts once its words are there");
}

/// A fresh element in the test page's body to mount into, with the English words loaded
/// (a component drawn without any language would have no words to show).
fn host() -> web_sys::Element {
    words(backstep::content::Language::English);
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

    mount(&root).await;
    yew::scheduler::flush().await;

    assert!(root.has_attribute("data-mounted"), "mount marks its root");
    assert!(
        root.query_selector(".static").unwrap().is_none(),
        "the static screen is replaced"
    );
    let heading = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(heading.text_content().unwrap(), english().start_title());
    let button = root
        .query_selector("button.begin")
        .unwrap()
        .expect("a start button");
    assert_eq!(button.text_content().unwrap(), english().start_button());
    let signs = root.query_selector_all(".warning-signs li").unwrap();
    assert_eq!(signs.length() as usize, english().warning_signs().len());
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
        .contains(english().later().expect("later words").next_step()));
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
    mount(&root).await;
    yew::scheduler::flush().await;

    click(&root, "button.primary");
    yew::scheduler::flush().await;
    let title = root
        .query_selector("#page-title")
        .unwrap()
        .expect("the first page");
    assert_eq!(
        title.text_content().unwrap(),
        english().page_title(backstep::questionnaire::Page::WarningSigns)
    );

    // "None of these" on the first group, then a bladder problem: the panel at once.
    click(&root, "button.none-of-these");
    yew::scheduler::flush().await;
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

/// Sets a text box's value and fires the input event a person's typing fires.
fn type_into(input: &web_sys::Element, text: &str) {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = input.clone().dyn_into().expect("an input");
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("an input event");
    input.dispatch_event(&event).expect("dispatch");
}

/// Answers every question on the page with "no", the first choice, or a mild number.
fn answer_page_mildly(root: &web_sys::Element) {
    let questions = root.query_selector_all(".question").unwrap();
    for at in 0..questions.length() {
        let question: web_sys::Element = questions.get(at).unwrap().dyn_into_element();
        let id = question.id();
        if let Some(input) = question.query_selector("input[type='text']").unwrap() {
            type_into(&input, if id == "q-age" { "50" } else { "1" });
        } else if id == "q-treatments_tried" {
            click(&question, "input[value='none']");
        } else if question
            .query_selector("input[value='no']")
            .unwrap()
            .is_some()
        {
            click(&question, "input[value='no']");
        } else {
            click(&question, "input");
        }
    }
}

trait IntoElement {
    fn dyn_into_element(self) -> web_sys::Element;
}

impl IntoElement for web_sys::Node {
    fn dyn_into_element(self) -> web_sys::Element {
        use wasm_bindgen::JsCast;
        self.dyn_into().expect("an element")
    }
}

/// Every text of the English catalogue that must not appear on a Spanish screen: those
/// that differ from the Spanish one and are words, not numbers.
fn english_sentences() -> Vec<String> {
    use backstep::content::format::lines;
    let english = lines(include_str!("../lang/en.txt")).expect("lang/en.txt reads");
    let spanish = lines(include_str!("../lang/es.txt")).expect("lang/es.txt reads");
    english
        .iter()
        .filter(|en| {
            let es = spanish.iter().find(|es| es.key == en.key).map(|es| es.text);
            es != Some(en.text) && en.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        })
        // A sentence with a value is looked for up to its first one.
        .map(|en| {
            en.text
                .split('{')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .filter(|text| !text.is_empty())
        .collect()
}

fn english() -> &'static backstep::content::Words {
    words(backstep::content::Language::English)
}

fn assert_no_english(screen: &str, root: &web_sys::Element, english: &[String]) {
    use wasm_bindgen::JsCast;
    // Leave out what is marked as English on purpose: source names and the titles of the
    // references, which are cited in the language they were published in.
    let copy: web_sys::Element = root.clone_node_with_deep(true).unwrap().dyn_into().unwrap();
    let cited = copy.query_selector_all("[lang='en']").unwrap();
    for at in 0..cited.length() {
        let node = cited.get(at).unwrap();
        if let Some(parent) = node.parent_node() {
            parent.remove_child(&node).unwrap();
        }
    }
    let text = copy.text_content().unwrap_or_default();
    // As whole words: "Urgent" inside "Urgente" is Spanish.
    let found: Vec<&String> = english
        .iter()
        .filter(|sentence| {
            text.match_indices(sentence.as_str()).any(|(at, _)| {
                let before = text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic());
                let after = text[at + sentence.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic());
                before && after
            })
        })
        .collect();
    assert!(
        found.is_empty(),
        "the Spanish {screen} shows English catalogue text: {found:?}"
    );
}

#[wasm_bindgen_test]
async fn every_screen_in_spanish_shows_no_english_catalogue_text() {
    use backstep::content::Language;
    use backstep::engine::{
        assess, Answers, DailyFunction, LegPain, LegWeakness, Level, PainArea, TriState,
        TRIAGE_FIELDS,
    };
    use backstep::session::{Action, Session};
    use backstep::ui::{AboutScreen, App, AppProps, EmergencyPanel, ResultScreen, WordsContext};
    use yew::prelude::*;

    let english = english_sentences();
    assert!(
        english.len() > 200,
        "the comparison covers the whole catalogue"
    );

    // The questionnaire, page by page, through the app itself, its words loaded first as
    // the mount functions do.
    words(Language::Spanish);
    let root = host();
    let props = AppProps {
        emergency_number: Default::default(),
        language: Language::Spanish,
        owns_page: false,
        clinic: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_no_english("start screen", &root, &english);
    click(&root, "button.begin");
    yew::scheduler::flush().await;
    // Every step this person is asked (nothing tried: no relief step), to Check your answers.
    for page in 1..=backstep::questionnaire::Page::ALL.len() {
        if root.query_selector("#check-title").unwrap().is_some() {
            break;
        }
        assert_no_english(&format!("page {page}"), &root, &english);
        click(&root, "form button[type='submit']");
        yew::scheduler::flush().await;
        assert_no_english(&format!("page {page} with its problems"), &root, &english);
        answer_page_mildly(&root);
        yew::scheduler::flush().await;
        click(&root, "form button[type='submit']");
        yew::scheduler::flush().await;
    }
    assert!(
        root.query_selector("#check-title").unwrap().is_some(),
        "reached check your answers"
    );
    assert_no_english("check your answers", &root, &english);
    click(&root, ".check .actions button.primary");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("#result-title").unwrap().is_some(),
        "reached the result"
    );
    assert_no_english("self-care result and its printed summary", &root, &english);

    // Every other level, the emergency panel and the about view, drawn directly.
    #[derive(Properties, PartialEq)]
    struct Props {
        session: Session,
    }
    #[function_component]
    fn SpanishScreens(props: &Props) -> Html {
        let assessment = props.session.questionnaire.assessment();
        let onaction = Callback::from(|_: Action| ());
        html! {
            <ContextProvider<WordsContext> context={WordsContext(words(Language::Spanish))}>
                <EmergencyPanel assessment={assessment.clone()} number="911" onaction={onaction.reform(Action::Questionnaire)} />
                <ResultScreen session={props.session.clone()} {assessment} onaction={onaction.clone()} />
                <AboutScreen {onaction} owns_page=true />
            </ContextProvider<WordsContext>>
        }
    }
    let mut all_no = Answers::default();
    for field in TRIAGE_FIELDS {
        if let Some(slot) = all_no.tri_state_mut(field) {
            *slot = Some(TriState::No);
        }
    }
    all_no.age = Some(50);
    all_no.duration_weeks = Some(1.0);
    all_no.pain_area = Some(PainArea::Lower);
    all_no.pain_score = Some(3);
    all_no.leg_pain = Some(LegPain::None);
    all_no.leg_weakness = Some(LegWeakness::None);
    all_no.daily_function = Some(DailyFunction::Normal);
    let with = |change: &dyn Fn(&mut Answers)| {
        let mut answers = all_no.clone();
        change(&mut answers);
        answers
    };
    let cases = [
        (
            Level::Emergency,
            with(&|a| a.saddle_numbness = Some(TriState::Unsure)),
        ),
        (Level::Urgent, with(&|a| a.fever = Some(TriState::Yes))),
        (
            Level::Soon,
            with(&|a| {
                a.minor_trauma = Some(TriState::Yes);
                a.osteoporosis = Some(TriState::Yes);
            }),
        ),
        (
            Level::Routine,
            with(&|a| {
                a.duration_weeks = Some(30.0);
                a.treatments_tried = Some(vec![
                    backstep::engine::OptionId::PhysicalTherapy,
                    backstep::engine::OptionId::FacetJointBlock,
                ]);
                a.relief = Some(
                    [(
                        backstep::engine::OptionId::FacetJointBlock,
                        backstep::engine::Relief::Temporary,
                    )]
                    .into_iter()
                    .collect(),
                );
                a.pregnant = Some(TriState::Unsure);
            }),
        ),
        (Level::SelfCare, with(&|a| a.duration_weeks = Some(1.0))),
    ];
    for (level, answers) in cases {
        assert_eq!(assess(&answers).triage, level, "the answers for {level:?}");
        let mut session = Session::default();
        session.questionnaire.answers = answers;
        let root = host();
        yew::Renderer::<SpanishScreens>::with_root_and_props(root.clone(), Props { session })
            .render();
        yew::scheduler::flush().await;
        assert_no_english(
            &format!("{level:?} result, emergency panel and about view"),
            &root,
            &english,
        );
    }
}

/// A component that exists only in this test: its button panics, as a bug in the app might.
#[yew::function_component]
fn Faulty() -> yew::Html {
    let onclick = yew::Callback::from(|_| panic!("a test-only panic"));
    yew::html! { <button class="faulty" {onclick}>{ "fail" }</button> }
}

/// Review finding 1: Yew's renderer replaced the app's panic hook with its own on the
/// first render, so after a panic the questionnaire froze and no panel came.
///
/// Every test in this file shares one wasm instance, and so one panic hook: whatever ran
/// before, this test first puts in a hook that shows no panel (as Yew's or the test
/// harness's is), then mounts the real app through `mount`, so it passes only if mounting
/// itself leaves the app's hook in place, in any test order. The panic comes from a click
/// listener, outside Yew's scheduler, so it leaves Yew working for the tests after it.
#[wasm_bindgen_test]
async fn a_panic_after_the_real_app_rendered_shows_the_panel_with_the_warning_signs() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("a hook with no panel: {info}").into())
    }));
    let root = host();
    root.set_attribute("lang", "en").unwrap();
    mount(&root).await;
    yew::scheduler::flush().await;
    click(&root, "button.begin");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("#page-title").unwrap().is_some(),
        "the questionnaire is on screen"
    );

    // Another render after the app's must not take the hook back either.
    let elsewhere = host();
    yew::Renderer::<Faulty>::with_root(elsewhere.clone()).render();
    yew::scheduler::flush().await;
    // The panic happens in an event listener: the click returns, the wasm call trapped.
    click(&elsewhere, "button.faulty");

    let panel = root
        .query_selector(".panic")
        .unwrap()
        .expect("the panic panel in the app's root");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap();
    assert!(text.contains(english().panic_title()), "{text}");
    for sign in english().warning_signs() {
        assert!(text.contains(sign), "the panel repeats {sign:?}");
    }
    assert!(
        root.query_selector("#page-title").unwrap().is_none(),
        "the frozen questionnaire is gone"
    );
}

/// Review finding 5: accents the pure parser once took, that are not CSS colours; the
/// buttons had no background and white text. The browser's own reading decides.
#[wasm_bindgen_test]
fn accents_the_browser_does_not_read_as_colours_are_refused_with_a_warning() {
    let read = |accent: &str| {
        let accent = accent.to_string();
        backstep::web::read_clinic_settings(move |name| (name == "accent").then(|| accent.clone()))
    };
    // The review's three, and one the pure parser still takes ("1." is no CSS number).
    for bad in [
        "hsl(200, 80, 25)",
        "rgb(0%, 0, 0)",
        "rgb(0\u{a0}0\u{a0}0)",
        "rgb(1., 0, 0)",
    ] {
        assert!(!backstep::web::is_css_colour(bad), "{bad:?}");
        let (settings, warnings) = read(bad);
        assert_eq!(settings.accent, None, "{bad:?}");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].setting, "accent");
        assert!(warnings[0].to_string().contains("the accent setting"));
    }
    assert!(
        backstep::colours::accent_contrast("rgb(1., 0, 0)").is_some(),
        "only the browser's check refuses this one"
    );
    for good in [
        "#0b5f73",
        "rgb(11, 95, 115)",
        "rgb(11 95 115)",
        "hsl(192, 83%, 25%)",
        "navy",
    ] {
        assert!(backstep::web::is_css_colour(good), "{good:?}");
        let (settings, warnings) = read(good);
        assert_eq!(settings.accent.as_deref(), Some(good));
        assert_eq!(warnings, vec![]);
    }
}

/// A guest (a widget, `owns_page == false`) takes no focus from the clinic's page with its
/// first screen; the person's first click opens the way, and the next screen's heading takes focus. The
/// app on its own page focuses every screen's heading, the first included.
#[wasm_bindgen_test]
async fn a_guest_takes_focus_only_after_the_person_acts() {
    use backstep::ui::{App, AppProps};

    let focused_id = || {
        gloo::utils::document()
            .active_element()
            .map(|element| element.id())
            .unwrap_or_default()
    };
    let outside = gloo::utils::document()
        .create_element("button")
        .expect("create a button");
    outside.set_id("outside");
    gloo::utils::body().append_child(&outside).expect("append");
    let outside: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(outside);

    for owns_page in [false, true] {
        outside.focus().expect("focus the page's own button");
        let root = host();
        let props = AppProps {
            emergency_number: Default::default(),
            language: Default::default(),
            owns_page,
            clinic: Default::default(),
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let first = focused_id();
        if owns_page {
            assert_eq!(first, "start-title", "its own page: the start heading");
        } else {
            assert_eq!(
                first, "outside",
                "a guest leaves the page's focus where it was"
            );
        }
        click(&root, "button.begin");
        yew::scheduler::flush().await;
        assert_eq!(
            focused_id(),
            "page-title",
            "after the click, the first page's heading"
        );
        root.remove();
    }
}
