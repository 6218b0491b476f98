//! Checks the engine's tables against literal copies of the policy's tables (triage.md,
//! ladder.md, answers.md, sources.md, version 3): same ids, same order, same levels, steps
//! and suspected conditions, and a source for every rule and option.

use std::collections::HashSet;

use backstep::engine::{
    rule, Condition, Field, Fires, LadderStep, Level, OptionId, RuleId, Source, LADDER_OPTIONS,
    RULES, TRIAGE_FIELDS,
};

/// triage.md's rule table: id, level, suspected (None for "—"), weak.
const TRIAGE_TABLE: [(&str, &str, Option<&str>, bool); 42] = [
    (
        "cauda_equina",
        "emergency",
        Some("cauda_equina_syndrome"),
        false,
    ),
    (
        "bilateral_leg_symptoms",
        "emergency",
        Some("cauda_equina_syndrome"),
        false,
    ),
    (
        "ces_sexual_with_leg_symptoms",
        "emergency",
        Some("cauda_equina_syndrome"),
        false,
    ),
    (
        "progressive_weakness",
        "emergency",
        Some("progressive_neurological_deficit"),
        false,
    ),
    (
        "gait_disturbance",
        "emergency",
        Some("progressive_neurological_deficit"),
        false,
    ),
    (
        "cancer_with_neuro",
        "emergency",
        Some("spinal_cord_compression"),
        false,
    ),
    ("major_trauma", "emergency", Some("spinal_fracture"), false),
    (
        "infection_with_neuro",
        "emergency",
        Some("spinal_infection"),
        false,
    ),
    (
        "infection_risk_with_fever",
        "emergency",
        Some("spinal_infection"),
        false,
    ),
    ("vascular", "emergency", Some("aortic_aneurysm"), false),
    (
        "known_aneurysm",
        "emergency",
        Some("aortic_aneurysm"),
        false,
    ),
    (
        "chest_or_breathing",
        "emergency",
        Some("heart_or_lung_cause"),
        false,
    ),
    ("fever", "urgent", Some("spinal_infection"), false),
    (
        "cancer_with_spinal_pain_features",
        "urgent",
        Some("spinal_malignancy"),
        false,
    ),
    (
        "infection_risk_with_progression",
        "urgent",
        Some("spinal_infection"),
        false,
    ),
    (
        "belly_or_urine",
        "urgent",
        Some("kidney_or_abdominal_cause"),
        false,
    ),
    (
        "stable_weakness",
        "soon",
        Some("nerve_root_compression"),
        false,
    ),
    ("leg_spasms", "soon", Some("nerve_root_compression"), false),
    (
        "fragility_fracture",
        "soon",
        Some("compression_fracture"),
        false,
    ),
    (
        "fracture_risk_severe_pain",
        "soon",
        Some("compression_fracture"),
        false,
    ),
    (
        "sexual_dysfunction",
        "soon",
        Some("cauda_equina_syndrome"),
        false,
    ),
    ("cancer_history", "soon", Some("spinal_malignancy"), false),
    (
        "multiple_risk_factors",
        "soon",
        Some("serious_pathology_risk"),
        false,
    ),
    ("severe_pain_disabling", "soon", None, false),
    (
        "age_70_plus",
        "routine",
        Some("serious_pathology_risk"),
        true,
    ),
    (
        "age_under_20",
        "routine",
        Some("serious_pathology_risk"),
        true,
    ),
    ("weight_loss", "routine", Some("spinal_malignancy"), true),
    ("night_pain", "routine", Some("spinal_malignancy"), true),
    (
        "thoracic_pain",
        "routine",
        Some("serious_pathology_risk"),
        true,
    ),
    (
        "immunosuppressed",
        "routine",
        Some("spinal_infection"),
        true,
    ),
    ("steroid_use", "routine", Some("compression_fracture"), true),
    (
        "osteoporosis",
        "routine",
        Some("compression_fracture"),
        true,
    ),
    ("iv_drug_use", "routine", Some("spinal_infection"), true),
    (
        "leg_numbness",
        "routine",
        Some("nerve_root_compression"),
        false,
    ),
    ("pregnancy", "routine", None, false),
    ("persistent_pain", "routine", None, false),
    ("worsening", "routine", None, false),
    ("function_limited", "routine", None, false),
    ("sleep_disturbed", "routine", None, false),
    ("severe_pain", "routine", None, false),
    (
        "persistent_sciatica",
        "routine",
        Some("nerve_root_compression"),
        false,
    ),
    (
        "inflammatory_back_pain",
        "routine",
        Some("axial_spondyloarthritis"),
        false,
    ),
];

/// ladder.md's option table: id and step.
const LADDER_TABLE: [(&str, u8); 21] = [
    ("activity_and_self_care", 1),
    ("heat_ice", 1),
    ("otc_pain_relief", 1),
    ("physical_therapy", 2),
    ("prescription_medication", 2),
    ("chiropractic", 2),
    ("acupuncture", 2),
    ("massage", 2),
    ("yoga_tai_chi", 2),
    ("mindfulness", 2),
    ("epidural_steroid_injection", 3),
    ("selective_nerve_root_block", 3),
    ("facet_joint_block", 3),
    ("trigger_point_injection", 3),
    ("radiofrequency_ablation", 4),
    ("vertebroplasty_kyphoplasty", 4),
    ("spinal_cord_stimulation", 4),
    ("targeted_drug_delivery", 4),
    ("interspinous_spacer", 4),
    ("percutaneous_discectomy", 4),
    ("surgical_consultation", 5),
];

/// answers.md's field table, in order.
const FIELDS: [&str; 39] = [
    "age",
    "duration_weeks",
    "pain_area",
    "pain_score",
    "leg_pain",
    "both_legs",
    "worsening",
    "constant_night_pain",
    "inflammatory_pattern",
    "saddle_numbness",
    "bladder_change",
    "bowel_incontinence",
    "sexual_dysfunction",
    "leg_weakness",
    "leg_numbness",
    "leg_spasms",
    "walking_difficulty",
    "major_trauma",
    "minor_trauma",
    "cancer_history",
    "weight_loss",
    "fever",
    "iv_drug_use",
    "immunosuppressed",
    "recent_infection_or_procedure",
    "steroid_use",
    "osteoporosis",
    "vascular_warning",
    "known_aneurysm",
    "chest_or_breathing",
    "belly_or_urine",
    "pregnant",
    "daily_function",
    "sleep_disturbed",
    "treatments_tried",
    "pt_weeks",
    "relief",
    "diagnosis",
    "recent_imaging",
];

/// triage.md "When a result may be shown": the 34 fields a triage rule reads.
const TRIAGE: [&str; 34] = [
    "age",
    "duration_weeks",
    "pain_area",
    "pain_score",
    "leg_pain",
    "both_legs",
    "worsening",
    "constant_night_pain",
    "inflammatory_pattern",
    "saddle_numbness",
    "bladder_change",
    "bowel_incontinence",
    "sexual_dysfunction",
    "leg_weakness",
    "leg_numbness",
    "leg_spasms",
    "walking_difficulty",
    "major_trauma",
    "minor_trauma",
    "cancer_history",
    "weight_loss",
    "fever",
    "iv_drug_use",
    "immunosuppressed",
    "recent_infection_or_procedure",
    "steroid_use",
    "osteoporosis",
    "vascular_warning",
    "known_aneurysm",
    "chest_or_breathing",
    "belly_or_urine",
    "pregnant",
    "daily_function",
    "sleep_disturbed",
];

/// sources.md's short names (the ACR and BMJ rows stand for several citations, whose
/// variant or topic the citation's detail gives).
const SOURCE_NAMES: [&str; 26] = [
    "seed 000",
    "seed 001",
    "seed 002",
    "seed 003",
    "seed 004",
    "GIRFT national CES pathway",
    "ACP 2011 (Chou) table 2",
    "RCGP 1999",
    "NICE NG59",
    "NICE NG234",
    "NICE CG75",
    "NICE NG41",
    "NICE NG65",
    "NICE NG156",
    "NICE QS155 statement 6",
    "NICE CG95",
    "NICE TA159",
    "NICE CKS low back pain",
    "NICE CKS, pyelonephritis (acute)",
    "ACR appropriateness criteria",
    "BMJ Best Practice",
    "NHS Lothian RefHelp",
    "Downie 2013",
    "Henschke 2009",
    "Davis 2004",
    "FDA 2020",
];

#[test]
fn the_rule_table_holds_exactly_the_rules_of_triage_md_in_order() {
    let engine: Vec<&str> = RULES.iter().map(|rule| rule.id.id()).collect();
    let policy: Vec<&str> = TRIAGE_TABLE.iter().map(|row| row.0).collect();
    assert_eq!(engine, policy);
    let ids: Vec<&str> = RuleId::ALL.iter().map(|id| id.id()).collect();
    assert_eq!(ids, policy, "RuleId::ALL");
    assert_eq!(
        policy.iter().collect::<HashSet<_>>().len(),
        42,
        "rule ids are distinct"
    );
}

#[test]
fn every_rule_has_the_level_suspected_condition_and_weakness_of_triage_md() {
    for (id, level, suspected, weak) in TRIAGE_TABLE {
        let Some(rule_id) = RuleId::from_id(id) else {
            panic!("no rule {id}");
        };
        let rule = rule(rule_id);
        assert_eq!(rule.id, rule_id);
        assert_eq!(rule.level.id(), level, "level of {id}");
        assert_eq!(
            rule.suspected.map(Condition::id),
            suspected,
            "suspected of {id}"
        );
        assert_eq!(rule.weak, weak, "weak of {id}");
        let expected_keep = matches!(
            id,
            "cauda_equina" | "bilateral_leg_symptoms" | "vascular" | "chest_or_breathing"
        );
        assert_eq!(
            rule.keeps_level_when_unsure, expected_keep,
            "kept when unsure: {id}"
        );
        let counts = matches!(rule.fires, Fires::WeakRiskFactors { at_least: 2 });
        assert_eq!(counts, id == "multiple_risk_factors", "how {id} fires");
    }
}

#[test]
fn every_rule_has_a_source() {
    for rule in &RULES {
        assert!(!rule.sources.is_empty(), "{} has no source", rule.id.id());
        for citation in rule.sources {
            assert!(citation
                .detail
                .is_none_or(|detail| !detail.trim().is_empty()));
        }
    }
}

#[test]
fn the_conditions_are_exactly_those_suspected_in_triage_md() {
    let policy: HashSet<&str> = TRIAGE_TABLE.iter().filter_map(|row| row.2).collect();
    let engine: HashSet<&str> = Condition::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(engine, policy);
    assert_eq!(Condition::ALL.len(), policy.len());
}

#[test]
fn the_option_table_holds_exactly_the_options_of_ladder_md_with_their_steps() {
    let engine: Vec<(&str, u8)> = LADDER_OPTIONS
        .iter()
        .map(|option| (option.id.id(), option.step.number()))
        .collect();
    assert_eq!(engine, LADDER_TABLE);
    let ids: Vec<&str> = OptionId::ALL.iter().map(|id| id.id()).collect();
    let policy: Vec<&str> = LADDER_TABLE.iter().map(|row| row.0).collect();
    assert_eq!(ids, policy, "OptionId::ALL");
    for (id, step) in LADDER_TABLE {
        let option = OptionId::from_id(id).unwrap_or_else(|| panic!("no option {id}"));
        assert_eq!(
            option.step(),
            LadderStep::from_number(step).unwrap_or_else(|| panic!("step {step}"))
        );
    }
}

#[test]
fn every_option_has_a_source() {
    for option in &LADDER_OPTIONS {
        assert!(
            !option.sources.is_empty(),
            "{} has no source",
            option.id.id()
        );
    }
}

#[test]
fn the_fields_are_those_of_answers_md_in_order() {
    let names: Vec<&str> = Field::ALL.iter().map(|field| field.name()).collect();
    assert_eq!(names, FIELDS);
    let triage: Vec<&str> = TRIAGE_FIELDS.iter().map(|field| field.name()).collect();
    assert_eq!(triage, TRIAGE);
}

#[test]
fn the_sources_are_those_of_sources_md() {
    let names: Vec<&str> = Source::ALL
        .iter()
        .map(|source| source.short_name())
        .collect();
    assert_eq!(names, SOURCE_NAMES);
    for source in Source::ALL {
        assert!(
            source.reference().len() > 20,
            "{} has no full reference",
            source.short_name()
        );
    }
    // Every source is cited somewhere.
    let cited: HashSet<Source> = RULES
        .iter()
        .flat_map(|rule| rule.sources)
        .chain(LADDER_OPTIONS.iter().flat_map(|option| option.sources))
        .chain(
            LADDER_OPTIONS
                .iter()
                .flat_map(|option| option.not_recommended_by),
        )
        .map(|citation| citation.source)
        .collect();
    let uncited: Vec<&str> = Source::ALL
        .iter()
        .filter(|s| !cited.contains(s))
        .map(|s| s.short_name())
        .collect();
    assert!(uncited.is_empty(), "never cited: {uncited:?}");
}

#[test]
fn citations_carry_the_notes_of_the_policy() {
    let cites = |id: RuleId, source: Source, detail: Option<&str>| {
        rule(id)
            .sources
            .iter()
            .any(|c| c.source == source && c.detail == detail)
    };
    assert!(cites(
        RuleId::StableWeakness,
        Source::Seed002,
        Some("weakness in the legs")
    ));
    assert!(cites(
        RuleId::PersistentPain,
        Source::Acr,
        Some("variant 3")
    ));
    assert!(cites(
        RuleId::FragilityFracture,
        Source::Acr,
        Some("variant 6")
    ));
    assert!(cites(
        RuleId::Vascular,
        Source::BmjBestPractice,
        Some("abdominal aortic aneurysm")
    ));
    assert!(cites(
        RuleId::ChestOrBreathing,
        Source::BmjBestPractice,
        Some("aortic dissection")
    ));
    assert!(cites(RuleId::CaudaEquina, Source::GirftCesPathway, None));
    assert!(cites(RuleId::KnownAneurysm, Source::NiceNg156, None));
    assert!(rule(RuleId::CancerWithNeuro)
        .sources
        .iter()
        .any(|c| c.source == Source::NiceCg75));
    assert!(rule(RuleId::InfectionRiskWithProgression)
        .sources
        .iter()
        .any(|c| c.source == Source::Davis2004));
    let scs = LADDER_OPTIONS
        .iter()
        .find(|o| o.id == OptionId::SpinalCordStimulation);
    assert!(scs.is_some_and(|o| o.sources.iter().any(|c| c.source == Source::NiceTa159)));
}

#[test]
fn levels_and_steps_are_the_policy_s() {
    let levels: Vec<&str> = Level::ALL.iter().map(|level| level.id()).collect();
    assert_eq!(
        levels,
        ["emergency", "urgent", "soon", "routine", "self_care"]
    );
    let steps: Vec<(u8, &str)> = LadderStep::ALL
        .iter()
        .map(|s| (s.number(), s.id()))
        .collect();
    assert_eq!(
        steps,
        [
            (1, "self_care"),
            (2, "conservative"),
            (3, "interventional"),
            (4, "advanced"),
            (5, "surgical_consult")
        ]
    );
}

/// ladder.md's `guideline_note` column: exactly these options carry a note, with its sources.
#[test]
fn the_options_a_guideline_does_not_recommend_are_those_of_ladder_md() {
    let noted: Vec<(&str, Vec<&str>)> = LADDER_OPTIONS
        .iter()
        .filter(|option| !option.not_recommended_by.is_empty())
        .map(|option| {
            let sources = option
                .not_recommended_by
                .iter()
                .map(|c| c.source.short_name())
                .collect();
            (option.id.id(), sources)
        })
        .collect();
    assert_eq!(
        noted,
        [
            ("acupuncture", vec!["NICE NG59"]),
            (
                "facet_joint_block",
                vec!["NICE NG59", "NICE QS155 statement 6"]
            ),
            (
                "trigger_point_injection",
                vec!["NICE NG59", "NICE QS155 statement 6"]
            ),
        ]
    );
}
