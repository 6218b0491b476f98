//! Answers to the choice questions, typed: each is the engine's own value, so a component
//! cannot offer a value the engine does not know, and a catalogue's label for it is an
//! exhaustive `match` (a new value is a compile error, not a blank button).

use crate::engine::{
    Answers, DailyFunction, Diagnosis, Field, LegPain, LegWeakness, PainArea, Relief,
};

/// One answer to a choice question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    PainArea(PainArea),
    LegPain(LegPain),
    LegWeakness(LegWeakness),
    DailyFunction(DailyFunction),
    Diagnosis(Diagnosis),
    /// How much one treatment helped (the relief question asks it once per treatment tried).
    Relief(Relief),
}

/// Every value of an engine vocabulary as a `Choice`, in the engine's order (mildest first).
macro_rules! every {
    ($kind:ident) => {{
        const CHOICES: [Choice; $kind::ALL.len()] = {
            let mut choices = [Choice::$kind($kind::ALL[0]); $kind::ALL.len()];
            let mut at = 0;
            while at < choices.len() {
                choices[at] = Choice::$kind($kind::ALL[at]);
                at += 1;
            }
            choices
        };
        &CHOICES
    }};
}

impl Choice {
    /// The answers `field` offers, mildest first; empty for a field that is not a choice.
    pub fn offered_for(field: Field) -> &'static [Choice] {
        match field {
            Field::PainArea => every!(PainArea),
            Field::LegPain => every!(LegPain),
            Field::LegWeakness => every!(LegWeakness),
            Field::DailyFunction => every!(DailyFunction),
            Field::Diagnosis => every!(Diagnosis),
            Field::Relief => every!(Relief),
            _ => &[],
        }
    }

    /// The field this answers.
    pub fn field(self) -> Field {
        match self {
            Choice::PainArea(_) => Field::PainArea,
            Choice::LegPain(_) => Field::LegPain,
            Choice::LegWeakness(_) => Field::LegWeakness,
            Choice::DailyFunction(_) => Field::DailyFunction,
            Choice::Diagnosis(_) => Field::Diagnosis,
            Choice::Relief(_) => Field::Relief,
        }
    }

    /// The contract's id of the value ("below_knee"), for form values and catalogue keys.
    pub fn id(self) -> &'static str {
        match self {
            Choice::PainArea(value) => value.id(),
            Choice::LegPain(value) => value.id(),
            Choice::LegWeakness(value) => value.id(),
            Choice::DailyFunction(value) => value.id(),
            Choice::Diagnosis(value) => value.id(),
            Choice::Relief(value) => value.id(),
        }
    }

    /// The answer given to `field`, if it is a single-choice field and was answered.
    pub fn of(answers: &Answers, field: Field) -> Option<Choice> {
        match field {
            Field::PainArea => answers.pain_area.map(Choice::PainArea),
            Field::LegPain => answers.leg_pain.map(Choice::LegPain),
            Field::LegWeakness => answers.leg_weakness.map(Choice::LegWeakness),
            Field::DailyFunction => answers.daily_function.map(Choice::DailyFunction),
            Field::Diagnosis => answers.diagnosis.map(Choice::Diagnosis),
            _ => None,
        }
    }

    /// Records this answer. Relief is per treatment, so it is set through
    /// `Action::SetRelief` with its option, not here.
    pub fn set(self, answers: &mut Answers) {
        match self {
            Choice::PainArea(value) => answers.pain_area = Some(value),
            Choice::LegPain(value) => answers.leg_pain = Some(value),
            Choice::LegWeakness(value) => answers.leg_weakness = Some(value),
            Choice::DailyFunction(value) => answers.daily_function = Some(value),
            Choice::Diagnosis(value) => answers.diagnosis = Some(value),
            Choice::Relief(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_single_choice_answer_reads_back_as_itself() {
        for field in Field::ALL {
            for &choice in Choice::offered_for(field) {
                assert_eq!(choice.field(), field);
                if field == Field::Relief {
                    continue;
                }
                let mut answers = Answers::default();
                choice.set(&mut answers);
                assert_eq!(Choice::of(&answers, field), Some(choice), "{field:?}");
            }
        }
    }

    #[test]
    fn the_offered_answers_are_the_contract_values_mildest_first() {
        let ids =
            |field| -> Vec<&str> { Choice::offered_for(field).iter().map(|c| c.id()).collect() };
        assert_eq!(ids(Field::LegPain), ["none", "above_knee", "below_knee"]);
        assert_eq!(
            ids(Field::LegWeakness),
            ["none", "stable", "worsening", "unsure"]
        );
        assert!(ids(Field::Age).is_empty());
    }
}
