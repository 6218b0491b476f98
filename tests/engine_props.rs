//! Properties of the engine over generated answers: triage.md's monotonicity invariants,
//! no panics on any input, the JSON round trip, and that every rule can fire.

use backstep::engine::{
    assess, parse_answers, rule, Answers, DailyFunction, Diagnosis, Field, LegPain, LegWeakness,
    Level, OptionId, PainArea, Relief, ReliefByOption, RuleId, TriState, TRIAGE_FIELDS,
    TRI_STATE_FIELDS,
};
use proptest::prelude::*;
use serde_json::Value;

/// Weeks near every threshold of the policy, and anything else up to a year.
fn weeks() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![
        prop::sample::select(vec![
            0.0, 1.9, 2.0, 3.9, 4.0, 5.9, 6.0, 11.9, 12.0, 25.9, 26.0, 40.0
        ]),
        0.0..60.0_f64,
    ]
}

/// A tri-state, mostly absent or no, so that many generated people are not emergencies.
fn tri_state() -> impl Strategy<Value = Option<TriState>> {
    prop_oneof![
        3 => Just(None),
        5 => Just(Some(TriState::No)),
        1 => Just(Some(TriState::Unsure)),
        1 => Just(Some(TriState::Yes)),
    ]
}

fn choice<T: Clone + std::fmt::Debug + 'static>(all: &[T]) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(all.to_vec()))
}

/// A few options tried, each once, in table order (as the parser stores them).
fn treatments() -> impl Strategy<Value = Option<Vec<OptionId>>> {
    prop::option::of(prop::collection::vec(
        prop::sample::select(OptionId::ALL.to_vec()),
        0..5,
    ))
    .prop_map(|tried| {
        tried.map(|tried| {
            OptionId::ALL
                .into_iter()
                .filter(|option| tried.contains(option))
                .collect()
        })
    })
}

/// Any answers the contract allows: every field absent or any valid value.
fn answers_with(weeks: impl Strategy<Value = f64> + Clone) -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(tri_state(), TRI_STATE_FIELDS.len()),
        (
            prop::option::of(0u8..=120),
            prop::option::of(weeks.clone()),
            choice(&PainArea::ALL),
            prop::option::of(0u8..=10),
            choice(&LegPain::ALL),
            choice(&LegWeakness::ALL),
            choice(&DailyFunction::ALL),
        ),
        (
            treatments(),
            prop::option::of(weeks),
            // One answer or none for each of up to five options tried.
            prop::option::of(prop::collection::vec(choice(&Relief::ALL), 5)),
            choice(&Diagnosis::ALL),
        ),
    )
        .prop_map(|(tri_states, numbers_and_choices, ladder)| {
            let (
                age,
                duration_weeks,
                pain_area,
                pain_score,
                leg_pain,
                leg_weakness,
                daily_function,
            ) = numbers_and_choices;
            let (treatments_tried, pt_weeks, reliefs, diagnosis) = ladder;
            let relief = reliefs.map(|reliefs| {
                let tried = treatments_tried.as_deref().unwrap_or_default();
                tried
                    .iter()
                    .zip(reliefs)
                    .filter_map(|(&option, relief)| relief.map(|relief| (option, relief)))
                    .collect::<ReliefByOption>()
            });
            let mut answers = Answers {
                age,
                duration_weeks,
                pain_area,
                pain_score,
                leg_pain,
                leg_weakness,
                daily_function,
                treatments_tried,
                pt_weeks,
                relief,
                diagnosis,
                ..Answers::default()
            };
            for (field, value) in TRI_STATE_FIELDS.into_iter().zip(tri_states) {
                if let Some(slot) = answers.tri_state_mut(field) {
                    *slot = value;
                }
            }
            answers
        })
}

fn any_answers() -> impl Strategy<Value = Answers> {
    answers_with(weeks())
}

fn triage(answers: &Answers) -> Level {
    assess(answers).triage
}

/// How many cases each property runs: `PROPTEST_CASES` where it is set (to run more, or
/// fewer), else 1500.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.trim().parse().ok())
        .unwrap_or(1500)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// triage.md: turning a tri-state from "no" (or absent) to "unsure", or from "unsure"
    /// to "yes", never makes triage less urgent.
    #[test]
    fn doubt_and_yes_never_lower_the_triage(answers in any_answers()) {
        let before = triage(&answers);
        for field in TRI_STATE_FIELDS {
            let raised = match answers.tri_state(field) {
                None | Some(TriState::No) => TriState::Unsure,
                Some(TriState::Unsure) => TriState::Yes,
                Some(TriState::Yes) => continue,
            };
            let mut after = answers.clone();
            if let Some(slot) = after.tri_state_mut(field) {
                *slot = Some(raised);
            }
            prop_assert!(
                triage(&after) >= before,
                "{} to {}: {:?} became {:?}", field.name(), raised.id(), before, triage(&after)
            );
        }
    }

    /// triage.md: leg_weakness along none -> stable -> worsening and none -> unsure ->
    /// worsening never makes triage less urgent.
    #[test]
    fn worse_weakness_never_lowers_the_triage(answers in any_answers()) {
        use LegWeakness::{Stable, Unsure, Worsening};
        let before = triage(&answers);
        let next: &[LegWeakness] = match answers.leg_weakness {
            Option::None | Some(LegWeakness::None) => &[Stable, Unsure, Worsening],
            Some(Stable | Unsure) => &[Worsening],
            Some(Worsening) => &[],
        };
        for &weakness in next {
            let after = Answers { leg_weakness: Some(weakness), ..answers.clone() };
            prop_assert!(triage(&after) >= before, "to {}", weakness.id());
        }
    }

    /// triage.md: raising age from below 70 to 70 or more never makes triage less urgent.
    #[test]
    fn turning_70_never_lowers_the_triage(answers in any_answers(), older in 70u8..=120) {
        if answers.age.is_some_and(|age| age < 70) {
            let before = triage(&answers);
            for age in [70, older] {
                let after = Answers { age: Some(age), ..answers.clone() };
                prop_assert!(triage(&after) >= before, "{:?} to {}", answers.age, age);
            }
        }
    }

    /// triage.md: raising age across 50 never makes triage less urgent (a sudden severe pain
    /// becomes an emergency there). From 20: leaving the teens drops `age_under_20`, a
    /// routine reason, which no age from 20 up takes back.
    #[test]
    fn turning_50_never_lowers_the_triage(answers in any_answers(), older in 50u8..=120) {
        if answers.age.is_some_and(|age| (20..50).contains(&age)) {
            let before = triage(&answers);
            for age in [50, older] {
                let after = Answers { age: Some(age), ..answers.clone() };
                prop_assert!(triage(&after) >= before, "{:?} to {}", answers.age, age);
            }
        }
    }

    /// triage.md: raising pain_score never makes triage less urgent.
    #[test]
    fn more_pain_never_lowers_the_triage(answers in any_answers(), raise in 1u8..=10) {
        let before = triage(&answers);
        let raised = match answers.pain_score {
            Some(score) => score.saturating_add(raise).min(10),
            None => raise,
        };
        let after = Answers { pain_score: Some(raised), ..answers.clone() };
        prop_assert!(triage(&after) >= before);
    }

    /// triage.md: adding weeks to duration_weeks never makes triage less urgent.
    #[test]
    fn more_weeks_never_lower_the_triage(answers in any_answers(), extra in weeks()) {
        let before = triage(&answers);
        let longer = answers.duration_weeks.unwrap_or(0.0) + extra;
        let after = Answers { duration_weeks: Some(longer), ..answers.clone() };
        prop_assert!(triage(&after) >= before);
    }

    /// The assessment is consistent with itself and with the answers.
    #[test]
    fn the_assessment_is_well_formed(answers in any_answers()) {
        let assessment = assess(&answers);
        let top = assessment.flags.iter().map(|flag| flag.level).max().unwrap_or(Level::SelfCare);
        prop_assert_eq!(assessment.triage, top);
        // Flags in table order, each rule once, never above the rule's own level.
        let order: Vec<usize> = assessment.flags.iter().map(|flag| flag.rule as usize).collect();
        prop_assert!(order.windows(2).all(|pair| pair[0] < pair[1]));
        for flag in &assessment.flags {
            let rule = rule(flag.rule);
            prop_assert_eq!(flag.suspected, rule.suspected);
            if flag.uncertain && !rule.keeps_level_when_unsure {
                prop_assert_eq!(flag.level, rule.level.lowered_for_doubt());
            } else {
                prop_assert_eq!(flag.level, rule.level);
            }
        }
        let unanswered: Vec<Field> =
            Field::ALL.into_iter().filter(|&field| !answers.is_answered(field)).collect();
        prop_assert_eq!(&assessment.unanswered, &unanswered);
        prop_assert_eq!(
            assessment.complete,
            TRIAGE_FIELDS.iter().all(|field| !unanswered.contains(field))
        );
        // Without any "unsure" answer nothing is uncertain.
        let any_unsure = TRI_STATE_FIELDS.iter().any(|&f| answers.tri_state(f) == Some(TriState::Unsure))
            || answers.leg_weakness == Some(LegWeakness::Unsure);
        if !any_unsure {
            prop_assert!(assessment.flags.iter().all(|flag| !flag.uncertain));
        }
        let ladder = &assessment.ladder;
        prop_assert!(ladder.current_step <= 5);
        prop_assert!((1..=5).contains(&ladder.next_step));
        prop_assert!(ladder.options.iter().all(|option| option.step().number() == ladder.next_step));
        prop_assert!(ladder.options.windows(2).all(|pair| (pair[0] as usize) < (pair[1] as usize)));
        if ladder.next_step == 5 {
            prop_assert_eq!(&ladder.options, &vec![OptionId::SurgicalConsultation]);
        }
        if ladder.repeat_what_helped {
            prop_assert_eq!(ladder.next_step, 3);
        }
        // Under 18, age unknown, or pregnant: no injections or procedures.
        let capped = answers.age.is_none_or(|age| age < 18)
            || matches!(answers.pregnant, Some(TriState::Yes | TriState::Unsure));
        if capped {
            prop_assert!(ladder.next_step <= 2);
        }
    }

    /// Answers written as JSON read back the same, through a value and through text.
    #[test]
    fn answers_round_trip_through_json(
        answers in any_answers(),
        tenths in answers_with((0u32..5000).prop_map(|tenths| f64::from(tenths) / 10.0)),
    ) {
        prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
        let text = answers_text(&tenths);
        prop_assert_eq!(parse_answers(&text), Ok(tenths));
    }

    /// Any JSON value at all is either read or refused with an error naming a field.
    #[test]
    fn any_json_value_is_read_or_refused_without_panic(value in any_json()) {
        match Answers::from_json(&value) {
            Ok(answers) => {
                let _ = assess(&answers);
            }
            Err(error) => {
                prop_assert!(!error.to_string().is_empty());
                match &value {
                    Value::Object(object) => prop_assert!(object.contains_key(error.field())),
                    _ => prop_assert_eq!(error.field(), ""),
                }
            }
        }
    }

    /// Any text at all is read or refused without panic.
    #[test]
    fn any_text_is_read_or_refused_without_panic(text in ".{0,200}") {
        let _ = parse_answers(&text);
    }

    /// Breaking one field of valid answers gives an error naming exactly that field.
    #[test]
    fn one_bad_field_is_named(answers in any_answers(), field in prop::sample::select(Field::ALL.to_vec()), pick in 0usize..8) {
        let mut json = answers.to_json();
        let bad = bad_values(field);
        let bad_value = bad[pick % bad.len()].clone();
        if let Value::Object(object) = &mut json {
            object.insert(field.name().to_owned(), bad_value.clone());
        }
        let error = Answers::from_json(&json).err();
        prop_assert_eq!(error.as_ref().map(|e| e.field()), Some(field.name()), "{} = {}", field.name(), bad_value);
    }

    /// Out-of-contract values built in Rust (not through JSON) do not panic either.
    #[test]
    fn assess_never_panics_on_any_numbers(
        answers in any_answers(),
        age in any::<u8>(),
        pain in any::<u8>(),
        duration in any::<f64>(),
        pt in any::<f64>(),
    ) {
        let odd = Answers {
            age: Some(age),
            pain_score: Some(pain),
            duration_weeks: Some(duration),
            pt_weeks: Some(pt),
            ..answers
        };
        let _ = assess(&odd);
    }
}

/// The answers as JSON text.
fn answers_text(answers: &Answers) -> String {
    answers.to_json().to_string()
}

/// Values the contract refuses for `field`.
fn bad_values(field: Field) -> Vec<Value> {
    use serde_json::json;
    match field {
        Field::Age => vec![json!(121), json!(-1), json!(34.5), json!("34"), json!(true)],
        Field::PainScore => vec![json!(11), json!(7.5), json!(-1), json!("8")],
        Field::DurationWeeks | Field::PtWeeks => {
            vec![
                json!(-0.5),
                json!("NaN"),
                json!("6"),
                json!([6]),
                json!(false),
            ]
        }
        Field::TreatmentsTried => {
            vec![
                json!("heat_ice"),
                json!(["magnets"]),
                json!([1]),
                json!({"heat_ice": true}),
            ]
        }
        Field::LegWeakness => vec![json!("yes"), json!("weak"), json!(2)],
        Field::PainArea
        | Field::LegPain
        | Field::DailyFunction
        | Field::Relief
        | Field::Diagnosis => {
            vec![json!("other"), json!(""), json!(0), json!([])]
        }
        _ => vec![
            json!(true),
            json!("Yes"),
            json!("maybe"),
            json!(1),
            json!({}),
        ],
    }
}

/// Any JSON value, with keys often taken from the contract so that deep checks run.
fn any_json() -> impl Strategy<Value = Value> {
    let contract_strings: Vec<&'static str> = Field::ALL
        .iter()
        .map(|field| field.name())
        .chain(OptionId::ALL.iter().map(|option| option.id()))
        .chain([
            "yes",
            "no",
            "unsure",
            "none",
            "below_knee",
            "good",
            "temporary",
        ])
        .collect();
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (0u8..=130).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        prop::sample::select(contract_strings.clone()).prop_map(Value::from),
    ];
    let key = prop_oneof![
        3 => prop::sample::select(contract_strings).prop_map(str::to_owned),
        1 => ".{0,12}",
    ];
    leaf.prop_recursive(4, 64, 10, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..10)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Answers that make `id` fire for certain (no "unsure" answer involved).
fn answers_firing(id: RuleId) -> Answers {
    let yes = Some(TriState::Yes);
    let none = Answers::default();
    match id {
        RuleId::CaudaEquina => Answers {
            saddle_numbness: yes,
            ..none
        },
        RuleId::BilateralLegSymptoms => Answers {
            both_legs: yes,
            leg_numbness: yes,
            ..none
        },
        RuleId::CesSexualWithLegSymptoms => Answers {
            sexual_dysfunction: yes,
            both_legs: yes,
            ..none
        },
        RuleId::ProgressiveWeakness => Answers {
            leg_weakness: Some(LegWeakness::Worsening),
            ..none
        },
        RuleId::GaitDisturbance => Answers {
            walking_difficulty: yes,
            ..none
        },
        RuleId::CancerWithNeuro => Answers {
            cancer_history: yes,
            leg_pain: Some(LegPain::BelowKnee),
            ..none
        },
        RuleId::MajorTrauma => Answers {
            major_trauma: yes,
            ..none
        },
        RuleId::InfectionWithNeuro => Answers {
            fever: yes,
            bladder_change: yes,
            ..none
        },
        RuleId::InfectionRiskWithFever => Answers {
            fever: yes,
            recent_spinal_procedure: yes,
            ..none
        },
        RuleId::Vascular => Answers {
            vascular_warning: yes,
            ..none
        },
        RuleId::SuddenSeverePainOver50 => Answers {
            sudden_severe_pain: yes,
            age: Some(50),
            ..none
        },
        RuleId::KnownAneurysmSymptomatic => Answers {
            known_aneurysm: yes,
            constant_night_pain: yes,
            ..none
        },
        RuleId::KnownAneurysm => Answers {
            known_aneurysm: yes,
            ..none
        },
        RuleId::SuddenSeverePain => Answers {
            sudden_severe_pain: yes,
            age: Some(49),
            ..none
        },
        RuleId::PulsingBelly => Answers {
            pulsing_belly: yes,
            ..none
        },
        RuleId::RecentInfectionUnremitting => Answers {
            recent_infection: yes,
            worsening: yes,
            constant_night_pain: yes,
            ..none
        },
        RuleId::RecentInfectionWithProgression => Answers {
            recent_infection: yes,
            worsening: yes,
            ..none
        },
        RuleId::ChestOrBreathing => Answers {
            chest_or_breathing: yes,
            ..none
        },
        RuleId::Fever => Answers { fever: yes, ..none },
        RuleId::CancerWithSpinalPainFeatures => Answers {
            cancer_history: yes,
            constant_night_pain: yes,
            ..none
        },
        RuleId::InfectionRiskWithProgression => Answers {
            immunosuppressed: yes,
            worsening: yes,
            ..none
        },
        RuleId::CancerHistory => Answers {
            cancer_history: yes,
            ..none
        },
        RuleId::BellyOrUrine => Answers {
            belly_or_urine: yes,
            ..none
        },
        RuleId::StableWeakness => Answers {
            leg_weakness: Some(LegWeakness::Stable),
            ..none
        },
        RuleId::LegSpasms => Answers {
            leg_spasms: yes,
            ..none
        },
        RuleId::FragilityFracture => Answers {
            minor_trauma: yes,
            osteoporosis: yes,
            ..none
        },
        RuleId::FractureRiskSeverePain => Answers {
            steroid_use: yes,
            pain_score: Some(8),
            ..none
        },
        RuleId::SexualDysfunction => Answers {
            sexual_dysfunction: yes,
            ..none
        },
        RuleId::MultipleRiskFactors => Answers {
            weight_loss: yes,
            steroid_use: yes,
            ..none
        },
        RuleId::SeverePainDisabling => Answers {
            pain_score: Some(9),
            daily_function: Some(DailyFunction::Unable),
            ..none
        },
        RuleId::Age70Plus => Answers {
            age: Some(70),
            ..none
        },
        RuleId::AgeUnder20 => Answers {
            age: Some(19),
            ..none
        },
        RuleId::WeightLoss => Answers {
            weight_loss: yes,
            ..none
        },
        RuleId::NightPain => Answers {
            constant_night_pain: yes,
            ..none
        },
        RuleId::ThoracicPain => Answers {
            pain_area: Some(PainArea::MiddleUpper),
            ..none
        },
        RuleId::Immunosuppressed => Answers {
            immunosuppressed: yes,
            ..none
        },
        RuleId::SteroidUse => Answers {
            steroid_use: yes,
            ..none
        },
        RuleId::Osteoporosis => Answers {
            osteoporosis: yes,
            ..none
        },
        RuleId::IvDrugUse => Answers {
            iv_drug_use: yes,
            ..none
        },
        RuleId::LegNumbness => Answers {
            leg_numbness: yes,
            ..none
        },
        RuleId::Pregnancy => Answers {
            pregnant: yes,
            ..none
        },
        RuleId::PersistentPain => Answers {
            duration_weeks: Some(6.0),
            ..none
        },
        RuleId::Worsening => Answers {
            worsening: yes,
            ..none
        },
        RuleId::FunctionLimited => Answers {
            daily_function: Some(DailyFunction::Limited),
            duration_weeks: Some(4.0),
            ..none
        },
        RuleId::SleepDisturbed => Answers {
            sleep_disturbed: yes,
            duration_weeks: Some(4.0),
            ..none
        },
        RuleId::SeverePain => Answers {
            pain_score: Some(8),
            ..none
        },
        RuleId::PersistentSciatica => Answers {
            leg_pain: Some(LegPain::BelowKnee),
            duration_weeks: Some(4.0),
            ..none
        },
        RuleId::InflammatoryBackPain => Answers {
            inflammatory_pattern: yes,
            duration_weeks: Some(12.0),
            // 44 years and 12 weeks: began before 45.
            age: Some(45),
            ..none
        },
    }
}

#[test]
fn every_rule_can_fire() {
    for id in RuleId::ALL {
        let assessment = assess(&answers_firing(id));
        let flag = assessment.flag(id);
        assert!(flag.is_some(), "{} did not fire", id.id());
        assert!(
            flag.is_some_and(|flag| !flag.uncertain && flag.level == rule(id).level),
            "{}",
            id.id()
        );
        // With the key answers "unsure" instead of "yes", the rule fires in doubt only.
        let mut doubtful = answers_firing(id);
        let mut any_yes = false;
        for field in TRI_STATE_FIELDS {
            if let Some(slot) = doubtful.tri_state_mut(field) {
                if *slot == Some(TriState::Yes) {
                    *slot = Some(TriState::Unsure);
                    any_yes = true;
                }
            }
        }
        if any_yes {
            let flag = assess(&doubtful).flag(id).copied();
            assert!(
                flag.is_some_and(|flag| flag.uncertain),
                "{} in doubt: {flag:?}",
                id.id()
            );
        }
    }
}
