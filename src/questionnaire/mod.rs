//! The questionnaire: its pages, what each asks, and the one reducer for its state.
//!
//! Pure Rust like the engine (no yew, no web-sys), so the whole flow is tested natively;
//! the components in `ui/` only draw a `State` and turn events into `Action`s. It knows
//! nothing of the screens around it or of what is kept: `crate::session` holds those.

mod choices;
mod groups;
mod items;
mod numbers;
mod state;
#[cfg(test)]
pub mod testing;

pub use choices::Choice;
pub use groups::{
    answer_groups, is_warning_answer, printed_groups, AnswerGroup, WARNING_SIGN_FIELDS,
};
pub use items::{Item, ItemAnswers};
pub use numbers::{parse_age, parse_weeks, DurationUnit, NumberProblem};
pub use state::{Action, Drafts, Problem, State, Step};

use crate::engine::{Answers, Field, LadderStep, OptionId, LADDER_OPTIONS};

/// The pages of the questionnaire, in the order they are asked. The four warning-sign pages
/// come first: together they ask every field any emergency rule reads (`EMERGENCY_FIELDS`).
/// A screening page asks "any of these?" items, each yes / no / not sure, with "None of
/// these" for the whole group; the others ask one thing per question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// Right now: tearing pain, feeling faint, a pulsing belly, a known aneurysm, chest pain,
    /// breathlessness.
    WarningSigns,
    /// The nerves at the base of the spine: numbness between the legs, bladder, bowel, sex.
    Nerves,
    Legs,
    Health,
    /// Age, how long, where, how bad, and everyday activities.
    YourPain,
    /// How the pain behaves.
    PainPattern,
    /// Risks for the bones and for medicines.
    Risks,
    Treatment,
    /// How much each treatment tried helped: only when something was tried.
    Relief,
}

impl Page {
    pub const ALL: [Page; 9] = [
        Page::WarningSigns,
        Page::Nerves,
        Page::Legs,
        Page::Health,
        Page::YourPain,
        Page::PainPattern,
        Page::Risks,
        Page::Treatment,
        Page::Relief,
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

    /// The screening items of the page, follow-ups right after what they follow.
    pub fn items(self) -> &'static [Item] {
        use Item::*;
        match self {
            Page::WarningSigns => &[
                TearingPain,
                PainMoves,
                FaintOrClammy,
                PulsingBelly,
                KnownAneurysm,
                ChestPain,
                Breathless,
            ],
            Page::Nerves => &[SaddleNumbness, Bladder, Bowel, SexualFunction],
            Page::Legs => &[
                LegPain,
                BelowKnee,
                LegNumbness,
                LegWeakness,
                WeaknessWorse,
                BothLegs,
                LegSpasms,
                Unsteady,
            ],
            Page::Health => &[
                Fever,
                Cancer,
                InjectsDrugs,
                WeakImmunity,
                RecentProcedure,
                RecentInfection,
                BigInjury,
            ],
            // After the age (your pain), which decides what a sudden severe pain means; with
            // the belly and urine question, as a kidney stone or infection is the other thing
            // such a pain may be.
            Page::PainPattern => &[
                SuddenStart,
                SuddenUnrelenting,
                BellyOrUrine,
                Worsening,
                NightPain,
                MorningStiffness,
                SleepDisturbed,
            ],
            Page::Risks => &[
                SmallInjury,
                SteroidTablets,
                Osteoporosis,
                Pregnant,
                WeightLoss,
            ],
            Page::YourPain | Page::Treatment | Page::Relief => &[],
        }
    }

    /// The four warning-sign pages, asked first, and asked again when a diary entry says
    /// the pain is worse.
    pub const WARNING_SIGNS: [Page; 4] =
        [Page::WarningSigns, Page::Nerves, Page::Legs, Page::Health];

    /// The pages asked again when a diary entry says the pain is worse: the warning signs,
    /// then how the pain behaves (a sudden severe pain, and what a known aneurysm is read
    /// with), where the age is known already.
    pub const RECHECKED: [Page; 5] = [
        Page::WarningSigns,
        Page::Nerves,
        Page::Legs,
        Page::Health,
        Page::PainPattern,
    ];

    /// Whether the page is an "any of these?" group.
    pub fn is_screening(self) -> bool {
        !self.items().is_empty()
    }

    /// The questions of the page that are not screening items, in the order they are shown.
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            Page::YourPain => &[Age, DurationWeeks, PainArea, PainScore, DailyFunction],
            Page::Treatment => &[TreatmentsTried, Diagnosis, RecentImaging],
            Page::Relief => &[Relief, PtWeeks],
            _ => &[],
        }
    }

    /// Every contract field the page answers, through its items or its questions.
    pub fn answers(self) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        for field in self
            .items()
            .iter()
            .map(|item| item.field())
            .chain(self.fields().iter().copied())
        {
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
        fields
    }
}

/// One question on a page: a screening item or a question of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Item(Item),
    Field(Field),
}

impl Question {
    /// The question's id on the page (`q-<id>`) and its radios' name.
    pub fn id(self) -> &'static str {
        match self {
            Question::Item(item) => item.id(),
            Question::Field(field) => field.name(),
        }
    }
}

/// The treatments the "what have you tried" list offers at `step`, in table order: every
/// option of the ladder but a surgeon's opinion (step 5 is never "tried" for an episode).
pub fn checklist(step: LadderStep) -> impl Iterator<Item = OptionId> {
    LADDER_OPTIONS
        .iter()
        .filter(move |option| option.step == step && step != LadderStep::SurgicalConsult)
        .map(|option| option.id)
}

/// Questions a person may leave unanswered: neither is read by triage nor needed for a
/// complete result (the ladder reads an absent diagnosis as none known).
pub fn is_optional(field: Field) -> bool {
    matches!(field, Field::Diagnosis | Field::RecentImaging)
}

/// Every field an emergency rule of triage.md reads on its own terms: asked on the first four
/// pages, so an emergency interrupts as early as it can.
pub const EMERGENCY_FIELDS: [Field; 20] = [
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
    Field::RecentSpinalProcedure,
    Field::RecentInfection,
    Field::VascularWarning,
    Field::KnownAneurysm,
    Field::ChestOrBreathing,
];

/// The fields an emergency rule reads together with the age or with how the pain behaves
/// (a sudden severe pain at 50 or over or when pregnant; a known aneurysm with pain that
/// worsens, is constant, or came suddenly): asked after the age, so that a person under 50
/// never meets an emergency panel their age, given next, could not take back (triage.md).
pub const EMERGENCY_FIELDS_AFTER_AGE: [Field; 5] = [
    Field::Age,
    Field::SuddenSeverePain,
    Field::Worsening,
    Field::ConstantNightPain,
    Field::Pregnant,
];

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Yes, no or not sure.
    TriState,
    /// One of a few choices, mildest first.
    Choice(&'static [Choice]),
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

/// How `field` is answered.
pub fn input_for(field: Field) -> Input {
    match field {
        Field::Age => Input::Age,
        Field::DurationWeeks => Input::Duration,
        Field::PainScore => Input::PainScore,
        Field::PtWeeks => Input::Weeks,
        Field::TreatmentsTried => Input::Treatments,
        Field::PainArea
        | Field::LegPain
        | Field::LegWeakness
        | Field::DailyFunction
        | Field::Diagnosis => Input::Choice(Choice::offered_for(field)),
        Field::Relief => Input::Relief,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{DailyFunction, PainArea};

    #[test]
    fn every_contract_field_is_answered_on_exactly_one_page() {
        for field in Field::ALL {
            let pages: Vec<Page> = Page::ALL
                .into_iter()
                .filter(|page| page.answers().contains(&field))
                .collect();
            assert_eq!(pages.len(), 1, "{} is on {pages:?}", field.name());
        }
    }

    #[test]
    fn every_item_is_on_exactly_one_page_after_what_it_follows() {
        for item in Item::ALL {
            let pages: Vec<Page> = Page::ALL
                .into_iter()
                .filter(|page| page.items().contains(&item))
                .collect();
            assert_eq!(pages.len(), 1, "{item:?} is on {pages:?}");
            if let Some(parent) = item.follows() {
                let items = pages[0].items();
                let at = |i: Item| items.iter().position(|&x| x == i);
                assert!(at(parent) < at(item), "{item:?} comes after {parent:?}");
            }
        }
    }

    #[test]
    fn every_field_an_emergency_rule_reads_is_asked_on_the_first_four_pages() {
        let warning_pages: Vec<Page> = Page::ALL.into_iter().take(4).collect();
        for field in EMERGENCY_FIELDS {
            assert!(
                warning_pages
                    .iter()
                    .any(|page| page.answers().contains(&field)),
                "{} is not on the first four pages",
                field.name()
            );
        }
        // The sudden-pain items come after the age.
        let page_of = |field: Field| {
            Page::ALL
                .into_iter()
                .position(|page| page.answers().contains(&field))
        };
        for field in EMERGENCY_FIELDS_AFTER_AGE {
            assert!(
                page_of(field) >= page_of(Field::Age),
                "{} before the age",
                field.name()
            );
        }
        for page in &warning_pages {
            assert!(page.is_screening());
            for field in page.answers() {
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
            // Under 50: with the age, a sudden severe pain is urgent, not an emergency.
            age: Some(30),
            duration_weeks: Some(500.0),
            pain_area: Some(PainArea::MiddleUpper),
            pain_score: Some(10),
            daily_function: Some(DailyFunction::Unable),
            ..Answers::default()
        };
        for field in crate::engine::TRI_STATE_FIELDS {
            if !EMERGENCY_FIELDS.contains(&field) && !EMERGENCY_FIELDS_AFTER_AGE.contains(&field) {
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
}
