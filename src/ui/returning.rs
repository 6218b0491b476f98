//! For the person who comes back: the calendar reminder, the offer to keep the answers on
//! this device, "Forget everything", the diary screen, and the diary's chart with its
//! table. Thin views: what is kept and what a diary entry leads to are decided by the
//! session's reducer (`Keeping`, `Action::AddDiaryEntry`) and `returning`.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::focus::use_focus_on_mount;
use super::questions::{radio, SCORES};
use super::{use_later_words, use_words};
use crate::content::Words;
use crate::engine::DailyFunction;
use crate::questionnaire::Choice;
use crate::returning::{chart, Chart, Day, DiaryEntry, Kept, Reminder};
use crate::session::{Action, Session, KEEPING_BUILT};

/// The day the reminder falls: the advice says "if not better in 2 to 6 weeks", so the
/// first day it may be time to look again.
const REMINDER_AFTER_DAYS: i32 = 14;

/// "Add a calendar reminder": an `.ics` file with the date, the advice's time frame
/// and the checker's address, and nothing else (no answer, no level).
pub fn reminder_button(_words: &'static Words) -> Html {
    html! { <ReminderButton /> }
}

/// The button, and once the file is downloaded, a line that says so (a status, read out).
#[function_component]
fn ReminderButton() -> Html {
    let later = use_later_words();
    let downloaded = use_state(|| false);
    let onclick = {
        let downloaded = downloaded.clone();
        Callback::from(move |_: MouseEvent| {
            let now = js_sys::Date::new_0();
            let link = web_sys::window()
                .and_then(|window| window.location().href().ok())
                .map(|href| checker_address(&href))
                .unwrap_or_default();
            let ics = Reminder {
                today: crate::web::today(),
                after_days: REMINDER_AFTER_DAYS,
                made_at_seconds: (now.get_time() / 1000.0) as i64,
                title: later.reminder_title(),
                description: later.reminder_note(),
                link: &link,
            }
            .to_ics();
            crate::web::download::offer("backstep-reminder.ics", "text/calendar", &ics);
            downloaded.set(true);
        })
    };
    html! {
        <>
        <button type="button" class="button reminder" {onclick}>{ later.reminder_button() }</button>
        <p class="reminder-status" role="status">
            if *downloaded { { later.reminder_downloaded() } }
        </p>
        </>
    }
}

/// The page's address without its query or fragment: a link back to the checker (or the
/// clinic's page with the widget) that carries nothing of this visit.
fn checker_address(href: &str) -> String {
    href.split(['?', '#']).next().unwrap_or_default().to_owned()
}

#[derive(Properties, PartialEq)]
pub struct KeepingProps {
    pub session: Session,
    pub onaction: Callback<Action>,
}

/// On the result: the offer to keep the answers, in plain words, before anything is
/// written; once kept, a note saying so, the diary button and the chart.
pub fn keep_offer(words: &Words, session: &Session, onaction: &Callback<Action>) -> Html {
    let later = super::later_words(words);
    let keeping = &session.keeping;
    if !keeping.is_offered() {
        return Html::default();
    }
    match &keeping.kept {
        None => {
            let onkeep = onaction.reform(|_| Action::Keep);
            html! {
                <section class="keep" aria-labelledby="keep-title">
                    <h2 id="keep-title">{ later.keep_title() }</h2>
                    <p>{ later.keep_explain() }</p>
                    <button type="button" class="button keep-yes" onclick={onkeep}>{ later.keep_button() }</button>
                </section>
            }
        }
        Some(kept) => {
            let ondiary = onaction.reform(|_| Action::ShowDiary(crate::web::today()));
            html! {
                <section class="keep" aria-labelledby="diary-title">
                    <KeptTitle focus={keeping.just_kept} />
                    // Said only once the browser has committed it.
                    if keeping.on_device && !keeping.save_failed {
                        <p class="kept-note">{ words.kept_note() }</p>
                    }
                    { diary_chart(words, kept, keeping.today, "screen") }
                    <button type="button" class="button" onclick={ondiary}>{ words.diary_button() }</button>
                </section>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct KeptTitleProps {
    focus: bool,
}

/// The heading of what is kept. When it replaces the offer the person has just said yes
/// to, it takes focus: the button they pressed is gone, and the keyboard goes on from here.
#[function_component]
fn KeptTitle(props: &KeptTitleProps) -> Html {
    let later = use_later_words();
    let heading = use_node_ref();
    use_focus_on_mount(if props.focus {
        heading.clone()
    } else {
        NodeRef::default()
    });
    html! { <h2 id="diary-title" tabindex="-1" ref={heading}>{ later.diary_title() }</h2> }
}

/// "Forget everything", on every screen once anything is kept, in a landmark of its own
/// (not the language switch's): asks in place, then erases at once.
pub fn forget_everything(words: &Words, session: &Session, onaction: &Callback<Action>) -> Html {
    let keeping = &session.keeping;
    if !keeping.has_anything() {
        return Html::default();
    }
    html! {
        <section class="forget-region no-print" aria-label={words.forget_button().to_string()}>
            <ForgetEverything confirming={keeping.confirming_forget} onaction={onaction.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ForgetProps {
    confirming: bool,
    onaction: Callback<Action>,
}

/// The button, or its question. The question takes focus; "No" gives it back to the
/// button; "Yes" forgets, and focus goes to the start screen's heading (here, once this
/// part has gone with what was kept).
#[function_component]
fn ForgetEverything(props: &ForgetProps) -> Html {
    let words = use_words();
    let region = use_node_ref();
    {
        let region = region.clone();
        // Gone only when nothing is kept any more: everything was forgotten.
        use_effect_with((), move |_| {
            let root = region
                .cast::<web_sys::Element>()
                .map(|element| element.get_root_node());
            move || {
                // The page's document, or the widget's shadow root.
                let heading = root.and_then(|root| match root.dyn_ref::<web_sys::ShadowRoot>() {
                    Some(shadow) => shadow.get_element_by_id("start-title"),
                    None => root
                        .dyn_ref::<web_sys::Document>()?
                        .get_element_by_id("start-title"),
                });
                if let Some(heading) =
                    heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = heading.focus();
                }
            }
        });
    }
    let was_confirming = use_mut_ref(|| false);
    let refocus = *was_confirming.borrow() && !props.confirming;
    *was_confirming.borrow_mut() = props.confirming;
    html! {
        <div ref={region}>
            if props.confirming {
                <ConfirmForget onaction={props.onaction.clone()} />
            } else {
                <super::focus::FocusableButton class="link forget" refocus={refocus}
                    onclick={props.onaction.reform(|_| Action::AskForget)} label={words.forget_button().to_string()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ConfirmForgetProps {
    onaction: Callback<Action>,
}

#[function_component]
fn ConfirmForget(props: &ConfirmForgetProps) -> Html {
    let words = use_words();
    let question = use_node_ref();
    use_focus_on_mount(question.clone());
    let onyes = props.onaction.reform(|_| Action::ForgetEverything);
    let onno = props.onaction.reform(|_| Action::CancelForget);
    html! {
        <div class="confirm forget" role="group" aria-labelledby="confirm-forget">
            <p id="confirm-forget" tabindex="-1" ref={question}><strong>{ words.forget_confirm() }</strong></p>
            <div class="confirm-buttons">
                <button type="button" class="button" onclick={onyes}>{ words.forget_yes() }</button>
                <button type="button" class="button primary" onclick={onno}>{ words.forget_no() }</button>
            </div>
        </div>
    }
}

/// On every screen while the last write failed: the answers are on screen, not on the
/// device.
pub fn keep_failed(words: &Words, state: &Session) -> Html {
    if !(state.keeping.is_offered() && state.keeping.save_failed) {
        return Html::default();
    }
    html! { <p class="notice keep-failed" role="alert">{ words.keep_failed() }</p> }
}

/// On the start screen: what is kept offers a way back in; a record that could not be read
/// is said so.
pub fn welcome_back(words: &Words, state: &Session, onaction: &Callback<Action>) -> Html {
    if !state.keeping.is_offered() {
        return Html::default();
    }
    let set_aside = state
        .keeping
        .set_aside
        // Read out by the app's status region (status.rs): it is found after the first draw.
        .then(|| html! { <p class="notice set-aside">{ words.set_aside() }</p> });
    if state.keeping.forgotten {
        // Read out by the app's status region (status.rs).
        return html! { <p class="notice forgotten">{ words.forgotten() }</p> };
    }
    if state.kept_questionnaire().is_none() {
        return set_aside.unwrap_or_default();
    }
    let oncontinue = onaction.reform(|_| Action::Continue);
    let oncheck = onaction.reform(|_| Action::CheckAgain);
    let ondiary = onaction.reform(|_| Action::ShowDiary(crate::web::today()));
    html! {
        <div class="welcome-back">
            { set_aside.unwrap_or_default() }
            <button type="button" class="button primary continue" onclick={oncontinue}>{ words.continue_button() }</button>
            <button type="button" class="button check-again" onclick={oncheck}>{ words.check_again_button() }</button>
            <button type="button" class="button diary" onclick={ondiary}>{ words.diary_button() }</button>
        </div>
    }
}

/// Today's diary entry (pain, then everyday activities, then save), and the chart of the
/// weeks before. A worse entry takes the person to the warning signs again (the reducer).
#[function_component]
pub fn DiaryScreen(props: &KeepingProps) -> Html {
    let words = use_words();
    let later = use_later_words();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone());
    let pain = use_state(|| None::<u8>);
    // Activities start as they were last time, so a day like the one before is two taps:
    // the pain, then save.
    let activities = {
        let session = &props.session;
        use_state(|| {
            let last = session
                .keeping
                .kept
                .as_ref()
                .and_then(|kept| kept.diary.last());
            last.map(|entry| entry.activities)
                .or(session.questionnaire.answers.daily_function)
        })
    };
    let keeping = &props.session.keeping;
    let Some(kept) = &keeping.kept else {
        return Html::default();
    };
    let onsubmit = {
        let (pain, activities, onaction) =
            (pain.clone(), activities.clone(), props.onaction.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let (Some(pain), Some(activities)) = (*pain, *activities) {
                onaction.emit(Action::AddDiaryEntry(DiaryEntry {
                    // The reducer dates it with today.
                    day: Day::default(),
                    pain,
                    activities,
                }));
            }
        })
    };
    let onback = props.onaction.reform(|_| Action::Back);
    html! {
        <main class="screen diary" aria-labelledby="diary-screen-title">
            <h1 id="diary-screen-title" tabindex="-1" ref={heading}>{ later.diary_title() }</h1>
            <p class="lead">{ later.diary_lead() }</p>
            <form class="diary-entry" {onsubmit} novalidate=true>
                <fieldset class="question" aria-describedby="diary_pain-ends">
                    <legend>{ later.diary_pain() }</legend>
                    <div class="choices scale">
                        { for (0..=10u8).map(|score| {
                            let onchange = { let pain = pain.clone(); Callback::from(move |_| pain.set(Some(score))) };
                            let label = SCORES[usize::from(score)];
                            radio("diary_pain", label, label, *pain == Some(score), onchange)
                        }) }
                    </div>
                    <p class="scale-ends" id="diary_pain-ends"><span>{ words.pain_score_low() }</span><span>{ words.pain_score_high() }</span></p>
                </fieldset>
                <fieldset class="question">
                    <legend>{ later.diary_activities() }</legend>
                    <div class="choices">
                        { for DailyFunction::ALL.into_iter().map(|value| {
                            let onchange = { let activities = activities.clone(); Callback::from(move |_| activities.set(Some(value))) };
                            radio("diary_activities", value.id(), words.choice(Choice::DailyFunction(value)), *activities == Some(value), onchange)
                        }) }
                    </div>
                </fieldset>
                // Said only once the browser has committed it.
                if keeping.saved_entry && keeping.entry_on_device && !keeping.save_failed {
                    <SavedMessage />
                }
                <div class="actions">
                    <button type="button" class="button" onclick={onback}>{ words.back() }</button>
                    // Saved: nothing left to save today, so no Save button (unless the save
                    // failed, and the person may try again).
                    if !keeping.saved_entry || keeping.save_failed {
                        <button type="submit" class="button primary" disabled={pain.is_none() || activities.is_none()}>{ later.diary_save() }</button>
                    }
                </div>
            </form>
            { diary_chart(words, kept, keeping.today, "screen") }
        </main>
    }
}

/// The chart and table in `words`' language (the printout may need English as well);
/// `id` keeps its element ids apart from the other copies on the page.
pub fn diary_chart(words: &Words, kept: &Kept, today: Day, id: &str) -> Html {
    let later = super::later_words(words);
    // Drawn only from what is kept: never in the guest build.
    if !KEEPING_BUILT {
        return Html::default();
    }
    let marks = kept.treatment_marks();
    let Some(drawn) = Chart::of(&kept.diary, &marks, today) else {
        return Html::default();
    };
    let view_box = format!("0 0 {} {}", chart::WIDTH, chart::HEIGHT);
    let bottom = chart::HEIGHT - chart::BOTTOM;
    html! {
        <figure class="diary-chart" aria-labelledby={format!("{id}-chart-title")}>
            <figcaption id={format!("{id}-chart-title")}>{ later.chart_title() }</figcaption>
            <svg viewBox={view_box} role="img" aria-labelledby={format!("{id}-chart-description")} class="chart">
                <title id={format!("{id}-chart-description")}>{ later.chart_description() }</title>
                // The pain axis: 0, 5 and 10.
                { for [0u8, 5, 10].into_iter().map(|score| {
                    let y = chart::y_of(score);
                    html! {
                        <g class="axis">
                            <line x1={chart::LEFT.to_string()} x2={(chart::WIDTH - chart::RIGHT).to_string()} y1={y.to_string()} y2={y.to_string()} />
                            <text x={(chart::LEFT - 6).to_string()} y={(y + 4).to_string()} text-anchor="end">{ score }</text>
                        </g>
                    }
                }) }
                <text class="axis-date" x={chart::LEFT.to_string()} y={(bottom + 18).to_string()}>{ short_date(words, drawn.first) }</text>
                <text class="axis-date" x={(chart::WIDTH - chart::RIGHT).to_string()} y={(bottom + 18).to_string()} text-anchor="end">{ short_date(words, drawn.last) }</text>
                { for drawn.marks.iter().map(|mark| html! {
                    <g class="mark" data-option={mark.option.id()}>
                        <line x1={mark.x.to_string()} x2={mark.x.to_string()} y1={chart::TOP.to_string()} y2={bottom.to_string()} />
                        // The dashed line says what it marks: the treatment's name beside it.
                        <text class="mark-label" x={(mark.x + 3).to_string()} y={(chart::TOP + 10).to_string()}>{ words.option_name(mark.option) }</text>
                    </g>
                }) }
                <polyline class="line" points={drawn.polyline()} />
                { for drawn.points.iter().map(|point| html! {
                    <circle class="point" cx={point.x.to_string()} cy={point.y.to_string()} r="3.5"
                        data-day={point.entry.day.iso()} data-pain={point.entry.pain.to_string()} />
                }) }
            </svg>
            if !drawn.marks.is_empty() {
                <p class="marks">
                    <strong>{ later.marks_title() }{ ": " }</strong>
                    { drawn.marks.iter().map(|mark| format!("{} ({})", words.option_name(mark.option), later.date(mark.day))).collect::<Vec<_>>().join("; ") }
                </p>
            }
            <table class="diary-table">
                <thead>
                    <tr><th scope="col">{ later.table_date() }</th><th scope="col">{ later.table_pain() }</th><th scope="col">{ later.table_activities() }</th></tr>
                </thead>
                <tbody>
                    { for drawn.points.iter().map(|point| html! {
                        <tr data-day={point.entry.day.iso()}>
                            <th scope="row"><time datetime={point.entry.day.iso()}>{ short_date(words, point.entry.day) }</time></th>
                            <td>{ point.entry.pain }</td>
                            <td>{ words.choice(Choice::DailyFunction(point.entry.activities)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

/// "29 Nov", for the chart's axis.
fn short_date(words: &Words, day: Day) -> String {
    let later = super::later_words(words);
    let (_, month, date) = day.civil();
    format!("{date} {}", later.months()[(month - 1) as usize])
}

#[cfg(test)]
mod tests {
    use super::checker_address;

    #[test]
    fn the_reminder_links_to_the_page_without_its_query_or_fragment() {
        assert_eq!(
            checker_address("https://clinic.example/back/?lang=es#q"),
            "https://clinic.example/back/"
        );
        assert_eq!(
            checker_address("http://127.0.0.1:8080/"),
            "http://127.0.0.1:8080/"
        );
    }
}

/// "Today's entry is saved", which takes focus when it appears: the person is told, and
/// the keyboard is where the form ended.
#[function_component]
fn SavedMessage() -> Html {
    let later = use_later_words();
    let message = use_node_ref();
    use_focus_on_mount(message.clone());
    html! {
        <p class="saved" role="status" tabindex="-1" ref={message}>{ later.diary_saved() }</p>
    }
}
