//! The answers contract (answers.md, version 4,
//! `docs/clinical/answers.md`): the person's answers, their value types and field names.

use serde::Serialize;

contract_enum! {
    /// A yes / no / unsure answer.
    pub enum TriState (id, from_id) {
        Yes = "yes",
        No = "no",
        Unsure = "unsure",
    }
}

contract_enum! {
    /// Where the back pain mainly is.
    pub enum PainArea (id, from_id) {
        Lower = "lower",
        /// Middle or upper back: thoracic pain.
        MiddleUpper = "middle_upper",
    }
}

contract_enum! {
    /// Pain spreading into a leg.
    pub enum LegPain (id, from_id) {
        None = "none",
        AboveKnee = "above_knee",
        /// The sciatica pattern.
        BelowKnee = "below_knee",
    }
}

contract_enum! {
    /// Weakness in a leg or foot (tripping, foot slapping, knee giving way).
    pub enum LegWeakness (id, from_id) {
        None = "none",
        Stable = "stable",
        Worsening = "worsening",
        Unsure = "unsure",
    }
}

contract_enum! {
    /// Whether the person can keep up their everyday activities.
    pub enum DailyFunction (id, from_id) {
        Normal = "normal",
        Limited = "limited",
        Unable = "unable",
    }
}

contract_enum! {
    /// How much one treatment tried helped.
    pub enum Relief (id, from_id) {
        Good = "good",
        Partial = "partial",
        None = "none",
        /// Helped, then wore off.
        Temporary = "temporary",
    }
}

contract_enum! {
    /// What a clinician has already told the person, if anything.
    pub enum Diagnosis (id, from_id) {
        NoneKnown = "none_known",
        HerniatedDisc = "herniated_disc",
        SpinalStenosis = "spinal_stenosis",
        FacetArthritis = "facet_arthritis",
        DegenerativeDisc = "degenerative_disc",
        CompressionFracture = "compression_fracture",
    }
}

contract_enum! {
    /// A treatment option of the ladder (ladder.md "Option ids"), in table order.
    /// Its step and who it fits are in `ladder::LADDER_OPTIONS`.
    pub enum OptionId (id, from_id) {
        ActivityAndSelfCare = "activity_and_self_care",
        HeatIce = "heat_ice",
        OtcPainRelief = "otc_pain_relief",
        PhysicalTherapy = "physical_therapy",
        PrescriptionMedication = "prescription_medication",
        Chiropractic = "chiropractic",
        Acupuncture = "acupuncture",
        Massage = "massage",
        YogaTaiChi = "yoga_tai_chi",
        Mindfulness = "mindfulness",
        EpiduralSteroidInjection = "epidural_steroid_injection",
        SelectiveNerveRootBlock = "selective_nerve_root_block",
        FacetJointBlock = "facet_joint_block",
        TriggerPointInjection = "trigger_point_injection",
        RadiofrequencyAblation = "radiofrequency_ablation",
        VertebroplastyKyphoplasty = "vertebroplasty_kyphoplasty",
        SpinalCordStimulation = "spinal_cord_stimulation",
        TargetedDrugDelivery = "targeted_drug_delivery",
        InterspinousSpacer = "interspinous_spacer",
        PercutaneousDiscectomy = "percutaneous_discectomy",
        SurgicalConsultation = "surgical_consultation",
    }
}

contract_enum! {
    /// A field of the answers contract, in the order of answers.md's table
    /// (which is also the order of the assessment's `unanswered`).
    pub enum Field (name, from_name) {
        Age = "age",
        DurationWeeks = "duration_weeks",
        PainArea = "pain_area",
        PainScore = "pain_score",
        LegPain = "leg_pain",
        BothLegs = "both_legs",
        Worsening = "worsening",
        ConstantNightPain = "constant_night_pain",
        InflammatoryPattern = "inflammatory_pattern",
        SaddleNumbness = "saddle_numbness",
        BladderChange = "bladder_change",
        BowelIncontinence = "bowel_incontinence",
        SexualDysfunction = "sexual_dysfunction",
        LegWeakness = "leg_weakness",
        LegNumbness = "leg_numbness",
        LegSpasms = "leg_spasms",
        WalkingDifficulty = "walking_difficulty",
        MajorTrauma = "major_trauma",
        MinorTrauma = "minor_trauma",
        CancerHistory = "cancer_history",
        WeightLoss = "weight_loss",
        Fever = "fever",
        IvDrugUse = "iv_drug_use",
        Immunosuppressed = "immunosuppressed",
        RecentSpinalProcedure = "recent_spinal_procedure",
        RecentInfection = "recent_infection",
        SteroidUse = "steroid_use",
        Osteoporosis = "osteoporosis",
        VascularWarning = "vascular_warning",
        SuddenSeverePain = "sudden_severe_pain",
        PulsingBelly = "pulsing_belly",
        KnownAneurysm = "known_aneurysm",
        ChestOrBreathing = "chest_or_breathing",
        BellyOrUrine = "belly_or_urine",
        Pregnant = "pregnant",
        DailyFunction = "daily_function",
        SleepDisturbed = "sleep_disturbed",
        TreatmentsTried = "treatments_tried",
        PtWeeks = "pt_weeks",
        Relief = "relief",
        Diagnosis = "diagnosis",
        RecentImaging = "recent_imaging",
    }
}

/// The fields a triage rule reads (triage.md "When a result may be shown"): every field
/// from `age` to `sleep_disturbed` in answers.md's table. While any of them is absent the
/// assessment is not `complete`, and only an emergency may be shown.
pub const TRIAGE_FIELDS: [Field; 37] = {
    let mut fields = [Field::Age; 37];
    let mut at = 0;
    while at < fields.len() {
        fields[at] = Field::ALL[at];
        at += 1;
    }
    fields
};

/// Every field whose answer is a tri-state, in table order.
pub const TRI_STATE_FIELDS: [Field; 31] = [
    Field::BothLegs,
    Field::Worsening,
    Field::ConstantNightPain,
    Field::InflammatoryPattern,
    Field::SaddleNumbness,
    Field::BladderChange,
    Field::BowelIncontinence,
    Field::SexualDysfunction,
    Field::LegNumbness,
    Field::LegSpasms,
    Field::WalkingDifficulty,
    Field::MajorTrauma,
    Field::MinorTrauma,
    Field::CancerHistory,
    Field::WeightLoss,
    Field::Fever,
    Field::IvDrugUse,
    Field::Immunosuppressed,
    Field::RecentSpinalProcedure,
    Field::RecentInfection,
    Field::SteroidUse,
    Field::Osteoporosis,
    Field::VascularWarning,
    Field::SuddenSeverePain,
    Field::PulsingBelly,
    Field::KnownAneurysm,
    Field::ChestOrBreathing,
    Field::BellyOrUrine,
    Field::Pregnant,
    Field::SleepDisturbed,
    Field::RecentImaging,
];

impl Field {
    /// Whether a triage rule reads the field (`TRIAGE_FIELDS`), so that no result but an
    /// emergency may be shown while it is absent.
    pub fn is_triage(self) -> bool {
        TRIAGE_FIELDS.contains(&self)
    }

    /// Whether the field's answer is a tri-state.
    pub fn is_tri_state(self) -> bool {
        TRI_STATE_FIELDS.contains(&self)
    }
}

/// One person's answers. `None` means absent: not asked, not answered, or JSON `null`.
///
/// Serializing gives the contract's JSON object with absent fields left out, so
/// `parse_answers` reads back what was written.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Answers {
    /// Age in years, 0 to 120.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// How long this episode of pain has lasted, in weeks (finite, >= 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_weeks: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_area: Option<PainArea>,
    /// Worst pain in the last 24 hours, 0 to 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_score: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leg_pain: Option<LegPain>,
    /// Leg symptoms in both legs, new or getting worse.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub both_legs: Option<TriState>,
    /// The pain is getting worse over days or weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worsening: Option<TriState>,
    /// Constant pain at rest or at night that changing position does not ease.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constant_night_pain: Option<TriState>,
    /// Morning stiffness over 30 minutes that eases with movement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inflammatory_pattern: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saddle_numbness: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bladder_change: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bowel_incontinence: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sexual_dysfunction: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leg_weakness: Option<LegWeakness>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leg_numbness: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leg_spasms: Option<TriState>,
    /// New unsteadiness, or a leg that does not do what it is told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub walking_difficulty: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub major_trauma: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minor_trauma: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancer_history: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight_loss: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fever: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iv_drug_use: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub immunosuppressed: Option<TriState>,
    /// In the last 3 months: a spinal injection or operation, or a wound to the back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_spinal_procedure: Option<TriState>,
    /// In the last 3 months: a bacterial infection elsewhere (urine, skin, chest).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_infection: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steroid_use: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub osteoporosis: Option<TriState>,
    /// Tearing pain, strong pain that has moved since it began, or feeling faint or clammy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vascular_warning: Option<TriState>,
    /// Sudden pain in the last few days, without injury, still there, and nothing eases it
    /// or it has grown hour by hour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sudden_severe_pain: Option<TriState>,
    /// A pulsing feeling in the belly, like a heartbeat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pulsing_belly: Option<TriState>,
    /// A doctor has told them they have an aortic aneurysm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known_aneurysm: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chest_or_breathing: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub belly_or_urine: Option<TriState>,
    /// Pregnant now, or gave birth in the last 6 weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pregnant: Option<TriState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_function: Option<DailyFunction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_disturbed: Option<TriState>,
    /// What was already tried for this episode: each option at most once, in table order
    /// (the parser stores it so; the engine reads a repeated option as one anyway).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub treatments_tried: Option<Vec<OptionId>>,
    /// Weeks of physical therapy completed; read only when `physical_therapy` was tried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pt_weeks: Option<f64>,
    /// How much each treatment tried helped; a treatment tried without an entry counts as
    /// `Relief::None` (ladder.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relief: Option<ReliefByOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnosis: Option<Diagnosis>,
    /// Has spine imaging under a year old (not used for triage).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_imaging: Option<TriState>,
}

impl Answers {
    /// Whether `field` has an answer (is not absent).
    pub fn is_answered(&self, field: Field) -> bool {
        match field {
            Field::Age => self.age.is_some(),
            Field::DurationWeeks => self.duration_weeks.is_some(),
            Field::PainArea => self.pain_area.is_some(),
            Field::PainScore => self.pain_score.is_some(),
            Field::LegPain => self.leg_pain.is_some(),
            Field::LegWeakness => self.leg_weakness.is_some(),
            Field::DailyFunction => self.daily_function.is_some(),
            Field::TreatmentsTried => self.treatments_tried.is_some(),
            Field::PtWeeks => self.pt_weeks.is_some(),
            Field::Relief => self.relief.is_some(),
            Field::Diagnosis => self.diagnosis.is_some(),
            tri_state => self.tri_state(tri_state).is_some(),
        }
    }

    /// The answer of a tri-state field; `None` when it is absent or `field` is not a tri-state.
    pub fn tri_state(&self, field: Field) -> Option<TriState> {
        match field {
            Field::BothLegs => self.both_legs,
            Field::Worsening => self.worsening,
            Field::ConstantNightPain => self.constant_night_pain,
            Field::InflammatoryPattern => self.inflammatory_pattern,
            Field::SaddleNumbness => self.saddle_numbness,
            Field::BladderChange => self.bladder_change,
            Field::BowelIncontinence => self.bowel_incontinence,
            Field::SexualDysfunction => self.sexual_dysfunction,
            Field::LegNumbness => self.leg_numbness,
            Field::LegSpasms => self.leg_spasms,
            Field::WalkingDifficulty => self.walking_difficulty,
            Field::MajorTrauma => self.major_trauma,
            Field::MinorTrauma => self.minor_trauma,
            Field::CancerHistory => self.cancer_history,
            Field::WeightLoss => self.weight_loss,
            Field::Fever => self.fever,
            Field::IvDrugUse => self.iv_drug_use,
            Field::Immunosuppressed => self.immunosuppressed,
            Field::RecentSpinalProcedure => self.recent_spinal_procedure,
            Field::RecentInfection => self.recent_infection,
            Field::SteroidUse => self.steroid_use,
            Field::Osteoporosis => self.osteoporosis,
            Field::VascularWarning => self.vascular_warning,
            Field::SuddenSeverePain => self.sudden_severe_pain,
            Field::PulsingBelly => self.pulsing_belly,
            Field::KnownAneurysm => self.known_aneurysm,
            Field::ChestOrBreathing => self.chest_or_breathing,
            Field::BellyOrUrine => self.belly_or_urine,
            Field::Pregnant => self.pregnant,
            Field::SleepDisturbed => self.sleep_disturbed,
            Field::RecentImaging => self.recent_imaging,
            _ => None,
        }
    }

    /// The slot of a tri-state field, to set or clear it; `None` when `field` is not a tri-state.
    pub fn tri_state_mut(&mut self, field: Field) -> Option<&mut Option<TriState>> {
        let slot = match field {
            Field::BothLegs => &mut self.both_legs,
            Field::Worsening => &mut self.worsening,
            Field::ConstantNightPain => &mut self.constant_night_pain,
            Field::InflammatoryPattern => &mut self.inflammatory_pattern,
            Field::SaddleNumbness => &mut self.saddle_numbness,
            Field::BladderChange => &mut self.bladder_change,
            Field::BowelIncontinence => &mut self.bowel_incontinence,
            Field::SexualDysfunction => &mut self.sexual_dysfunction,
            Field::LegNumbness => &mut self.leg_numbness,
            Field::LegSpasms => &mut self.leg_spasms,
            Field::WalkingDifficulty => &mut self.walking_difficulty,
            Field::MajorTrauma => &mut self.major_trauma,
            Field::MinorTrauma => &mut self.minor_trauma,
            Field::CancerHistory => &mut self.cancer_history,
            Field::WeightLoss => &mut self.weight_loss,
            Field::Fever => &mut self.fever,
            Field::IvDrugUse => &mut self.iv_drug_use,
            Field::Immunosuppressed => &mut self.immunosuppressed,
            Field::RecentSpinalProcedure => &mut self.recent_spinal_procedure,
            Field::RecentInfection => &mut self.recent_infection,
            Field::SteroidUse => &mut self.steroid_use,
            Field::Osteoporosis => &mut self.osteoporosis,
            Field::VascularWarning => &mut self.vascular_warning,
            Field::SuddenSeverePain => &mut self.sudden_severe_pain,
            Field::PulsingBelly => &mut self.pulsing_belly,
            Field::KnownAneurysm => &mut self.known_aneurysm,
            Field::ChestOrBreathing => &mut self.chest_or_breathing,
            Field::BellyOrUrine => &mut self.belly_or_urine,
            Field::Pregnant => &mut self.pregnant,
            Field::SleepDisturbed => &mut self.sleep_disturbed,
            Field::RecentImaging => &mut self.recent_imaging,
            _ => return None,
        };
        Some(slot)
    }

    /// Whether every field a triage rule reads has an answer, so that a non-emergency
    /// result may be shown.
    pub fn triage_answered(&self) -> bool {
        TRIAGE_FIELDS.iter().all(|&field| self.is_answered(field))
    }

    /// Whether `option` is among `treatments_tried`.
    pub fn tried(&self, option: OptionId) -> bool {
        self.treatments_tried
            .as_deref()
            .is_some_and(|tried| tried.contains(&option))
    }

    /// Whether the person may have had cancer (yes or unsure), so that the emergency warning
    /// signs a result lists include those of `cancer_with_neuro` (triage.md).
    pub fn may_have_had_cancer(&self) -> bool {
        matches!(self.cancer_history, Some(TriState::Yes | TriState::Unsure))
    }

    /// How much `option` helped, as the ladder reads it: its entry in `relief`, or
    /// `Relief::None` where it has none (or `relief` is absent).
    pub fn relief_of(&self, option: OptionId) -> Relief {
        self.relief
            .as_ref()
            .and_then(|relief| relief.get(option))
            .unwrap_or(Relief::None)
    }
}

/// How much each treatment tried helped (answers.md `relief`): at most one answer per
/// option, kept in the option table's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ReliefByOption([Option<Relief>; OptionId::ALL.len()]);

impl ReliefByOption {
    /// The answer for `option`, if it has one.
    pub fn get(&self, option: OptionId) -> Option<Relief> {
        self.0[option as usize]
    }

    /// Sets (or, with `None`, clears) the answer for `option`.
    pub fn set(&mut self, option: OptionId, relief: Option<Relief>) {
        self.0[option as usize] = relief;
    }

    /// Every option with an answer, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (OptionId, Relief)> + '_ {
        OptionId::ALL
            .into_iter()
            .filter_map(|option| self.get(option).map(|relief| (option, relief)))
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Keeps only the answers for options `keep` allows (an option no longer tried loses
    /// its answer).
    pub fn retain(&mut self, keep: impl Fn(OptionId) -> bool) {
        for option in OptionId::ALL {
            if !keep(option) {
                self.set(option, None);
            }
        }
    }
}

impl FromIterator<(OptionId, Relief)> for ReliefByOption {
    fn from_iter<I: IntoIterator<Item = (OptionId, Relief)>>(entries: I) -> Self {
        let mut relief = Self::default();
        for (option, answer) in entries {
            relief.set(option, Some(answer));
        }
        relief
    }
}

impl Serialize for ReliefByOption {
    /// The contract's object: option id -> relief, in table order.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for (option, relief) in self.iter() {
            map.serialize_entry(option.id(), relief.id())?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_has_42_fields_with_distinct_names() {
        assert_eq!(Field::ALL.len(), 42);
        for (i, a) in Field::ALL.iter().enumerate() {
            assert_eq!(Field::from_name(a.name()), Some(*a));
            for b in &Field::ALL[i + 1..] {
                assert_ne!(a.name(), b.name());
            }
        }
    }

    #[test]
    fn tri_state_accessors_cover_exactly_the_tri_state_fields() {
        let mut answers = Answers::default();
        for field in Field::ALL {
            let slot = answers.tri_state_mut(field);
            assert_eq!(slot.is_some(), field.is_tri_state(), "{}", field.name());
            if let Some(slot) = slot {
                *slot = Some(TriState::Unsure);
                assert_eq!(answers.tri_state(field), Some(TriState::Unsure));
                assert!(answers.is_answered(field));
            }
        }
    }

    #[test]
    fn is_answered_sees_every_field() {
        let full = Answers {
            age: Some(1),
            duration_weeks: Some(1.0),
            pain_area: Some(PainArea::Lower),
            pain_score: Some(1),
            leg_pain: Some(LegPain::None),
            leg_weakness: Some(LegWeakness::None),
            daily_function: Some(DailyFunction::Normal),
            treatments_tried: Some(Vec::new()),
            pt_weeks: Some(0.0),
            relief: Some([(OptionId::HeatIce, Relief::Good)].into_iter().collect()),
            diagnosis: Some(Diagnosis::NoneKnown),
            ..Answers::default()
        };
        let mut full = full;
        for field in TRI_STATE_FIELDS {
            if let Some(slot) = full.tri_state_mut(field) {
                *slot = Some(TriState::No);
            }
        }
        assert!(Field::ALL.iter().all(|&f| full.is_answered(f)));
        assert!(Field::ALL
            .iter()
            .all(|&f| !Answers::default().is_answered(f)));
        assert!(full.triage_answered());
    }

    #[test]
    fn the_triage_fields_run_from_age_to_sleep_disturbed() {
        assert_eq!(TRIAGE_FIELDS[0], Field::Age);
        assert_eq!(TRIAGE_FIELDS[36], Field::SleepDisturbed);
        assert!(TRIAGE_FIELDS.contains(&Field::SuddenSeverePain));
        assert!(TRIAGE_FIELDS.contains(&Field::PulsingBelly));
        assert!(TRIAGE_FIELDS.contains(&Field::KnownAneurysm));
        assert!(!Field::TreatmentsTried.is_triage());
        assert!(!Field::RecentImaging.is_triage());
    }

    #[test]
    fn relief_serializes_as_an_object_in_table_order_and_reads_none_when_missing() {
        let relief: ReliefByOption = [
            (OptionId::FacetJointBlock, Relief::Temporary),
            (OptionId::PhysicalTherapy, Relief::Partial),
        ]
        .into_iter()
        .collect();
        let json = serde_json::to_string(&relief).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"physical_therapy":"partial","facet_joint_block":"temporary"}"#
        );
        let answers = Answers {
            relief: Some(relief),
            ..Answers::default()
        };
        assert_eq!(
            answers.relief_of(OptionId::FacetJointBlock),
            Relief::Temporary
        );
        assert_eq!(answers.relief_of(OptionId::Massage), Relief::None);
        assert_eq!(
            Answers::default().relief_of(OptionId::Massage),
            Relief::None
        );
    }

    #[test]
    fn serde_names_are_the_contract_strings() {
        for option in OptionId::ALL {
            let json = serde_json::to_value(option).ok();
            assert_eq!(json, Some(serde_json::Value::from(option.id())));
        }
        for field in Field::ALL {
            let json = serde_json::to_value(field).ok();
            assert_eq!(json, Some(serde_json::Value::from(field.name())));
        }
    }
}
