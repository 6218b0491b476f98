//! The red-flag rule table of triage.md (version 4, `docs/clinical/triage.md`), one entry per rule, read top to bottom.

use super::answers::{DailyFunction, LegPain, LegWeakness, PainArea};
use super::level::Level;
use super::reading::Reading;
use super::sources::Source::*;
use super::sources::{cite, cite_on, Citation};
use Fires::{WeakRiskFactors, When};

contract_enum! {
    /// A rule of triage.md's table, in table order.
    #[derive(PartialOrd, Ord)]
    pub enum RuleId (id, from_id) {
        CaudaEquina = "cauda_equina",
        BilateralLegSymptoms = "bilateral_leg_symptoms",
        CesSexualWithLegSymptoms = "ces_sexual_with_leg_symptoms",
        ProgressiveWeakness = "progressive_weakness",
        GaitDisturbance = "gait_disturbance",
        CancerWithNeuro = "cancer_with_neuro",
        MajorTrauma = "major_trauma",
        InfectionWithNeuro = "infection_with_neuro",
        InfectionRiskWithFever = "infection_risk_with_fever",
        Vascular = "vascular",
        SuddenSeverePainOver50 = "sudden_severe_pain_over_50",
        KnownAneurysmSymptomatic = "known_aneurysm_symptomatic",
        ChestOrBreathing = "chest_or_breathing",
        Fever = "fever",
        KnownAneurysm = "known_aneurysm",
        SuddenSeverePain = "sudden_severe_pain",
        PulsingBelly = "pulsing_belly",
        CancerWithSpinalPainFeatures = "cancer_with_spinal_pain_features",
        InfectionRiskWithProgression = "infection_risk_with_progression",
        RecentInfectionUnremitting = "recent_infection_unremitting",
        BellyOrUrine = "belly_or_urine",
        StableWeakness = "stable_weakness",
        LegSpasms = "leg_spasms",
        FragilityFracture = "fragility_fracture",
        RecentInfectionWithProgression = "recent_infection_with_progression",
        FractureRiskSeverePain = "fracture_risk_severe_pain",
        SexualDysfunction = "sexual_dysfunction",
        CancerHistory = "cancer_history",
        MultipleRiskFactors = "multiple_risk_factors",
        SeverePainDisabling = "severe_pain_disabling",
        Age70Plus = "age_70_plus",
        AgeUnder20 = "age_under_20",
        WeightLoss = "weight_loss",
        NightPain = "night_pain",
        ThoracicPain = "thoracic_pain",
        Immunosuppressed = "immunosuppressed",
        SteroidUse = "steroid_use",
        Osteoporosis = "osteoporosis",
        IvDrugUse = "iv_drug_use",
        LegNumbness = "leg_numbness",
        Pregnancy = "pregnancy",
        PersistentPain = "persistent_pain",
        Worsening = "worsening",
        FunctionLimited = "function_limited",
        SleepDisturbed = "sleep_disturbed",
        SeverePain = "severe_pain",
        PersistentSciatica = "persistent_sciatica",
        InflammatoryBackPain = "inflammatory_back_pain",
    }
}

contract_enum! {
    /// What a rule's firing makes the clinician think of (triage.md's `suspected` column),
    /// in order of first appearance.
    pub enum Condition (id, from_id) {
        CaudaEquinaSyndrome = "cauda_equina_syndrome",
        ProgressiveNeurologicalDeficit = "progressive_neurological_deficit",
        SpinalCordCompression = "spinal_cord_compression",
        SpinalFracture = "spinal_fracture",
        SpinalInfection = "spinal_infection",
        AorticAneurysm = "aortic_aneurysm",
        HeartOrLungCause = "heart_or_lung_cause",
        SpinalMalignancy = "spinal_malignancy",
        KidneyOrAbdominalCause = "kidney_or_abdominal_cause",
        NerveRootCompression = "nerve_root_compression",
        CompressionFracture = "compression_fracture",
        SeriousPathologyRisk = "serious_pathology_risk",
        AxialSpondyloarthritis = "axial_spondyloarthritis",
    }
}

/// When a rule fires, within one reading of the answers.
#[derive(Clone, Copy, Debug)]
pub enum Fires {
    /// Fires when the condition holds for the reading.
    When(fn(&Reading) -> bool),
    /// Fires when at least this many weak rules fired in the same reading.
    WeakRiskFactors { at_least: usize },
}

/// One row of triage.md's rule table.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub id: RuleId,
    /// The level it fires at when the answers are certain.
    pub level: Level,
    pub suspected: Option<Condition>,
    /// A weak risk factor: counted by `multiple_risk_factors`.
    pub weak: bool,
    /// Keeps its level when it fired only because of an "unsure" answer.
    pub keeps_level_when_unsure: bool,
    pub fires: Fires,
    pub sources: &'static [Citation],
}

/// The rule with this id.
pub fn rule(id: RuleId) -> &'static Rule {
    // RULES is in RuleId order (a unit test holds it), so the id is the index.
    &RULES[id as usize]
}

use Condition as C;
use Level::{Emergency, Routine, Soon, Urgent};

/// Every rule of triage.md, in its table order. `p` is one reading of the answers
/// (see `Reading`): tri-states are plain booleans there, "unsure" already resolved.
pub static RULES: [Rule; 48] = [
    // --- Emergency: call the emergency number or go to an emergency department now ---
    Rule {
        id: RuleId::CaudaEquina,
        level: Emergency,
        suspected: Some(C::CaudaEquinaSyndrome),
        weak: false,
        keeps_level_when_unsure: true,
        fires: When(|p| p.saddle_numbness || p.bladder_change || p.bowel_incontinence),
        sources: &[
            cite(GirftCesPathway),
            cite(Acp2011),
            cite(Seed002),
            cite(Seed001),
        ],
    },
    Rule {
        id: RuleId::BilateralLegSymptoms,
        level: Emergency,
        suspected: Some(C::CaudaEquinaSyndrome),
        weak: false,
        keeps_level_when_unsure: true,
        fires: When(|p| {
            p.both_legs
                && (p.leg_pain == LegPain::BelowKnee
                    || p.leg_numbness
                    || matches!(p.leg_weakness, LegWeakness::Stable | LegWeakness::Worsening))
        }),
        sources: &[
            cite_on(
                GirftCesPathway,
                "new bilateral leg pain, bilateral weakness",
            ),
            cite(NhsLothianRefHelp),
        ],
    },
    Rule {
        id: RuleId::CesSexualWithLegSymptoms,
        level: Emergency,
        suspected: Some(C::CaudaEquinaSyndrome),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| {
            p.sexual_dysfunction
                && (p.leg_pain == LegPain::BelowKnee || p.leg_numbness || p.both_legs)
        }),
        sources: &[cite(GirftCesPathway)],
    },
    Rule {
        id: RuleId::ProgressiveWeakness,
        level: Emergency,
        suspected: Some(C::ProgressiveNeurologicalDeficit),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.leg_weakness == LegWeakness::Worsening),
        sources: &[
            cite(Acp2011),
            cite_on(Seed001, "limb weakness, severe neurological deficits"),
        ],
    },
    Rule {
        id: RuleId::GaitDisturbance,
        level: Emergency,
        suspected: Some(C::ProgressiveNeurologicalDeficit),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.walking_difficulty),
        sources: &[
            cite_on(Rcgp1999, "immediate referral"),
            cite_on(Seed001, "gait disturbances"),
        ],
    },
    Rule {
        id: RuleId::CancerWithNeuro,
        level: Emergency,
        suspected: Some(C::SpinalCordCompression),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.cancer_history && p.cord_or_root_sign()),
        sources: &[
            cite_on(
                NiceNg234,
                "metastatic spinal cord compression: radicular pain, limb weakness, walking \
                 difficulty, sensory loss or sphincter problems in a person with cancer",
            ),
            cite_on(
                NiceCg75,
                "radicular pain among the MSCC symptoms: contact immediately",
            ),
        ],
    },
    Rule {
        id: RuleId::MajorTrauma,
        level: Emergency,
        suspected: Some(C::SpinalFracture),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.major_trauma),
        sources: &[
            cite_on(
                NiceNg41,
                "spinal injury: dangerous mechanism with back pain needs hospital assessment",
            ),
            cite(Acr),
            cite(Seed002),
        ],
    },
    Rule {
        id: RuleId::InfectionWithNeuro,
        level: Emergency,
        suspected: Some(C::SpinalInfection),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.fever && p.neuro_sign()),
        sources: &[cite(Acp2011)],
    },
    Rule {
        id: RuleId::InfectionRiskWithFever,
        level: Emergency,
        suspected: Some(C::SpinalInfection),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| {
            p.fever
                && (p.iv_drug_use
                    || p.immunosuppressed
                    || p.recent_spinal_procedure
                    || p.recent_infection)
        }),
        sources: &[
            cite_on(
                Acp2011,
                "fever with IV drug use or recent infection: immediate MRI",
            ),
            cite(NiceCksLowBackPain),
        ],
    },
    Rule {
        id: RuleId::Vascular,
        level: Emergency,
        suspected: Some(C::AorticAneurysm),
        weak: false,
        keeps_level_when_unsure: true,
        // Tearing pain, strong pain that has moved since it began, or faint or clammy.
        fires: When(|p| p.vascular_warning),
        sources: &[
            cite_on(BmjBestPractice, "abdominal aortic aneurysm"),
            cite_on(BmjBestPractice, "aortic dissection"),
            cite_on(AccfAha2010, "abrupt, severe, ripping or tearing pain"),
            cite_on(FdmaGuide, "back pain: the place of the strong pain moves"),
        ],
    },
    Rule {
        id: RuleId::SuddenSeverePainOver50,
        level: Emergency,
        suspected: Some(C::AorticAneurysm),
        weak: false,
        keeps_level_when_unsure: false,
        // With no age known, the older reading: a leaking aorta is not ruled out.
        fires: When(|p| {
            p.sudden_severe_pain && (p.age_at_least(50) || p.age.is_none() || p.pregnant)
        }),
        sources: &[
            cite_on(
                BmjBestPractice,
                "abdominal aortic aneurysm: new back pain, particularly over 60",
            ),
            cite_on(Vsgbi2011, "over 50 with back pain"),
            cite_on(
                BmjBestPractice,
                "aortic dissection: pregnancy a risk factor",
            ),
            cite_on(
                FdmaGuide,
                "back pain: sudden pain that keeps getting stronger",
            ),
        ],
    },
    Rule {
        id: RuleId::KnownAneurysmSymptomatic,
        level: Emergency,
        suspected: Some(C::AorticAneurysm),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| {
            p.known_aneurysm && (p.worsening || p.constant_night_pain || p.sudden_severe_pain)
        }),
        sources: &[
            cite(NiceNg156),
            cite_on(BmjBestPractice, "abdominal aortic aneurysm"),
            cite_on(
                VascularResearchUk,
                "new severe back pain with a known aneurysm: call 999",
            ),
        ],
    },
    Rule {
        id: RuleId::ChestOrBreathing,
        level: Emergency,
        suspected: Some(C::HeartOrLungCause),
        weak: false,
        keeps_level_when_unsure: true,
        fires: When(|p| p.chest_or_breathing),
        sources: &[
            cite_on(NiceCg95, "acute chest pain"),
            cite_on(BmjBestPractice, "aortic dissection"),
        ],
    },
    // --- Urgent: be seen by a doctor today ---
    Rule {
        id: RuleId::Fever,
        level: Urgent,
        suspected: Some(C::SpinalInfection),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.fever),
        sources: &[cite(Acp2011), cite(NiceCksLowBackPain)],
    },
    Rule {
        id: RuleId::KnownAneurysm,
        level: Urgent,
        suspected: Some(C::AorticAneurysm),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.known_aneurysm),
        sources: &[
            cite(NiceNg156),
            cite_on(
                NhsWebsite,
                "abdominal aortic aneurysm: back pain that does not go away with a known or \
                 suspected aneurysm: be seen as soon as possible",
            ),
        ],
    },
    Rule {
        id: RuleId::SuddenSeverePain,
        level: Urgent,
        suspected: Some(C::KidneyOrAbdominalCause),
        weak: false,
        keeps_level_when_unsure: false,
        // At any age; under 50 this is its level (at 50 or over, the emergency rule above).
        fires: When(|p| p.sudden_severe_pain),
        sources: &[
            cite_on(
                Wright2002,
                "renal colic: admit when severe pain does not remit within an hour",
            ),
            cite_on(FdmaGuide, "yellow: within about 2 hours"),
            cite_on(Semigran2015, "sudden flank pain, emergent"),
        ],
    },
    Rule {
        id: RuleId::PulsingBelly,
        level: Urgent,
        suspected: Some(C::AorticAneurysm),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.pulsing_belly),
        sources: &[
            cite_on(
                NhsWebsite,
                "abdominal aortic aneurysm: a pulsing feeling in the tummy: see a GP as soon \
                 as possible",
            ),
            cite(NiceNg156),
        ],
    },
    Rule {
        id: RuleId::CancerWithSpinalPainFeatures,
        level: Urgent,
        suspected: Some(C::SpinalMalignancy),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| {
            p.cancer_history
                && (p.pain_area == PainArea::MiddleUpper
                    || p.worsening
                    || p.constant_night_pain
                    || p.sleep_disturbed)
        }),
        sources: &[
            cite_on(
                NiceNg234,
                "contact within 24 hours: thoracic or cervical pain, progressive pain, severe \
                 unremitting pain, nocturnal pain preventing sleep",
            ),
            cite_on(NiceCg75, "nocturnal spinal pain preventing sleep"),
        ],
    },
    Rule {
        id: RuleId::InfectionRiskWithProgression,
        level: Urgent,
        suspected: Some(C::SpinalInfection),
        weak: false,
        keeps_level_when_unsure: false,
        // No fever needed: the classic triad of an epidural abscess is often incomplete.
        fires: When(|p| {
            (p.iv_drug_use || p.immunosuppressed || p.recent_spinal_procedure)
                && (p.worsening || p.constant_night_pain)
        }),
        sources: &[
            cite(Acp2011),
            cite_on(
                Davis2004,
                "spinal epidural abscess: the classic triad, fever included, is often absent",
            ),
        ],
    },
    Rule {
        id: RuleId::RecentInfectionUnremitting,
        level: Urgent,
        suspected: Some(C::SpinalInfection),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.recent_infection && p.worsening && p.constant_night_pain),
        sources: &[cite(Davis2004), cite(Acp2011)],
    },
    Rule {
        id: RuleId::BellyOrUrine,
        level: Urgent,
        suspected: Some(C::KidneyOrAbdominalCause),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.belly_or_urine),
        sources: &[cite(NiceCksPyelonephritis)],
    },
    // --- Soon: see a doctor within the next few days ---
    Rule {
        id: RuleId::StableWeakness,
        level: Soon,
        suspected: Some(C::NerveRootCompression),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.leg_weakness == LegWeakness::Stable),
        sources: &[cite_on(Seed002, "weakness in the legs"), cite(Seed003)],
    },
    Rule {
        id: RuleId::LegSpasms,
        level: Soon,
        suspected: Some(C::NerveRootCompression),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.leg_spasms),
        sources: &[cite_on(Seed002, "strong spasms or stiffness in the legs")],
    },
    Rule {
        id: RuleId::FragilityFracture,
        level: Soon,
        suspected: Some(C::CompressionFracture),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.minor_trauma && (p.osteoporosis || p.steroid_use || p.age_at_least(70))),
        sources: &[cite(Acp2011), cite_on(Acr, "variant 6"), cite(Seed002)],
    },
    Rule {
        id: RuleId::RecentInfectionWithProgression,
        level: Soon,
        suspected: Some(C::SpinalInfection),
        weak: false,
        keeps_level_when_unsure: false,
        // An infection elsewhere is common without an abscess, so alone with progression it
        // is a reason to be seen soon, not today.
        fires: When(|p| p.recent_infection && (p.worsening || p.constant_night_pain)),
        sources: &[
            cite_on(
                Davis2004,
                "risk factors in 98% of abscesses, and in 21% of people without one",
            ),
            cite(Acp2011),
        ],
    },
    Rule {
        id: RuleId::FractureRiskSeverePain,
        level: Soon,
        suspected: Some(C::CompressionFracture),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| {
            (p.osteoporosis || p.steroid_use || p.age_at_least(70)) && p.pain_at_least(8)
        }),
        sources: &[
            cite_on(
                Acr,
                "variant 6: low-velocity trauma, osteoporosis, elderly or chronic steroid use",
            ),
            cite(Acp2011),
            cite_on(Downie2013, "older age"),
        ],
    },
    Rule {
        id: RuleId::SexualDysfunction,
        level: Soon,
        suspected: Some(C::CaudaEquinaSyndrome),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.sexual_dysfunction),
        sources: &[cite_on(
            GirftCesPathway,
            "alone: CES unlikely, still to be checked",
        )],
    },
    Rule {
        id: RuleId::CancerHistory,
        level: Soon,
        suspected: Some(C::SpinalMalignancy),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.cancer_history),
        sources: &[
            cite_on(
                NiceNg234,
                "back pain in a person with cancer, without the features that need contact \
                 within 24 hours or at once",
            ),
            cite_on(Acp2011, "history of cancer"),
        ],
    },
    Rule {
        id: RuleId::MultipleRiskFactors,
        level: Soon,
        suspected: Some(C::SeriousPathologyRisk),
        weak: false,
        keeps_level_when_unsure: false,
        // Red flags are informative in combination, rarely alone (Downie 2013).
        fires: WeakRiskFactors { at_least: 2 },
        sources: &[cite_on(Downie2013, "BMJ"), cite(Henschke2009)],
    },
    Rule {
        id: RuleId::SeverePainDisabling,
        level: Soon,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.pain_at_least(8) && p.daily_function == DailyFunction::Unable),
        sources: &[cite_on(NiceNg59, "analgesia review")],
    },
    // --- Routine: weak risk factors (one alone is routine, two or more are soon) ---
    Rule {
        id: RuleId::Age70Plus,
        level: Routine,
        suspected: Some(C::SeriousPathologyRisk),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.age_at_least(70)),
        sources: &[cite_on(Seed002, "age 70 or older"), cite(Acp2011)],
    },
    Rule {
        id: RuleId::AgeUnder20,
        level: Routine,
        suspected: Some(C::SeriousPathologyRisk),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.age_under(20)),
        sources: &[cite_on(Rcgp1999, "age under 20")],
    },
    Rule {
        id: RuleId::WeightLoss,
        level: Routine,
        suspected: Some(C::SpinalMalignancy),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.weight_loss),
        sources: &[cite(Acp2011), cite_on(Seed002, "unexplained weight loss")],
    },
    Rule {
        id: RuleId::NightPain,
        level: Routine,
        suspected: Some(C::SpinalMalignancy),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.constant_night_pain),
        sources: &[
            cite_on(Rcgp1999, "non-mechanical pain"),
            cite(NiceCksLowBackPain),
        ],
    },
    Rule {
        id: RuleId::ThoracicPain,
        level: Routine,
        suspected: Some(C::SeriousPathologyRisk),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.pain_area == PainArea::MiddleUpper),
        sources: &[cite_on(Rcgp1999, "thoracic pain")],
    },
    Rule {
        id: RuleId::Immunosuppressed,
        level: Routine,
        suspected: Some(C::SpinalInfection),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.immunosuppressed),
        sources: &[cite_on(Seed002, "medicines that weaken the immune system")],
    },
    Rule {
        id: RuleId::SteroidUse,
        level: Routine,
        suspected: Some(C::CompressionFracture),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.steroid_use),
        sources: &[
            cite_on(Seed002, "medicines that make bones thinner"),
            cite(Acp2011),
        ],
    },
    Rule {
        id: RuleId::Osteoporosis,
        level: Routine,
        suspected: Some(C::CompressionFracture),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.osteoporosis),
        sources: &[cite(Seed002)],
    },
    Rule {
        id: RuleId::IvDrugUse,
        level: Routine,
        suspected: Some(C::SpinalInfection),
        weak: true,
        keeps_level_when_unsure: false,
        fires: When(|p| p.iv_drug_use),
        sources: &[cite_on(Seed002, "intravenous drug use")],
    },
    // --- Routine: reasons for a routine appointment ---
    Rule {
        id: RuleId::LegNumbness,
        level: Routine,
        suspected: Some(C::NerveRootCompression),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.leg_numbness),
        sources: &[cite(Seed002), cite_on(Seed003, "numbness, tingling")],
    },
    Rule {
        id: RuleId::Pregnancy,
        level: Routine,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.pregnant),
        sources: &[cite_on(Fda2020, "NSAIDs from 20 weeks of pregnancy")],
    },
    Rule {
        id: RuleId::PersistentPain,
        level: Routine,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.weeks_at_least(6.0)),
        sources: &[
            cite_on(Seed000, "2 to 6 weeks of PT and OTC first"),
            cite_on(Seed003, "lasts longer than a few weeks"),
            cite_on(Acr, "variant 3"),
        ],
    },
    Rule {
        id: RuleId::Worsening,
        level: Routine,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.worsening),
        sources: &[cite_on(Seed003, "pain that worsens")],
    },
    Rule {
        id: RuleId::FunctionLimited,
        level: Routine,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| {
            // Acute pain is under 4 weeks, and most of it gets better whatever is done.
            (p.daily_function == DailyFunction::Limited && p.weeks_at_least(4.0))
                || (p.daily_function == DailyFunction::Unable && p.weeks_at_least(2.0))
        }),
        sources: &[
            cite_on(Seed003, "limits daily activities"),
            cite(Seed000),
            cite_on(
                Acp2017,
                "acute pain is under 4 weeks, and most improve whatever the treatment",
            ),
            cite_on(
                NhsWebsite,
                "back pain: see a GP when the pain stops you doing day-to-day activities",
            ),
        ],
    },
    Rule {
        id: RuleId::SleepDisturbed,
        level: Routine,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.sleep_disturbed && p.weeks_at_least(4.0)),
        sources: &[cite_on(Seed003, "interferes with sleep"), cite(Acp2017)],
    },
    Rule {
        id: RuleId::SeverePain,
        level: Routine,
        suspected: None,
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.pain_at_least(8)),
        sources: &[cite_on(NiceNg59, "analgesia review")],
    },
    Rule {
        id: RuleId::PersistentSciatica,
        level: Routine,
        suspected: Some(C::NerveRootCompression),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.leg_pain == LegPain::BelowKnee && p.weeks_at_least(4.0)),
        sources: &[cite(NiceNg59), cite_on(Acr, "variant 3")],
    },
    Rule {
        id: RuleId::InflammatoryBackPain,
        level: Routine,
        suspected: Some(C::AxialSpondyloarthritis),
        weak: false,
        keeps_level_when_unsure: false,
        fires: When(|p| p.inflammatory_pattern && p.weeks_at_least(12.0) && p.began_before_age(45)),
        sources: &[
            cite_on(NiceNg65, "started before the age of 45"),
            cite(Acp2011),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_in_rule_id_order() {
        for (index, rule) in RULES.iter().enumerate() {
            assert_eq!(rule.id as usize, index, "{}", rule.id.id());
            assert_eq!(RuleId::ALL[index], rule.id);
        }
    }

    #[test]
    fn exactly_the_four_rules_of_triage_md_keep_their_level_when_unsure() {
        let keeping: Vec<RuleId> = RULES
            .iter()
            .filter(|rule| rule.keeps_level_when_unsure)
            .map(|rule| rule.id)
            .collect();
        assert_eq!(
            keeping,
            [
                RuleId::CaudaEquina,
                RuleId::BilateralLegSymptoms,
                RuleId::Vascular,
                RuleId::ChestOrBreathing
            ]
        );
    }

    #[test]
    fn weak_rules_are_routine_and_fire_on_a_condition() {
        for rule in RULES.iter().filter(|rule| rule.weak) {
            assert_eq!(rule.level, Level::Routine, "{}", rule.id.id());
            assert!(matches!(rule.fires, When(_)), "{}", rule.id.id());
        }
    }
}
