//! How the printed summary orders the answers for a clinician: the warning-sign answers
//! first, then the rest under short headings, so that one red-flag "yes" does not sit among
//! thirty-odd other answers in field order.
//!
//! Pure Rust, so the order and the marks are tested natively; `ui/summary.rs` only draws them.

use super::{is_asked, EMERGENCY_FIELDS};
use crate::engine::{Answers, Field, LegWeakness, TriState};

/// A heading of the printed answers, in the order they are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerGroup {
    /// What a clinician must see first: every field whose answer alone can make the advice
    /// an emergency or urgent (`WARNING_SIGN_FIELDS`).
    WarningSigns,
    AboutThePain,
    HealthAndRisks,
    /// What was tried and how much each helped, with the earlier diagnosis and imaging.
    Treatments,
}

impl AnswerGroup {
    pub const ALL: [AnswerGroup; 4] = [
        AnswerGroup::WarningSigns,
        AnswerGroup::AboutThePain,
        AnswerGroup::HealthAndRisks,
        AnswerGroup::Treatments,
    ];

    /// A stable name, for tests and the page's `data-group` attributes.
    pub fn id(self) -> &'static str {
        match self {
            AnswerGroup::WarningSigns => "warning_signs",
            AnswerGroup::AboutThePain => "about_the_pain",
            AnswerGroup::HealthAndRisks => "health_and_risks",
            AnswerGroup::Treatments => "treatments",
        }
    }

    /// The group a field is printed in.
    pub fn of(field: Field) -> AnswerGroup {
        use Field::*;
        if WARNING_SIGN_FIELDS.contains(&field) {
            return AnswerGroup::WarningSigns;
        }
        // Every field named, none by a catch-all: a field added to the contract must be
        // given a group here before the crate compiles.
        match field {
            DurationWeeks | PainArea | PainScore | Worsening | ConstantNightPain
            | InflammatoryPattern | DailyFunction | SleepDisturbed => AnswerGroup::AboutThePain,
            Age | MinorTrauma | WeightLoss | SteroidUse | Osteoporosis | Pregnant => {
                AnswerGroup::HealthAndRisks
            }
            TreatmentsTried | PtWeeks | Relief | Diagnosis | RecentImaging => {
                AnswerGroup::Treatments
            }
            SaddleNumbness
            | BladderChange
            | BowelIncontinence
            | BothLegs
            | LegPain
            | LegNumbness
            | LegWeakness
            | SexualDysfunction
            | WalkingDifficulty
            | CancerHistory
            | LegSpasms
            | MajorTrauma
            | Fever
            | IvDrugUse
            | Immunosuppressed
            | RecentSpinalProcedure
            | RecentInfection
            | VascularWarning
            | SuddenSeverePain
            | PulsingBelly
            | KnownAneurysm
            | ChestOrBreathing
            | BellyOrUrine => AnswerGroup::WarningSigns,
        }
    }
}

/// The warning-sign fields, in the order they are printed: every field an emergency rule
/// reads (`EMERGENCY_FIELDS`, cauda equina first), then a sudden severe pain (an emergency at
/// 50 or over), a pulsing belly and `belly_or_urine`, whose "yes" alone makes the advice
/// urgent. The urgent rules' other fields are left with the pain and the
/// health answers on purpose: `worsening`, `constant_night_pain`, `pain_area` and
/// `pain_score` raise the advice only together with cancer or an infection risk, which are
/// in this group already, and marking every "worse" or "wakes me at night" as a warning sign
/// would blunt the mark that matters.
pub const WARNING_SIGN_FIELDS: [Field; 23] = {
    let mut fields = [Field::BellyOrUrine; 23];
    let mut at = 0;
    while at < EMERGENCY_FIELDS.len() {
        fields[at] = EMERGENCY_FIELDS[at];
        at += 1;
    }
    fields[at] = Field::SuddenSeverePain;
    fields[at + 1] = Field::PulsingBelly;
    fields
};

/// The printed answers: each group with its fields, in order, warning signs first. Every
/// contract field is in exactly one group (a field not asked is left out when drawn).
pub fn answer_groups() -> Vec<(AnswerGroup, Vec<Field>)> {
    AnswerGroup::ALL
        .into_iter()
        .map(|group| {
            let fields = match group {
                AnswerGroup::WarningSigns => WARNING_SIGN_FIELDS.to_vec(),
                _ => Field::ALL
                    .into_iter()
                    .filter(|&field| AnswerGroup::of(field) == group)
                    .collect(),
            };
            (group, fields)
        })
        .collect()
}

/// The answers as printed for these answers: each group with the fields asked, and in each
/// group the marked warning signs (`is_warning_answer`) first, so the one "yes" among twenty
/// "no"s is the first line a clinician reads; the rest keep the group's order.
pub fn printed_groups(answers: &Answers) -> Vec<(AnswerGroup, Vec<Field>)> {
    answer_groups()
        .into_iter()
        .map(|(group, fields)| {
            // Marked before unmarked, each kept in order (a partition rather than a sort:
            // the same order, with no sorting code in the wasm).
            let (mut marked, rest): (Vec<Field>, Vec<Field>) = fields
                .into_iter()
                .filter(|&field| is_asked(field, answers))
                .partition(|&field| is_warning_answer(field, answers));
            marked.extend(rest);
            (group, marked)
        })
        .collect()
}

/// Whether the answer to `field` is a warning sign the printout marks: a "yes" or a "not
/// sure" to a warning-sign question, or any leg weakness (stable, worsening or not sure).
/// Leg pain below the knee is not marked: alone it is sciatica, and it counts only with the
/// other leg answers, which are marked themselves.
pub fn is_warning_answer(field: Field, answers: &Answers) -> bool {
    if AnswerGroup::of(field) != AnswerGroup::WarningSigns {
        return false;
    }
    match field {
        Field::LegWeakness => answers
            .leg_weakness
            .is_some_and(|weakness| weakness != LegWeakness::None),
        _ => matches!(
            answers.tri_state(field),
            Some(TriState::Yes | TriState::Unsure)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_contract_field_is_printed_in_exactly_one_group() {
        let groups = answer_groups();
        for field in Field::ALL {
            let found: Vec<AnswerGroup> = groups
                .iter()
                .filter(|(_, fields)| fields.contains(&field))
                .map(|&(group, _)| group)
                .collect();
            assert_eq!(found.len(), 1, "{} is in {found:?}", field.name());
            assert_eq!(
                groups
                    .iter()
                    .flat_map(|(_, fields)| fields)
                    .filter(|&&f| f == field)
                    .count(),
                1,
                "{} is printed once",
                field.name()
            );
            assert_eq!(AnswerGroup::of(field), found[0]);
        }
        let printed: usize = groups.iter().map(|(_, fields)| fields.len()).sum();
        assert_eq!(printed, Field::ALL.len());
    }

    #[test]
    fn the_warning_signs_come_first_and_hold_every_emergency_field() {
        let groups = answer_groups();
        let order: Vec<AnswerGroup> = groups.iter().map(|&(group, _)| group).collect();
        assert_eq!(order, AnswerGroup::ALL);
        let (first, warning) = &groups[0];
        assert_eq!(*first, AnswerGroup::WarningSigns);
        assert_eq!(
            &warning[..EMERGENCY_FIELDS.len()],
            &EMERGENCY_FIELDS[..],
            "the emergency fields first, in their order"
        );
        assert!(warning.contains(&Field::Fever));
        assert!(warning.contains(&Field::BellyOrUrine));
        for (group, fields) in &groups[1..] {
            for field in fields {
                assert!(
                    !EMERGENCY_FIELDS.contains(field),
                    "{} is under {group:?}",
                    field.name()
                );
            }
        }
    }

    #[test]
    fn the_marked_warning_signs_lead_their_group_and_unasked_questions_are_left_out() {
        let answers = Answers {
            fever: Some(TriState::Yes),
            saddle_numbness: Some(TriState::Unsure),
            weight_loss: Some(TriState::Yes),
            treatments_tried: Some(Vec::new()),
            ..Answers::default()
        };
        let groups = printed_groups(&answers);
        let (group, warning) = &groups[0];
        assert_eq!(*group, AnswerGroup::WarningSigns);
        assert_eq!(&warning[..2], &[Field::SaddleNumbness, Field::Fever]);
        let rest: Vec<Field> = WARNING_SIGN_FIELDS
            .into_iter()
            .filter(|field| !matches!(field, Field::SaddleNumbness | Field::Fever))
            .collect();
        assert_eq!(&warning[2..], &rest[..], "the others in their order");
        // Weight loss is not a warning sign: it keeps its place among health and risks.
        let (_, health) = &groups[2];
        assert_eq!(health.first(), Some(&Field::Age));
        assert!(health.contains(&Field::WeightLoss));
        // Nothing tried: neither relief nor weeks of physical therapy is asked, or printed.
        let (_, treatments) = &groups[3];
        assert_eq!(
            treatments,
            &[
                Field::TreatmentsTried,
                Field::Diagnosis,
                Field::RecentImaging
            ]
        );
    }

    /// Each field alone: which answers are marked.
    #[test]
    fn a_yes_or_not_sure_to_a_warning_sign_is_marked_and_nothing_else() {
        for field in crate::engine::TRI_STATE_FIELDS {
            for (value, marked) in [
                (TriState::Yes, true),
                (TriState::Unsure, true),
                (TriState::No, false),
            ] {
                let mut answers = Answers::default();
                *answers.tri_state_mut(field).expect("a tri-state field") = Some(value);
                let warning = WARNING_SIGN_FIELDS.contains(&field);
                assert_eq!(
                    is_warning_answer(field, &answers),
                    marked && warning,
                    "{} {value:?}",
                    field.name()
                );
            }
        }
        assert!(!is_warning_answer(Field::Fever, &Answers::default()));
        let weakness = |value| Answers {
            leg_weakness: Some(value),
            ..Answers::default()
        };
        assert!(!is_warning_answer(
            Field::LegWeakness,
            &weakness(LegWeakness::None)
        ));
        for value in [
            LegWeakness::Stable,
            LegWeakness::Worsening,
            LegWeakness::Unsure,
        ] {
            assert!(is_warning_answer(Field::LegWeakness, &weakness(value)));
        }
        let pain = Answers {
            leg_pain: Some(crate::engine::LegPain::BelowKnee),
            ..Answers::default()
        };
        assert!(!is_warning_answer(Field::LegPain, &pain));
    }
}
