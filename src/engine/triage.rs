//! Triage (triage.md, version 3): the two readings of "unsure", the flags they raise, and `assess`.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, DailyFunction, Field, LegPain, LegWeakness, PainArea, TriState};
use super::ladder::{place, Ladder};
use super::rules::{Condition, Fires, RuleId, RULES};

/// How urgently the person should be seen. Declared least urgent first, so a more urgent
/// level compares greater (`Level::Emergency > Level::Urgent`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Self-care is reasonable now; check again if not better in 2 to 6 weeks.
    SelfCare,
    /// Book a routine appointment with a doctor or a spine specialist.
    Routine,
    /// See a doctor within the next few days, no more than a week.
    Soon,
    /// Be seen by a doctor today: urgent care, a same-day appointment or an out-of-hours service.
    Urgent,
    /// Call the local emergency number or go to an emergency department now.
    Emergency,
}

impl Level {
    /// Every level, most urgent first as in triage.md (the reverse of their `Ord` order).
    pub const ALL: [Self; 5] = [
        Self::Emergency,
        Self::Urgent,
        Self::Soon,
        Self::Routine,
        Self::SelfCare,
    ];

    /// The contract string.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SelfCare => "self_care",
            Self::Routine => "routine",
            Self::Soon => "soon",
            Self::Urgent => "urgent",
            Self::Emergency => "emergency",
        }
    }

    /// The level the contract string stands for, if it is one.
    pub fn from_id(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.id() == text)
    }

    /// One level less urgent, for a rule that fired only because of doubt:
    /// emergency to urgent, urgent to soon, soon to routine; routine stays routine.
    pub const fn lowered_for_doubt(self) -> Self {
        match self {
            Self::Emergency => Self::Urgent,
            Self::Urgent => Self::Soon,
            Self::Soon | Self::Routine => Self::Routine,
            Self::SelfCare => Self::SelfCare,
        }
    }
}

/// How a reading takes an "unsure" answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnsureAs {
    /// First reading: unsure is "no", and `leg_weakness` unsure is none.
    No,
    /// Second reading: unsure is "yes", and `leg_weakness` unsure is worsening.
    Yes,
}

/// The answers as the rules see them in one reading: every tri-state resolved to a yes
/// (absent counts as no), every choice resolved (absent counts as its mildest value,
/// `leg_weakness` is never `Unsure` here), numbers kept optional because an absent
/// age, duration or pain score satisfies no comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub age: Option<u8>,
    pub duration_weeks: Option<f64>,
    pub pain_area: PainArea,
    pub pain_score: Option<u8>,
    pub leg_pain: LegPain,
    pub both_legs: bool,
    pub worsening: bool,
    pub constant_night_pain: bool,
    pub inflammatory_pattern: bool,
    pub saddle_numbness: bool,
    pub bladder_change: bool,
    pub bowel_incontinence: bool,
    pub sexual_dysfunction: bool,
    /// None, stable or worsening: "unsure" is resolved by the reading.
    pub leg_weakness: LegWeakness,
    pub leg_numbness: bool,
    pub leg_spasms: bool,
    pub walking_difficulty: bool,
    pub major_trauma: bool,
    pub minor_trauma: bool,
    pub cancer_history: bool,
    pub weight_loss: bool,
    pub fever: bool,
    pub iv_drug_use: bool,
    pub immunosuppressed: bool,
    pub recent_infection_or_procedure: bool,
    pub steroid_use: bool,
    pub osteoporosis: bool,
    pub vascular_warning: bool,
    pub known_aneurysm: bool,
    pub chest_or_breathing: bool,
    pub belly_or_urine: bool,
    pub pregnant: bool,
    pub daily_function: DailyFunction,
    pub sleep_disturbed: bool,
}

impl Reading {
    /// Reads the answers, taking "unsure" as `unsure_as` says.
    pub fn new(answers: &Answers, unsure_as: UnsureAs) -> Self {
        let yes = |answer: Option<TriState>| match answer {
            Some(TriState::Yes) => true,
            Some(TriState::Unsure) => unsure_as == UnsureAs::Yes,
            Some(TriState::No) | None => false,
        };
        let leg_weakness = match (answers.leg_weakness, unsure_as) {
            (Some(LegWeakness::Unsure), UnsureAs::No) | (None, _) => LegWeakness::None,
            // In doubt, weakness is read as the worst it could be, so it is a neuro sign.
            (Some(LegWeakness::Unsure), UnsureAs::Yes) => LegWeakness::Worsening,
            (Some(known), _) => known,
        };
        Self {
            age: answers.age,
            duration_weeks: answers.duration_weeks,
            pain_area: answers.pain_area.unwrap_or(PainArea::Lower),
            pain_score: answers.pain_score,
            leg_pain: answers.leg_pain.unwrap_or(LegPain::None),
            both_legs: yes(answers.both_legs),
            worsening: yes(answers.worsening),
            constant_night_pain: yes(answers.constant_night_pain),
            inflammatory_pattern: yes(answers.inflammatory_pattern),
            saddle_numbness: yes(answers.saddle_numbness),
            bladder_change: yes(answers.bladder_change),
            bowel_incontinence: yes(answers.bowel_incontinence),
            sexual_dysfunction: yes(answers.sexual_dysfunction),
            leg_weakness,
            leg_numbness: yes(answers.leg_numbness),
            leg_spasms: yes(answers.leg_spasms),
            walking_difficulty: yes(answers.walking_difficulty),
            major_trauma: yes(answers.major_trauma),
            minor_trauma: yes(answers.minor_trauma),
            cancer_history: yes(answers.cancer_history),
            weight_loss: yes(answers.weight_loss),
            fever: yes(answers.fever),
            iv_drug_use: yes(answers.iv_drug_use),
            immunosuppressed: yes(answers.immunosuppressed),
            recent_infection_or_procedure: yes(answers.recent_infection_or_procedure),
            steroid_use: yes(answers.steroid_use),
            osteoporosis: yes(answers.osteoporosis),
            vascular_warning: yes(answers.vascular_warning),
            known_aneurysm: yes(answers.known_aneurysm),
            chest_or_breathing: yes(answers.chest_or_breathing),
            belly_or_urine: yes(answers.belly_or_urine),
            pregnant: yes(answers.pregnant),
            daily_function: answers.daily_function.unwrap_or(DailyFunction::Normal),
            sleep_disturbed: yes(answers.sleep_disturbed),
        }
    }

    /// A neuro sign: leg weakness (stable or worsening), leg numbness, walking difficulty,
    /// a bladder change, bowel incontinence or saddle numbness.
    pub fn neuro_sign(&self) -> bool {
        matches!(
            self.leg_weakness,
            LegWeakness::Stable | LegWeakness::Worsening
        ) || self.leg_numbness
            || self.walking_difficulty
            || self.bladder_change
            || self.bowel_incontinence
            || self.saddle_numbness
    }

    /// A cord or root sign: a neuro sign, leg pain below the knee, or leg spasms.
    pub fn cord_or_root_sign(&self) -> bool {
        self.neuro_sign() || self.leg_pain == LegPain::BelowKnee || self.leg_spasms
    }

    /// Age is known and at least `years`.
    pub fn age_at_least(&self, years: u8) -> bool {
        self.age.is_some_and(|age| age >= years)
    }

    /// Age is known and under `years`.
    pub fn age_under(&self, years: u8) -> bool {
        self.age.is_some_and(|age| age < years)
    }

    /// The duration is known and at least `weeks`.
    pub fn weeks_at_least(&self, weeks: f64) -> bool {
        self.duration_weeks
            .is_some_and(|duration| duration >= weeks)
    }

    /// Age and duration are known and the pain began before `years` of age:
    /// `age - duration_weeks / 52 < years`, computed as `52 * age - duration_weeks < 52 * years`
    /// so that no division rounds (triage.md, `inflammatory_back_pain`).
    pub fn began_before_age(&self, years: u8) -> bool {
        match (self.age, self.duration_weeks) {
            (Some(age), Some(weeks)) => 52.0 * f64::from(age) - weeks < 52.0 * f64::from(years),
            _ => false,
        }
    }

    /// The pain score is known and at least `score`.
    pub fn pain_at_least(&self, score: u8) -> bool {
        self.pain_score.is_some_and(|pain| pain >= score)
    }
}

/// A set of rule ids (a bit per rule), so that a reading allocates nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RuleSet(u64);

impl RuleSet {
    pub fn contains(self, rule: RuleId) -> bool {
        self.0 & (1 << rule as u32) != 0
    }

    pub fn insert(&mut self, rule: RuleId) {
        self.0 |= 1 << rule as u32;
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The rules in the set, in table order.
    pub fn iter(self) -> impl Iterator<Item = RuleId> {
        RuleId::ALL
            .into_iter()
            .filter(move |&rule| self.contains(rule))
    }
}

/// The rules that fire in one reading.
pub fn fired_rules(reading: &Reading) -> RuleSet {
    let mut fired = RuleSet::default();
    let mut weak_fired = 0;
    for rule in &RULES {
        if let Fires::When(holds) = rule.fires {
            if holds(reading) {
                fired.insert(rule.id);
                weak_fired += usize::from(rule.weak);
            }
        }
    }
    // Counting rules come after all conditions, wherever they sit in the table.
    for rule in &RULES {
        if let Fires::WeakRiskFactors { at_least } = rule.fires {
            if weak_fired >= at_least {
                fired.insert(rule.id);
            }
        }
    }
    fired
}

/// A rule that fired, at the level it fired at after any lowering for doubt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Flag {
    pub rule: RuleId,
    pub level: Level,
    /// `null` in JSON where the rule suspects nothing in particular.
    pub suspected: Option<Condition>,
    /// Fired only because an answer was "unsure".
    pub uncertain: bool,
}

/// The engine's answer to one set of answers (answers.md "The assessment").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// The most urgent level of any flag, or self_care where no rule fired.
    pub triage: Level,
    /// Every field a triage rule reads has an answer: only then may a non-emergency result
    /// be shown.
    pub complete: bool,
    /// Every rule that fired, in rule-table order.
    pub flags: Vec<Flag>,
    /// Every absent contract field, in the order of answers.md's table.
    pub unanswered: Vec<Field>,
    /// Where the person stands on the treatment ladder; shown only below urgent.
    pub ladder: Ladder,
}

impl Assessment {
    /// The flag the rule raised, if it fired.
    pub fn flag(&self, rule: RuleId) -> Option<&Flag> {
        self.flags.iter().find(|flag| flag.rule == rule)
    }

    /// Whether the rule fired (with or without doubt).
    pub fn fired(&self, rule: RuleId) -> bool {
        self.flag(rule).is_some()
    }

    /// Whether the result shows the treatment ladder: only below urgent, after the advice
    /// (answers.md: for urgent and emergency, only what to do now and why).
    pub fn shows_ladder(&self) -> bool {
        self.triage < Level::Urgent
    }

    /// Whether the emergency advice must say to call an ambulance rather than be driven:
    /// a heart or lung cause, or an aortic aneurysm or dissection, fired at emergency level
    /// (triage.md "What each level tells the person").
    pub fn needs_ambulance(&self) -> bool {
        self.flags.iter().any(|flag| {
            flag.level == Level::Emergency
                && matches!(
                    flag.rule,
                    RuleId::ChestOrBreathing | RuleId::KnownAneurysm | RuleId::Vascular
                )
        })
    }

    /// Whether the result may be shown now: an emergency at once, anything else only
    /// once every triage field is answered (triage.md "When a result may be shown").
    pub fn may_be_shown(&self) -> bool {
        self.triage == Level::Emergency || self.complete
    }
}

/// Assesses one set of answers: the flags of both readings, the triage, whether the
/// red-flag screen is complete, what is unanswered, and the ladder.
#[must_use]
pub fn assess(answers: &Answers) -> Assessment {
    let sure = fired_rules(&Reading::new(answers, UnsureAs::No));
    let in_doubt = fired_rules(&Reading::new(answers, UnsureAs::Yes));

    let mut flags = Vec::with_capacity(8);
    for rule in &RULES {
        let flag = if sure.contains(rule.id) {
            Flag {
                rule: rule.id,
                level: rule.level,
                suspected: rule.suspected,
                uncertain: false,
            }
        } else if in_doubt.contains(rule.id) {
            // A possible cauda equina syndrome, aortic aneurysm or dissection, or heart or
            // lung cause is checked now even in doubt; anything else fired by doubt alone
            // is one step less urgent.
            let level = if rule.keeps_level_when_unsure {
                rule.level
            } else {
                rule.level.lowered_for_doubt()
            };
            Flag {
                rule: rule.id,
                level,
                suspected: rule.suspected,
                uncertain: true,
            }
        } else {
            continue;
        };
        flags.push(flag);
    }

    let triage = flags
        .iter()
        .map(|flag| flag.level)
        .max()
        .unwrap_or(Level::SelfCare);
    let unanswered = Field::ALL
        .into_iter()
        .filter(|&field| !answers.is_answered(field))
        .collect();

    Assessment {
        triage,
        complete: answers.triage_answered(),
        flags,
        unanswered,
        ladder: place(answers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(assessment: &Assessment, rule: RuleId) -> Option<(Level, bool)> {
        assessment
            .flag(rule)
            .map(|flag| (flag.level, flag.uncertain))
    }

    #[test]
    fn worked_example_of_triage_md() {
        // cancer_history yes, leg_numbness unsure.
        let answers = Answers {
            cancer_history: Some(TriState::Yes),
            leg_numbness: Some(TriState::Unsure),
            ..Answers::default()
        };
        let answers = Answers {
            age: Some(50),
            ..answers
        };
        let assessment = assess(&answers);
        assert_eq!(assessment.triage, Level::Urgent);
        let fired: Vec<RuleId> = assessment.flags.iter().map(|flag| flag.rule).collect();
        assert_eq!(
            fired,
            [
                RuleId::CancerWithNeuro,
                RuleId::CancerHistory,
                RuleId::LegNumbness
            ]
        );
        assert_eq!(
            flag(&assessment, RuleId::CancerHistory),
            Some((Level::Soon, false))
        );
        assert_eq!(
            flag(&assessment, RuleId::CancerWithNeuro),
            Some((Level::Urgent, true))
        );
        assert_eq!(
            flag(&assessment, RuleId::LegNumbness),
            Some((Level::Routine, true))
        );
    }

    #[test]
    fn doubt_lowers_each_level_once_except_for_the_four_kept_rules() {
        let cases = [
            (Field::SaddleNumbness, RuleId::CaudaEquina, Level::Emergency),
            (Field::VascularWarning, RuleId::Vascular, Level::Emergency),
            (
                Field::ChestOrBreathing,
                RuleId::ChestOrBreathing,
                Level::Emergency,
            ),
            (Field::KnownAneurysm, RuleId::KnownAneurysm, Level::Urgent),
            (Field::MajorTrauma, RuleId::MajorTrauma, Level::Urgent),
            (Field::Fever, RuleId::Fever, Level::Soon),
            (Field::LegSpasms, RuleId::LegSpasms, Level::Routine),
            (Field::Osteoporosis, RuleId::Osteoporosis, Level::Routine),
        ];
        for (field, rule, level) in cases {
            let mut answers = Answers::default();
            if let Some(slot) = answers.tri_state_mut(field) {
                *slot = Some(TriState::Unsure);
            }
            let assessment = assess(&answers);
            assert_eq!(
                flag(&assessment, rule),
                Some((level, true)),
                "{}",
                field.name()
            );
            assert_eq!(assessment.triage, level, "{}", field.name());
        }
    }

    #[test]
    fn unsure_weakness_is_worsening_in_doubt_and_none_otherwise() {
        let answers = Answers {
            leg_weakness: Some(LegWeakness::Unsure),
            fever: Some(TriState::Yes),
            ..Answers::default()
        };
        let assessment = assess(&answers);
        assert_eq!(
            flag(&assessment, RuleId::ProgressiveWeakness),
            Some((Level::Urgent, true))
        );
        assert_eq!(
            flag(&assessment, RuleId::InfectionWithNeuro),
            Some((Level::Urgent, true))
        );
        assert_eq!(flag(&assessment, RuleId::StableWeakness), None);
        assert_eq!(
            flag(&assessment, RuleId::Fever),
            Some((Level::Urgent, false))
        );
    }

    #[test]
    fn multiple_risk_factors_counts_within_each_reading() {
        let certain = Answers {
            age: Some(72),
            osteoporosis: Some(TriState::Yes),
            ..Answers::default()
        };
        let assessment = assess(&certain);
        assert_eq!(
            flag(&assessment, RuleId::MultipleRiskFactors),
            Some((Level::Soon, false))
        );
        assert_eq!(assessment.triage, Level::Soon);

        let doubtful = Answers {
            osteoporosis: Some(TriState::Unsure),
            ..certain
        };
        let assessment = assess(&doubtful);
        assert_eq!(
            flag(&assessment, RuleId::MultipleRiskFactors),
            Some((Level::Routine, true))
        );
        assert_eq!(assessment.triage, Level::Routine);
    }

    #[test]
    fn nothing_answered_is_self_care_incomplete_with_every_field_unanswered() {
        let assessment = assess(&Answers::default());
        assert_eq!(assessment.triage, Level::SelfCare);
        assert!(!assessment.complete);
        assert!(assessment.flags.is_empty());
        assert_eq!(assessment.unanswered, Field::ALL);
        assert!(!assessment.may_be_shown());
    }

    #[test]
    fn assessment_serializes_to_the_contract_shape() {
        let answers = Answers {
            saddle_numbness: Some(TriState::Yes),
            pregnant: Some(TriState::Yes),
            ..Answers::default()
        };
        let json = serde_json::to_value(assess(&answers)).unwrap_or_default();
        assert_eq!(json["triage"], "emergency");
        assert_eq!(json["complete"], false);
        assert_eq!(
            json["flags"][0],
            serde_json::json!({
                "rule": "cauda_equina", "level": "emergency",
                "suspected": "cauda_equina_syndrome", "uncertain": false
            })
        );
        assert_eq!(json["flags"][1]["rule"], "pregnancy");
        assert_eq!(json["flags"][1]["suspected"], serde_json::Value::Null);
        assert_eq!(json["unanswered"][0], "age");
        assert_eq!(json["ladder"]["current_step"], 0);
        assert_eq!(json["ladder"]["next_step"], 1);
        assert_eq!(
            json["ladder"]["options"],
            serde_json::json!(["activity_and_self_care", "heat_ice", "otc_pain_relief"])
        );
    }

    #[test]
    fn levels_order_by_urgency() {
        assert!(Level::Emergency > Level::Urgent);
        assert!(Level::Urgent > Level::Soon);
        assert!(Level::Soon > Level::Routine);
        assert!(Level::Routine > Level::SelfCare);
        for level in Level::ALL {
            assert_eq!(Level::from_id(level.id()), Some(level));
            let json = serde_json::to_value(level).unwrap_or_default();
            assert_eq!(json, level.id());
        }
    }
}
