use super::*;
use crate::engine::{Answers, DailyFunction, Field, Level, RuleId, TriState};
use crate::questionnaire::testing::Answering;
use crate::questionnaire::{Action as Answer, Item};

/// A session whose questionnaire is answered mildly to its result, on a page where keeping
/// is offered, on day 20,000.
fn at_the_result() -> Session {
    let mut session = Session::default();
    session.keeping.offered = true;
    session.keeping.today = Day(20_000);
    session.apply(Action::Start);
    let answering = Answering::default();
    while let Step::Questions(page) = session.questionnaire.step {
        answering.page(&mut session.questionnaire, page);
        session.apply(Answer::Next.into());
    }
    session.apply(Answer::SeeResult.into());
    assert_eq!(session.screen(), Screen::Result);
    session
}

fn entry(pain: u8) -> DiaryEntry {
    DiaryEntry {
        day: Day(0),
        pain,
        activities: DailyFunction::Normal,
    }
}

#[test]
fn screens_are_named_in_the_history_by_step_never_by_answer() {
    for screen in [
        Screen::Start,
        Screen::Questions(Page::Legs),
        Screen::Check,
        Screen::Result,
        Screen::About,
        Screen::Diary,
    ] {
        assert_eq!(Screen::from_id(&screen.id()), Some(screen));
    }
    assert_eq!(Screen::Questions(Page::Legs).id(), "page-3");
    assert_eq!(Screen::from_id("page-0"), None);
}

#[test]
fn back_from_the_first_page_is_the_start_screen_and_an_answer_from_there_is_ignored() {
    let mut session = Session::default();
    session.apply(Action::Start);
    assert_eq!(session.screen(), Screen::Questions(Page::WarningSigns));
    session.apply(Answer::Back.into());
    assert_eq!(session.screen(), Screen::Start);
    session.apply(Answer::SetItem(Item::Bladder, TriState::Yes).into());
    assert_eq!(session.questionnaire.items.get(Item::Bladder), None);
}

#[test]
fn the_emergency_panel_interrupts_the_questionnaire_only() {
    let mut session = Session::default();
    session.apply(Action::Start);
    session.apply(Answer::NoneOfThese.into());
    session.apply(Answer::SetItem(Item::Bladder, TriState::Yes).into());
    let assessment = session.questionnaire.assessment();
    assert!(session.shows_emergency_panel(&assessment));
    session.apply(Action::ShowAbout);
    assert!(
        !session.shows_emergency_panel(&assessment),
        "the about view they opened"
    );
    session.apply(Action::CloseAbout);
    assert!(session.shows_emergency_panel(&assessment));
}

#[test]
fn start_again_asks_first() {
    let mut session = Session::default();
    session.apply(Action::Start);
    session.apply(Answer::NoneOfThese.into());
    session.apply(Action::AskStartOver);
    assert!(session.confirming_start_over);
    session.apply(Action::CancelStartOver);
    assert_eq!(
        session.questionnaire.answers.vascular_warning,
        Some(TriState::No)
    );
    session.apply(Action::AskStartOver);
    session.apply(Action::StartOver);
    assert_eq!(session.questionnaire.answers, Answers::default());
    assert!(!session.confirming_start_over);
}

#[test]
fn start_over_clears_every_answer_but_keeps_the_emergency_number() {
    let uk = EmergencyNumber::parse("999").unwrap();
    let mut session = Session::new(uk);
    session.apply(Action::Start);
    session.apply(Answer::SetTriState(Field::Fever, TriState::Yes).into());
    session.apply(Answer::SetText(Field::Age, "50".into()).into());
    session.apply(Action::StartOver);
    assert_eq!(
        session,
        Session {
            announcement: Some(Announcement::StartedAgain),
            ..Session::new(uk)
        }
    );
}

#[test]
fn each_confirmed_change_is_announced_once_and_the_next_step_clears_it() {
    let mut session = at_the_result();
    assert_eq!(session.announcement, None);
    session.apply(Action::AskStartOver);
    session.apply(Action::StartOver);
    assert_eq!(session.announcement, Some(Announcement::StartedAgain));
    // The emergency number arriving is no step of the person's: still said.
    session.apply(Action::SetEmergencyNumber(EmergencyNumber::DEFAULT));
    assert_eq!(session.announcement, Some(Announcement::StartedAgain));
    session.apply(Action::Start);
    assert_eq!(session.announcement, None, "moving on clears it");
    session.apply(Action::AskStartOver);
    session.apply(Action::StartOver);
    assert_eq!(
        session.announcement,
        Some(Announcement::StartedAgain),
        "the same change again is said again"
    );
}

#[test]
fn keeping_is_announced_only_once_the_browser_committed_it_and_again_after_a_failure() {
    let mut session = at_the_result();
    session.apply(Action::Keep);
    assert!(session.keeping.just_kept, "what is kept takes focus");
    assert_eq!(session.announcement, None, "not yet written");
    session.apply(Action::KeptOnDevice(false));
    assert_eq!(
        session.announcement, None,
        "a failure is never said as kept"
    );
    session.apply(Action::KeptOnDevice(true));
    assert_eq!(session.announcement, Some(Announcement::Kept));
    session.apply(Action::Show(Screen::Check));
    assert_eq!(session.announcement, None);
    assert!(!session.keeping.just_kept);
    session.apply(Action::KeptOnDevice(true));
    assert_eq!(session.announcement, None, "a later write is no news");
    session.apply(Action::Keep);
    assert!(
        !session.keeping.just_kept,
        "already kept: nothing replaces the offer"
    );
    session.apply(Action::AskForget);
    session.apply(Action::ForgetEverything);
    assert_eq!(session.announcement, Some(Announcement::Forgotten));
}

#[test]
fn nothing_is_kept_until_the_person_says_yes_and_never_in_a_widget() {
    let mut session = at_the_result();
    assert_eq!(session.keeping.kept, None);
    let mut guest = session.clone();
    guest.keeping.offered = false;
    guest.apply(Action::Keep);
    assert_eq!(guest.keeping.kept, None);
    session.apply(Action::Keep);
    let kept = session.keeping.kept.clone().expect("kept once asked");
    assert_eq!(kept.results.len(), 1);
    assert_eq!(kept.results[0].day, Day(20_000));
    assert_eq!(
        kept.results[0].level,
        session.questionnaire.assessment().triage
    );
}

#[test]
fn starting_over_keeps_what_is_kept_and_continue_or_check_again_bring_it_back() {
    let mut session = at_the_result();
    session.apply(Action::Keep);
    let answers = session.questionnaire.answers.clone();
    session.apply(Action::StartOver);
    assert_eq!(session.screen(), Screen::Start);
    assert_eq!(session.questionnaire.answers, Answers::default());
    assert!(session.kept_questionnaire().is_some());
    let mut resumed = session.clone();
    resumed.apply(Action::Continue);
    assert_eq!(resumed.screen(), Screen::Result);
    assert_eq!(resumed.questionnaire.answers, answers);
    session.apply(Action::CheckAgain);
    assert_eq!(session.screen(), Screen::Check);
    assert_eq!(session.questionnaire.answers, answers);
}

#[test]
fn what_start_up_finds_is_not_replaced_by_a_questionnaire_begun_before_it_arrived() {
    let mut earlier = at_the_result();
    earlier.apply(Action::Keep);
    let found = earlier.keeping.kept.clone().unwrap();
    let mut session = Session::default();
    session.keeping.offered = true;
    session.apply(Action::Start);
    session.apply(Action::Found(Box::new(found.clone())));
    assert_eq!(session.keeping.kept.as_ref(), Some(&found));
    session.apply(Action::Show(Screen::Diary));
    assert_eq!(session.screen(), Screen::Diary);
    session.apply(Action::ForgetEverything);
    session.apply(Action::Show(Screen::Diary));
    assert_eq!(
        session.screen(),
        Screen::Start,
        "no diary once everything is forgotten"
    );
}

#[test]
fn forget_everything_asks_then_drops_what_is_kept_and_every_answer() {
    let mut session = at_the_result();
    session.apply(Action::Keep);
    session.apply(Action::AskForget);
    assert!(session.keeping.confirming_forget);
    session.apply(Action::CancelForget);
    assert!(session.keeping.kept.is_some());
    assert_eq!(session.keeping.erasures, 0);
    session.apply(Action::ForgetEverything);
    assert_eq!(session.keeping.kept, None);
    assert!(session.keeping.forgotten && session.keeping.offered);
    assert_eq!(session.keeping.erasures, 1, "one erasure for the device");
    assert_eq!(session.questionnaire.answers, Answers::default());
    assert_eq!(session.screen(), Screen::Start);
    session.apply(Action::FoundUnreadable);
    assert_eq!(session.announcement, Some(Announcement::SetAside));
    assert!(
        session.keeping.has_anything(),
        "a set-aside record is there to forget"
    );
    session.apply(Action::ForgetEverything);
    assert_eq!(session.keeping.erasures, 2);
}

#[test]
fn a_worse_diary_entry_asks_each_no_again_and_keeps_each_yes() {
    let mut session = at_the_result();
    session.apply(Action::Keep);
    session.apply(Answer::Change(Page::Health).into());
    session.apply(Answer::SetItem(Item::Fever, TriState::Yes).into());
    session.apply(Answer::Next.into());
    session.apply(Answer::SeeResult.into());
    session.apply(Action::ShowDiary(Day(20_000)));
    session.apply(Action::AddDiaryEntry(entry(9)));
    assert!(session.questionnaire.rechecking);
    assert_eq!(
        session.questionnaire.items.get(Item::Fever),
        Some(TriState::Yes)
    );
    assert_eq!(session.questionnaire.items.get(Item::SaddleNumbness), None);
}

#[test]
fn a_worse_diary_entry_asks_the_warning_signs_again_and_an_emergency_still_interrupts() {
    let mut session = at_the_result();
    session.apply(Action::Keep);
    session.apply(Action::ShowDiary(Day(20_000)));
    assert_eq!(session.screen(), Screen::Diary);
    let mut back = session.clone();
    back.apply(Action::Back);
    assert_eq!(
        back.screen(),
        Screen::Result,
        "back where the diary was opened"
    );
    // The questionnaire said 3: 2 is not worse.
    session.apply(Action::AddDiaryEntry(entry(2)));
    assert_eq!(session.screen(), Screen::Diary);
    assert!(session.keeping.saved_entry);
    assert!(
        !session.keeping.entry_on_device,
        "not said to be saved before the write is committed"
    );
    session.apply(Action::KeptOnDevice(false));
    assert!(!session.keeping.entry_on_device, "nor after it failed");
    session.apply(Action::KeptOnDevice(true));
    assert!(session.keeping.entry_on_device);
    let kept = session.keeping.kept.as_ref().unwrap();
    assert_eq!(kept.diary[0].day, Day(20_000), "dated today by the reducer");
    session.apply(Action::ShowDiary(Day(20_001)));
    // As if they had read the cauda equina panel on an earlier check.
    session.questionnaire.acknowledged.push(RuleId::CaudaEquina);
    session.apply(Action::AddDiaryEntry(entry(6)));
    assert_eq!(session.screen(), Screen::Questions(Page::WarningSigns));
    assert!(session.questionnaire.rechecking);
    assert_eq!(
        session.questionnaire.items.get(Item::TearingPain),
        None,
        "asked again, unanswered"
    );
    // Three groups of none, then a bladder problem on the second: the panel, even for
    // someone who had read that emergency's panel before.
    let mut emergency = session.clone();
    emergency.apply(Answer::NoneOfThese.into());
    emergency.apply(Answer::SetItem(Item::Bladder, TriState::Yes).into());
    assert!(emergency.shows_emergency_panel(&emergency.questionnaire.assessment()));
    for _ in Page::RECHECKED {
        session.apply(Answer::NoneOfThese.into());
    }
    assert_eq!(session.screen(), Screen::Result);
    assert!(!session.questionnaire.rechecking);
    assert_eq!(session.keeping.kept.as_ref().unwrap().diary.len(), 2);
    assert_eq!(
        session
            .keeping
            .kept
            .as_ref()
            .unwrap()
            .results
            .last()
            .map(|r| r.level),
        Some(Level::SelfCare)
    );
    // Another day, from the start screen with nothing in memory: worse again, so the
    // kept answers come back and the warning signs are asked within them.
    session.apply(Action::StartOver);
    session.apply(Action::ShowDiary(Day(20_002)));
    session.apply(Action::AddDiaryEntry(entry(9)));
    assert_eq!(session.screen(), Screen::Questions(Page::WarningSigns));
    assert_eq!(session.questionnaire.answers.pain_score, Some(3));
}
