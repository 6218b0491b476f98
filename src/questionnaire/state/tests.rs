use super::*;
use crate::questionnaire::testing::{mild_result, Answering};

fn mildly(state: &mut State, page: Page) {
    Answering::default().page(state, page);
}

#[test]
fn next_stays_on_a_page_with_an_unanswered_question_and_says_which() {
    let mut state = State::default();
    state.apply(Action::SetItem(Item::TearingPain, TriState::No));
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Questions(Page::WarningSigns));
    assert!(state.show_problems);
    // Only what is missing, one line each.
    assert_eq!(
        state.problems(Page::WarningSigns),
        [
            (Question::Item(Item::PainMoves), Problem::Unanswered),
            (Question::Item(Item::FaintOrClammy), Problem::Unanswered),
            (Question::Item(Item::PulsingBelly), Problem::Unanswered),
            (Question::Item(Item::KnownAneurysm), Problem::Unanswered),
            (Question::Item(Item::ChestPain), Problem::Unanswered),
            (Question::Item(Item::Breathless), Problem::Unanswered),
        ]
    );
}

#[test]
fn none_of_these_answers_the_whole_group_no_in_one_tap_and_goes_on() {
    let mut state = State::default();
    state.apply(Action::NoneOfThese);
    assert_eq!(state.step, Step::Questions(Page::Nerves));
    assert_eq!(state.answers.vascular_warning, Some(TriState::No));
    assert_eq!(state.answers.chest_or_breathing, Some(TriState::No));
    state.apply(Action::NoneOfThese);
    state.apply(Action::NoneOfThese);
    // The legs: no leg symptom, so both_legs follows without being asked.
    assert_eq!(state.step, Step::Questions(Page::Health));
    assert_eq!(state.answers.both_legs, Some(TriState::No));
    assert_eq!(state.answers.leg_pain, Some(crate::engine::LegPain::None));
    assert!(!state.items.is_asked(Item::BothLegs));
}

#[test]
fn no_to_the_rest_answers_only_the_open_items_and_keeps_a_yes_that_raised_an_emergency() {
    let mut state = State::default();
    state.apply(Action::NoneOfThese);
    assert!(!state.some_items_answered(Page::Nerves));
    state.apply(Action::SetItem(Item::SaddleNumbness, TriState::Yes));
    assert!(!state
        .unacknowledged_emergency(&state.assessment())
        .is_empty());
    state.apply(Action::AcknowledgeEmergency);
    assert!(
        state.some_items_answered(Page::Nerves),
        "the button says 'No to the rest'"
    );
    state.apply(Action::NoneOfThese);
    assert_eq!(state.items.get(Item::SaddleNumbness), Some(TriState::Yes));
    assert_eq!(state.items.get(Item::Bladder), Some(TriState::No));
    assert_eq!(state.assessment().triage, Level::Emergency);
    assert!(state.withdrawn_emergency_answers().is_empty());
}

/// Every item that raises an emergency on its own, answered yes on its page, and then every
/// group button and step after it: the result stays an emergency, unless the person
/// changes that very answer, and then the result says they had said yes to it.
#[test]
fn no_bulk_control_lowers_an_emergency_and_changing_its_answer_is_said_at_the_result() {
    let raising: Vec<Item> = Item::ALL
        .into_iter()
        .filter(|&item| {
            let mut state = State::default();
            state.apply(Action::SetItem(item, TriState::Yes));
            state.assessment().triage == Level::Emergency
        })
        .collect();
    assert!(raising.contains(&Item::SaddleNumbness) && raising.contains(&Item::Bladder));
    for item in raising {
        let page = *Page::ALL
            .iter()
            .find(|page| page.items().contains(&item))
            .unwrap();
        let mut state = State::default();
        while state.step != Step::Questions(page) {
            let Step::Questions(at) = state.step else {
                panic!("{item:?}: never reached {page:?}");
            };
            mildly(&mut state, at);
            state.apply(Action::Next);
        }
        state.apply(Action::SetItem(item, TriState::Yes));
        assert!(
            !state
                .unacknowledged_emergency(&state.assessment())
                .is_empty(),
            "{item:?}"
        );
        state.apply(Action::AcknowledgeEmergency);
        // The group's button, then every step after it answered mildly.
        state.apply(Action::NoneOfThese);
        let leaving = Answering {
            leaving: Some(item),
            ..Answering::default()
        };
        while let Step::Questions(at) = state.step {
            leaving.page(&mut state, at);
            state.apply(Action::NoneOfThese);
            if state.step == Step::Questions(at) {
                state.apply(Action::Next);
            }
        }
        state.apply(Action::SeeResult);
        assert_eq!(state.step, Step::Result, "{item:?}");
        assert_eq!(state.assessment().triage, Level::Emergency, "{item:?}");
        assert!(state.withdrawn_emergency_answers().is_empty(), "{item:?}");
        // The person changes that answer themselves: their choice, said at the top.
        state.apply(Action::Change(page));
        state.apply(Action::SetItem(item, TriState::No));
        assert_eq!(
            state.withdrawn_emergency_answers(),
            [Question::Item(item)],
            "{item:?}"
        );
    }
}

#[test]
fn asking_the_warning_signs_again_asks_each_no_again_and_keeps_each_yes() {
    let mut state = mild_result();
    state.apply(Action::Change(Page::Health));
    state.apply(Action::SetItem(Item::Fever, TriState::Yes));
    state.apply(Action::Next);
    state.apply(Action::SeeResult);
    state.acknowledged.push(crate::engine::RuleId::CaudaEquina);
    state.recheck_warning_signs();
    assert!(state.rechecking);
    assert_eq!(state.step, Step::Questions(Page::WarningSigns));
    assert_eq!(state.items.get(Item::Fever), Some(TriState::Yes));
    assert_eq!(state.items.get(Item::SaddleNumbness), None);
    assert!(state.acknowledged.is_empty(), "every emergency read again");
    // Their pages only, then the result.
    for _ in Page::RECHECKED {
        state.apply(Action::NoneOfThese);
    }
    assert_eq!(state.step, Step::Result);
    assert!(!state.rechecking);
}

#[test]
fn a_yes_in_a_group_interrupts_at_once_in_three_taps_from_start() {
    // Tap 1 is the start screen's Start (the session's).
    let mut state = State::default();
    state.apply(Action::NoneOfThese); // tap 2
    state.apply(Action::SetItem(Item::Bladder, TriState::Yes)); // tap 3
    assert_eq!(
        state.unacknowledged_emergency(&state.assessment()),
        vec![RuleId::CaudaEquina]
    );
}

#[test]
fn change_from_check_your_answers_comes_straight_back() {
    let mut state = State::default();
    Answering::default().to_check(&mut state);
    assert_eq!(state.step, Step::Check);
    state.apply(Action::Change(Page::Legs));
    assert_eq!(state.step, Step::Questions(Page::Legs));
    state.apply(Action::SetItem(Item::LegNumbness, TriState::Yes));
    // A new follow-up appears on the same page and must be answered first.
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Questions(Page::Legs));
    state.apply(Action::SetItem(Item::BothLegs, TriState::No));
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Check);
    state.apply(Action::SeeResult);
    assert_eq!(state.step, Step::Result);
    assert_eq!(state.assessment().triage, Level::Routine);
}

#[test]
fn the_result_from_history_needs_every_page_done() {
    let mut state = State::default();
    state.apply(Action::Show(Step::Result));
    assert_eq!(state.step, Step::Questions(Page::WarningSigns));
    assert!(state.show_problems);
    assert_eq!(Step::from_id("page-3"), Some(Step::Questions(Page::Legs)));
    assert_eq!(Step::from_id("page-0"), None);
    assert_eq!(Step::from_id("page-99"), None);
    for step in [Step::Check, Step::Result, Step::Questions(Page::Relief)] {
        assert_eq!(Step::from_id(&step.id()), Some(step));
    }
}

#[test]
fn the_progress_total_is_known_from_the_first_step_and_never_goes_up() {
    let mut state = State::default();
    let total = Page::ALL.len() + 1;
    assert_eq!(
        state.progress(Step::Questions(Page::WarningSigns)),
        Some((1, total))
    );
    let treatment = state.progress(Step::Questions(Page::Treatment)).unwrap();
    assert_eq!(
        state.progress(Step::Questions(Page::Relief)),
        None,
        "not asked"
    );
    assert_eq!(state.progress(Step::Check), Some((total, total)));
    assert_eq!(state.progress(Step::Result), None);
    state.apply(Action::ToggleTreatment(OptionId::HeatIce));
    assert_eq!(
        state.progress(Step::Questions(Page::Treatment)),
        Some(treatment),
        "a treatment ticked leaves the count where it was"
    );
    assert_eq!(
        state.progress(Step::Questions(Page::Relief)),
        Some((treatment.0 + 1, total))
    );
    assert_eq!(state.progress(Step::Check), Some((total, total)));
}

#[test]
fn the_warning_signs_asked_again_count_their_own_steps() {
    let state = State {
        rechecking: true,
        ..State::default()
    };
    let steps = Page::WARNING_SIGNS.len();
    for (at, page) in Page::WARNING_SIGNS.into_iter().enumerate() {
        assert_eq!(
            state.progress(Step::Questions(page)),
            Some((at + 1, steps)),
            "{page:?}"
        );
    }
}

#[test]
fn nothing_tried_goes_from_the_treatments_straight_to_check_your_answers() {
    let mut state = State {
        step: Step::Questions(Page::Treatment),
        ..State::default()
    };
    state.apply(Action::NoTreatments);
    state.apply(Action::Next);
    assert_eq!(state.step, Step::Check);
    state.apply(Action::Back);
    assert_eq!(state.step, Step::Questions(Page::Treatment));
}

#[test]
fn diagnosis_and_imaging_may_be_left() {
    let mut state = State {
        step: Step::Questions(Page::Treatment),
        ..State::default()
    };
    state.apply(Action::NoTreatments);
    assert!(state.problems(Page::Treatment).is_empty());
}

#[test]
fn a_whole_questionnaire_of_mild_answers_reaches_a_complete_self_care_result() {
    let mut state = State::default();
    let mut seen = Vec::new();
    while let Step::Questions(page) = state.step {
        assert!(!seen.contains(&page), "{page:?} twice");
        seen.push(page);
        mildly(&mut state, page);
        state.apply(Action::Next);
    }
    assert_eq!(seen, state.pages(), "every page asked, in order");
    assert_eq!(state.step, Step::Check);
    state.apply(Action::SeeResult);
    assert_eq!(state.step, Step::Result);
    let assessment = state.assessment();
    assert!(assessment.complete);
    assert_eq!(assessment.triage, Level::SelfCare);
    assert!(assessment.may_be_shown());
}

#[test]
fn back_and_forward_keep_every_answer_and_draft() {
    let mut state = State::default();
    assert!(state.at_first_page());
    mildly(&mut state, Page::WarningSigns);
    state.apply(Action::Next);
    assert!(!state.at_first_page());
    state.apply(Action::SetText(Field::Age, "4".into()));
    state.apply(Action::Back);
    state.apply(Action::Back);
    assert_eq!(
        state.step,
        Step::Questions(Page::WarningSigns),
        "no page before the first: the session leaves"
    );
    state.apply(Action::Next);
    assert_eq!(state.drafts.age, "4");
    assert_eq!(state.answers.vascular_warning, Some(TriState::No));
}

#[test]
fn an_emergency_answer_is_pending_until_acknowledged_and_a_new_one_shows_again() {
    let mut state = State::default();
    state.apply(Action::SetItem(Item::PainMoves, TriState::Yes));
    assert_eq!(
        state.unacknowledged_emergency(&state.assessment()),
        vec![RuleId::Vascular]
    );
    state.apply(Action::AcknowledgeEmergency);
    assert!(state
        .unacknowledged_emergency(&state.assessment())
        .is_empty());
    state.apply(Action::SetItem(Item::Breathless, TriState::Yes));
    assert_eq!(
        state.unacknowledged_emergency(&state.assessment()),
        vec![RuleId::ChestOrBreathing]
    );
}

#[test]
fn an_invalid_number_is_a_problem_and_leaves_the_answer_absent() {
    let mut state = State::default();
    state.apply(Action::SetText(Field::Age, "130".into()));
    assert_eq!(state.answers.age, None);
    assert_eq!(
        state.problem(Field::Age),
        Some(Problem::Number(NumberProblem::OutOfRange {
            min: 0,
            max: 120
        }))
    );
    state.apply(Action::SetText(Field::DurationWeeks, "3".into()));
    state.apply(Action::SetDurationUnit(DurationUnit::Months));
    assert_eq!(state.answers.duration_weeks, Some(13.0));
}

#[test]
fn each_treatment_ticked_is_rated_once_and_unticking_forgets_its_rating() {
    let mut state = State::default();
    state.apply(Action::ToggleTreatment(OptionId::PhysicalTherapy));
    state.apply(Action::ToggleTreatment(OptionId::FacetJointBlock));
    assert_eq!(state.problem(Field::Relief), Some(Problem::Unanswered));
    state.apply(Action::SetRelief(
        OptionId::FacetJointBlock,
        Relief::Temporary,
    ));
    assert_eq!(
        state.unrated_treatments().collect::<Vec<_>>(),
        [OptionId::PhysicalTherapy]
    );
    state.apply(Action::SetRelief(
        OptionId::PhysicalTherapy,
        Relief::Partial,
    ));
    assert_eq!(state.problem(Field::Relief), None);
    // A treatment not ticked cannot be rated.
    state.apply(Action::SetRelief(OptionId::Massage, Relief::Good));
    assert_eq!(state.answers.relief_of(OptionId::Massage), Relief::None);
    state.apply(Action::ToggleTreatment(OptionId::FacetJointBlock));
    assert_eq!(
        state.answers.relief.map(|r| r.iter().collect::<Vec<_>>()),
        Some(vec![(OptionId::PhysicalTherapy, Relief::Partial)])
    );
    state.apply(Action::SetText(Field::PtWeeks, "8".into()));
    assert_eq!(state.problem(Field::PtWeeks), None);
    state.apply(Action::ToggleTreatment(OptionId::PhysicalTherapy));
    assert_eq!(state.answers.treatments_tried, Some(vec![]));
    assert_eq!(state.answers.relief, None);
    assert_eq!(state.answers.pt_weeks, None);
    assert_eq!(
        state.problem(Field::Relief),
        None,
        "not asked once nothing was tried"
    );
}
