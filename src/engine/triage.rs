//! Triage (triage.md, version 4, `docs/clinical/triage.md`): the two readings of "unsure", the flags they raise, and `assess`.

use serde::Serialize;

use super::answers::{Answers, Field};
use super::ladder::{place, Ladder};
use super::level::Level;
use super::reading::{Reading, UnsureAs};
use super::rules::{Condition, Fires, RuleId, RULES};

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
    /// a heart or lung cause, an aortic dissection or a leaking aneurysm (a known one with
    /// symptoms, or sudden severe pain at 50 or over) fired at emergency level (triage.md
    /// "What each level tells the person").
    pub fn needs_ambulance(&self) -> bool {
        self.flags.iter().any(|flag| {
            flag.level == Level::Emergency
                && matches!(
                    flag.rule,
                    RuleId::ChestOrBreathing
                        | RuleId::KnownAneurysmSymptomatic
                        | RuleId::SuddenSeverePainOver50
                        | RuleId::Vascular
                )
        })
    }

    /// Whether an urgent result must add the one-hour safety net of a sudden severe pain (go
    /// to an emergency department if it is not clearly easing within an hour of pain relief,
    /// or with repeated vomiting): a sudden-pain rule fired at urgent, as it does under 50,
    /// or at 50 or over when the answer was "not sure" (triage.md "What each level tells the
    /// person").
    pub fn needs_sudden_pain_safety_net(&self) -> bool {
        self.triage == Level::Urgent
            && self.flags.iter().any(|flag| {
                flag.level == Level::Urgent
                    && matches!(
                        flag.rule,
                        RuleId::SuddenSeverePain | RuleId::SuddenSeverePainOver50
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
    use crate::engine::answers::{LegWeakness, TriState};

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
            (Field::KnownAneurysm, RuleId::KnownAneurysm, Level::Soon),
            (Field::PulsingBelly, RuleId::PulsingBelly, Level::Soon),
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
