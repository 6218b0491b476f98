//! The questionnaire: its pages, what each asks, and the one reducer for its state.
//!
//! Pure Rust like the engine (no yew, no web-sys), so the whole flow is tested natively;
//! the components in `ui/` only draw a `State` and turn events into `Action`s.

mod groups;
mod numbers;
mod state;

pub use groups::{
    answer_groups, is_warning_answer, printed_groups, AnswerGroup, WARNING_SIGN_FIELDS,
};
pub use numbers::{parse_age, parse_weeks, DurationUnit, NumberProblem};
pub use state::{Action, Drafts, Problem, Screen, State};

use crate::engine::{
    Answers, DailyFunction, Diagnosis, Field, LegPain, LegWeakness, OptionId, PainArea,
};

/// The pages of the questionnaire, in the order they are asked. The three warning-sign pages
/// come first: together they ask every field any emergency rule reads (`EMERGENCY_FIELDS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    WarningSigns,
    Legs,
    Health,
    Pain,
    AboutYou,
    Treatment,
}

impl Page {
    pub const ALL: [Page; 6] = [
        Page::WarningSigns,
        Page::Legs,
        Page::Health,
        Page::Pain,
        Page::AboutYou,
        Page::Treatment,
    ];

    /// Where the page stands in the questionnaire, from 0.
    pub fn index(self) -> usize {
        Page::ALL.iter().position(|&page| page == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Page> {
        Page::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Page> {
        self.index().checked_sub(1).map(|at| Page::ALL[at])
    }

    /// The questions of the page, in the order they are shown.
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            // What needs an ambulance or an emergency department first.
            Page::WarningSigns => &[
                VascularWarning,
                KnownAneurysm,
                ChestOrBreathing,
                SaddleNumbness,
                BladderChange,
                BowelIncontinence,
                MajorTrauma,
            ],
            Page::Legs => &[
                LegPain,
                BothLegs,
                LegWeakness,
                LegNumbness,
                LegSpasms,
                WalkingDifficulty,
                SexualDysfunction,
            ],
            Page::Health => &[
                Age,
                Fever,
                CancerHistory,
                IvDrugUse,
                Immunosuppressed,
                RecentInfectionOrProcedure,
                BellyOrUrine,
            ],
            Page::Pain => &[
                DurationWeeks,
                PainArea,
                PainScore,
                Worsening,
                ConstantNightPain,
                InflammatoryPattern,
                DailyFunction,
                SleepDisturbed,
            ],
            Page::AboutYou => &[MinorTrauma, WeightLoss, SteroidUse, Osteoporosis, Pregnant],
            Page::Treatment => &[TreatmentsTried, PtWeeks, Relief, Diagnosis, RecentImaging],
        }
    }
}

/// Every field an emergency rule of triage.md reads: asked on the first three pages, so an
/// emergency interrupts as early as it can.
pub const EMERGENCY_FIELDS: [Field; 19] = [
    Field::SaddleNumbness,
    Field::BladderChange,
    Field::BowelIncontinence,
    Field::BothLegs,
    Field::LegPain,
    Field::LegNumbness,
    Field::LegWeakness,
    Field::SexualDysfunction,
    Field::WalkingDifficulty,
    Field::CancerHistory,
    Field::LegSpasms,
    Field::MajorTrauma,
    Field::Fever,
    Field::IvDrugUse,
    Field::Immunosuppressed,
    Field::RecentInfectionOrProcedure,
    Field::VascularWarning,
    Field::KnownAneurysm,
    Field::ChestOrBreathing,
];

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Yes, no or not sure.
    TriState,
    /// One of a few choices; the ids are the contract's values, mildest first.
    Choice(&'static [&'static str]),
    /// A whole number of years typed in.
    Age,
    /// A number with a unit (days, weeks, months), kept in weeks.
    Duration,
    /// A whole number from 0 to 10, picked from eleven buttons.
    PainScore,
    /// A number of weeks typed in.
    Weeks,
    /// Any number of treatment options, or none.
    Treatments,
    /// For each treatment tried, how much it helped.
    Relief,
}

macro_rules! ids {
    ($kind:ident) => {{
        const IDS: [&str; $kind::ALL.len()] = {
            let mut ids = [""; $kind::ALL.len()];
            let mut at = 0;
            while at < ids.len() {
                ids[at] = $kind::ALL[at].id();
                at += 1;
            }
            ids
        };
        &IDS
    }};
}

/// How `field` is answered.
pub fn input_for(field: Field) -> Input {
    match field {
        Field::Age => Input::Age,
        Field::DurationWeeks => Input::Duration,
        Field::PainScore => Input::PainScore,
        Field::PtWeeks => Input::Weeks,
        Field::TreatmentsTried => Input::Treatments,
        Field::PainArea => Input::Choice(ids!(PainArea)),
        Field::LegPain => Input::Choice(ids!(LegPain)),
        Field::LegWeakness => Input::Choice(ids!(LegWeakness)),
        Field::DailyFunction => Input::Choice(ids!(DailyFunction)),
        Field::Relief => Input::Relief,
        Field::Diagnosis => Input::Choice(ids!(Diagnosis)),
        _ => Input::TriState,
    }
}

/// Whether the question is asked at all, given the answers so far: how much the treatments
/// helped only once something was tried, weeks of physical therapy only once it was.
pub fn is_asked(field: Field, answers: &Answers) -> bool {
    match field {
        Field::Relief => answers
            .treatments_tried
            .as_ref()
            .is_some_and(|tried| !tried.is_empty()),
        Field::PtWeeks => answers.tried(OptionId::PhysicalTherapy),
        _ => true,
    }
}

/// Sets a choice field from its contract id; an id that is not one of the field's values
/// changes nothing (the components only offer the field's own ids).
pub fn set_choice(answers: &mut Answers, field: Field, id: &str) {
    match field {
        Field::PainArea => answers.pain_area = PainArea::from_id(id).or(answers.pain_area),
        Field::LegPain => answers.leg_pain = LegPain::from_id(id).or(answers.leg_pain),
        Field::LegWeakness => {
            answers.leg_weakness = LegWeakness::from_id(id).or(answers.leg_weakness)
        }
        Field::DailyFunction => {
            answers.daily_function = DailyFunction::from_id(id).or(answers.daily_function)
        }
        Field::Diagnosis => answers.diagnosis = Diagnosis::from_id(id).or(answers.diagnosis),
        _ => {}
    }
}

/// The contract id of a choice field's answer, if it has one.
pub fn choice_of(answers: &Answers, field: Field) -> Option<&'static str> {
    match field {
        Field::PainArea => answers.pain_area.map(PainArea::id),
        Field::LegPain => answers.leg_pain.map(LegPain::id),
        Field::LegWeakness => answers.leg_weakness.map(LegWeakness::id),
        Field::DailyFunction => answers.daily_function.map(DailyFunction::id),
        Field::Diagnosis => answers.diagnosis.map(Diagnosis::id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_contract_field_is_asked_on_exactly_one_page() {
        for field in Field::ALL {
            let pages: Vec<Page> = Page::ALL
                .into_iter()
                .filter(|page| page.fields().contains(&field))
                .collect();
            assert_eq!(pages.len(), 1, "{} is on {pages:?}", field.name());
        }
    }

    #[test]
    fn every_field_an_emergency_rule_reads_is_asked_on_the_first_three_pages() {
        let warning_pages: Vec<Page> = Page::ALL.into_iter().take(3).collect();
        for field in EMERGENCY_FIELDS {
            assert!(
                warning_pages
                    .iter()
                    .any(|page| page.fields().contains(&field)),
                "{} is not on the first three pages",
                field.name()
            );
        }
        for page in &warning_pages {
            for field in page.fields() {
                assert!(field.is_triage(), "{} is not a triage field", field.name());
            }
        }
    }

    /// Each emergency rule fires when its fields alone say so: turning every field but the
    /// ones listed in `EMERGENCY_FIELDS` to its worst value fires no emergency rule, so the
    /// list misses no field an emergency rule reads.
    #[test]
    fn emergency_fields_are_all_an_emergency_rule_reads() {
        use crate::engine::{assess, Level, TriState};
        let mut answers = Answers {
            age: Some(90),
            duration_weeks: Some(500.0),
            pain_area: Some(PainArea::MiddleUpper),
            pain_score: Some(10),
            daily_function: Some(DailyFunction::Unable),
            ..Answers::default()
        };
        for field in crate::engine::TRI_STATE_FIELDS {
            if !EMERGENCY_FIELDS.contains(&field) {
                if let Some(slot) = answers.tri_state_mut(field) {
                    *slot = Some(TriState::Yes);
                }
            }
        }
        assert!(assess(&answers)
            .flags
            .iter()
            .all(|flag| flag.level < Level::Emergency));
    }

    #[test]
    fn choices_are_the_contract_values_mildest_first() {
        assert_eq!(
            input_for(Field::LegPain),
            Input::Choice(&["none", "above_knee", "below_knee"])
        );
        assert_eq!(
            input_for(Field::LegWeakness),
            Input::Choice(&["none", "stable", "worsening", "unsure"])
        );
        assert_eq!(input_for(Field::Fever), Input::TriState);
        let mut answers = Answers::default();
        set_choice(&mut answers, Field::Diagnosis, "spinal_stenosis");
        assert_eq!(
            choice_of(&answers, Field::Diagnosis),
            Some("spinal_stenosis")
        );
        set_choice(&mut answers, Field::Diagnosis, "not-a-value");
        assert_eq!(answers.diagnosis, Some(Diagnosis::SpinalStenosis));
    }
}
