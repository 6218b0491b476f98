//! The treatment ladder (ladder.md, version 3): its steps, the option table, and where a person stands on it.

use serde::{Deserialize, Serialize};

use super::answers::{
    Answers, DailyFunction, Diagnosis, LegPain, LegWeakness, OptionId, Relief, ReliefByOption,
    TriState,
};
use super::sources::Source::*;
use super::sources::{cite, cite_on, Citation};

/// A step of the ladder, least invasive first; `number()` is the step number of ladder.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LadderStep {
    /// Stay active, heat or ice, over-the-counter pain relief, activity pacing.
    SelfCare = 1,
    /// Physical therapy, prescription medicines, complementary care.
    Conservative = 2,
    /// Image-guided injections.
    Interventional = 3,
    /// Minimally invasive procedures.
    Advanced = 4,
    /// A surgical opinion.
    SurgicalConsult = 5,
}

impl LadderStep {
    /// Every step, from 1 to 5.
    pub const ALL: [Self; 5] = [
        Self::SelfCare,
        Self::Conservative,
        Self::Interventional,
        Self::Advanced,
        Self::SurgicalConsult,
    ];

    /// The step number, 1 to 5.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The step with this number, if there is one (0 means "nothing tried", not a step).
    pub fn from_number(number: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|step| step.number() == number)
    }

    /// The step's name in ladder.md.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SelfCare => "self_care",
            Self::Conservative => "conservative",
            Self::Interventional => "interventional",
            Self::Advanced => "advanced",
            Self::SurgicalConsult => "surgical_consult",
        }
    }
}

/// A set of options (a bit per option), so that placing a person allocates nothing
/// but the result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OptionSet(u32);

impl OptionSet {
    pub fn contains(self, option: OptionId) -> bool {
        self.0 & (1 << option as u32) != 0
    }

    pub fn insert(&mut self, option: OptionId) {
        self.0 |= 1 << option as u32;
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The options in the set, in table order.
    pub fn iter(self) -> impl Iterator<Item = OptionId> {
        OptionId::ALL
            .into_iter()
            .filter(move |&option| self.contains(option))
    }
}

/// The answers as the ladder reads them. "Has X" is yes or unsure; an absent choice is
/// its mildest value; an absent duration is 0; `pt_weeks` counts only when physical
/// therapy was tried; an option tried without a relief answer helped "none".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Person {
    /// Each option tried, once.
    pub tried: OptionSet,
    /// How much each option tried helped, as answered.
    pub relief: ReliefByOption,
    pub leg_pain: LegPain,
    /// Absent is none; unsure stays unsure (so it does not count as none).
    pub leg_weakness: LegWeakness,
    pub diagnosis: Diagnosis,
    pub daily_function: DailyFunction,
    pub duration_weeks: f64,
    pub pt_weeks: f64,
    pub age: Option<u8>,
    pub has_osteoporosis: bool,
    pub has_steroid_use: bool,
    pub has_cancer_history: bool,
    pub has_pregnant: bool,
}

impl Person {
    /// Reads the answers as the ladder does.
    pub fn new(answers: &Answers) -> Self {
        let has =
            |answer: Option<TriState>| matches!(answer, Some(TriState::Yes | TriState::Unsure));
        let mut tried = OptionSet::default();
        for &option in answers.treatments_tried.as_deref().unwrap_or_default() {
            tried.insert(option);
        }
        let pt_weeks = if tried.contains(OptionId::PhysicalTherapy) {
            answers.pt_weeks.unwrap_or(0.0)
        } else {
            0.0
        };
        Self {
            tried,
            relief: answers.relief.unwrap_or_default(),
            leg_pain: answers.leg_pain.unwrap_or(LegPain::None),
            leg_weakness: answers.leg_weakness.unwrap_or(LegWeakness::None),
            diagnosis: answers.diagnosis.unwrap_or(Diagnosis::NoneKnown),
            daily_function: answers.daily_function.unwrap_or(DailyFunction::Normal),
            duration_weeks: answers.duration_weeks.unwrap_or(0.0),
            pt_weeks,
            age: answers.age,
            has_osteoporosis: has(answers.osteoporosis),
            has_steroid_use: has(answers.steroid_use),
            has_cancer_history: has(answers.cancer_history),
            has_pregnant: has(answers.pregnant),
        }
    }

    pub fn has_tried(&self, option: OptionId) -> bool {
        self.tried.contains(option)
    }

    /// Whether any option of `step` was tried.
    pub fn tried_at(&self, step: LadderStep) -> bool {
        self.tried.iter().any(|option| option.step() == step)
    }

    /// How much `option` helped: its answer, or `Relief::None` where it has none.
    pub fn relief_of(&self, option: OptionId) -> Relief {
        self.relief.get(option).unwrap_or(Relief::None)
    }

    /// "Relief is good": some option tried at the current step helped a lot (good relief
    /// at a lower step does not count).
    pub fn relief_good(&self) -> bool {
        let current = self.current_step();
        self.tried.iter().any(|option| {
            option.step().number() == current && self.relief_of(option) == Relief::Good
        })
    }

    /// Whether `option` was tried and helped less than a lot.
    pub fn tried_without_good_relief(&self, option: OptionId) -> bool {
        self.has_tried(option) && self.relief_of(option) != Relief::Good
    }

    /// The highest step among the options tried, or 0 where nothing was tried.
    pub fn current_step(&self) -> u8 {
        self.tried
            .iter()
            .map(|option| option.step().number())
            .max()
            .unwrap_or(0)
    }

    /// No injections or procedures: under 18, age unknown (to fail safe), or pregnant
    /// (yes or unsure).
    pub fn capped_at_step_2(&self) -> bool {
        self.age.is_none_or(|age| age < 18) || self.has_pregnant
    }
}

/// One row of ladder.md's option table.
#[derive(Clone, Copy, Debug)]
pub struct LadderOption {
    pub id: OptionId,
    pub step: LadderStep,
    /// Whether the option suits the person (ladder.md's "fits" column).
    pub fits: fn(&Person) -> bool,
    pub sources: &'static [Citation],
    /// Where a guideline does not recommend the option (ladder.md's `guideline_note`): the
    /// guidelines that say so. Display data only: the option is still offered where it fits.
    pub not_recommended_by: &'static [Citation],
}

/// The option with this id.
pub fn ladder_option(id: OptionId) -> &'static LadderOption {
    // LADDER_OPTIONS is in OptionId order (a unit test holds it), so the id is the index.
    &LADDER_OPTIONS[id as usize]
}

impl OptionId {
    /// The ladder step this option belongs to.
    pub fn step(self) -> LadderStep {
        ladder_option(self).step
    }
}

use LadderStep::{Advanced, Conservative, Interventional, SurgicalConsult};
use OptionId as O;

/// Whoever the person is, the option fits.
fn everyone(_: &Person) -> bool {
    true
}

/// Spinal cord stimulation and targeted drug delivery: an injection tried, no injection or
/// procedure tried that helped a lot, physical therapy tried, and pain for 6 months or
/// more (NICE TA159).
fn after_injections_for_six_months(p: &Person) -> bool {
    let helped_a_lot = p.tried.iter().any(|option| {
        matches!(option.step(), Interventional | Advanced) && p.relief_of(option) == Relief::Good
    });
    p.tried_at(Interventional)
        && !helped_a_lot
        && p.has_tried(O::PhysicalTherapy)
        && p.duration_weeks >= 26.0
}

/// Every option of ladder.md, in its table order.
pub static LADDER_OPTIONS: [LadderOption; 21] = [
    // --- Step 1: self-care ---
    LadderOption {
        id: O::ActivityAndSelfCare,
        step: LadderStep::SelfCare,
        fits: everyone,
        sources: &[cite_on(Seed002, "stay active"), cite(NiceNg59)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::HeatIce,
        step: LadderStep::SelfCare,
        fits: everyone,
        sources: &[cite(Seed000), cite(Seed002)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::OtcPainRelief,
        step: LadderStep::SelfCare,
        // Fits everyone; the UI says to ask a pharmacist first when pregnant.
        fits: everyone,
        sources: &[cite(Seed000), cite(Seed002), cite_on(Fda2020, "pregnancy")],
        not_recommended_by: &[],
    },
    // --- Step 2: conservative care ---
    LadderOption {
        id: O::PhysicalTherapy,
        step: Conservative,
        fits: everyone,
        sources: &[cite(Seed000), cite(Seed001), cite(NiceNg59)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::PrescriptionMedication,
        step: Conservative,
        fits: everyone,
        sources: &[cite(Seed001)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::Chiropractic,
        step: Conservative,
        // No manipulation with leg weakness (or doubt about it), thin or possibly
        // diseased bones.
        fits: |p| {
            p.leg_weakness == LegWeakness::None
                && !p.has_osteoporosis
                && !p.has_steroid_use
                && !p.has_cancer_history
                && p.diagnosis != Diagnosis::CompressionFracture
        },
        sources: &[cite(Seed000), cite(Seed001), cite(Seed004)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::Acupuncture,
        step: Conservative,
        fits: everyone,
        sources: &[cite(Seed001), cite(Seed004)],
        not_recommended_by: &[cite_on(
            NiceNg59,
            "do not offer acupuncture for managing low back pain with or without sciatica",
        )],
    },
    LadderOption {
        id: O::Massage,
        step: Conservative,
        fits: everyone,
        sources: &[cite(Seed001), cite(Seed004)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::YogaTaiChi,
        step: Conservative,
        fits: everyone,
        sources: &[cite(Seed000), cite(Seed001)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::Mindfulness,
        step: Conservative,
        fits: everyone,
        sources: &[cite(Seed001), cite(Seed004)],
        not_recommended_by: &[],
    },
    // --- Step 3: image-guided injections ---
    LadderOption {
        id: O::EpiduralSteroidInjection,
        step: Interventional,
        fits: |p| {
            p.leg_pain == LegPain::BelowKnee
                || matches!(
                    p.diagnosis,
                    Diagnosis::HerniatedDisc | Diagnosis::SpinalStenosis
                )
        },
        sources: &[cite(Seed000), cite(Seed002), cite(Seed004)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::SelectiveNerveRootBlock,
        step: Interventional,
        fits: |p| p.leg_pain == LegPain::BelowKnee || p.diagnosis == Diagnosis::HerniatedDisc,
        sources: &[cite(Seed000)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::FacetJointBlock,
        step: Interventional,
        fits: |p| p.leg_pain != LegPain::BelowKnee || p.diagnosis == Diagnosis::FacetArthritis,
        sources: &[cite(Seed000), cite(Seed002)],
        not_recommended_by: &[
            cite_on(
                NiceNg59,
                "do not offer spinal injections for managing low back pain; radiofrequency \
                 denervation only after a positive diagnostic medial branch block",
            ),
            cite(NiceQs155),
        ],
    },
    LadderOption {
        id: O::TriggerPointInjection,
        step: Interventional,
        fits: |p| p.leg_pain != LegPain::BelowKnee && p.diagnosis == Diagnosis::NoneKnown,
        sources: &[cite(Seed001)],
        not_recommended_by: &[
            cite_on(
                NiceNg59,
                "do not offer spinal injections for managing low back pain",
            ),
            cite(NiceQs155),
        ],
    },
    // --- Step 4: minimally invasive procedures ---
    LadderOption {
        id: O::RadiofrequencyAblation,
        step: Advanced,
        // After a facet block helped, partly or for a while.
        fits: |p| {
            p.has_tried(O::FacetJointBlock)
                && matches!(
                    p.relief_of(O::FacetJointBlock),
                    Relief::Temporary | Relief::Partial
                )
        },
        sources: &[cite(Seed000), cite(Seed004)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::VertebroplastyKyphoplasty,
        step: Advanced,
        fits: |p| p.diagnosis == Diagnosis::CompressionFracture,
        sources: &[cite(Seed002), cite(Seed004)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::SpinalCordStimulation,
        step: Advanced,
        fits: after_injections_for_six_months,
        sources: &[cite(Seed002), cite(NiceTa159)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::TargetedDrugDelivery,
        step: Advanced,
        fits: after_injections_for_six_months,
        sources: &[cite(Seed002)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::InterspinousSpacer,
        step: Advanced,
        fits: |p| p.diagnosis == Diagnosis::SpinalStenosis,
        sources: &[cite(Seed002)],
        not_recommended_by: &[],
    },
    LadderOption {
        id: O::PercutaneousDiscectomy,
        step: Advanced,
        fits: |p| p.diagnosis == Diagnosis::HerniatedDisc,
        sources: &[cite(Seed002)],
        not_recommended_by: &[],
    },
    // --- Step 5: a surgical opinion ---
    LadderOption {
        id: O::SurgicalConsultation,
        step: SurgicalConsult,
        // Placed by the procedure in `place`, not by a fit: step 5 offers exactly this.
        fits: everyone,
        sources: &[cite(Seed000), cite(Seed001), cite(Seed003)],
        not_recommended_by: &[],
    },
];

/// Where the person stands on the ladder and what to discuss next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ladder {
    /// The highest step tried, or 0 where nothing was tried.
    pub current_step: u8,
    /// The step to discuss next, 1 to 5.
    pub next_step: u8,
    /// The options of `next_step` to discuss, in table order; empty where nothing fits
    /// (the UI then says to ask a clinician).
    pub options: Vec<OptionId>,
    /// The step-3 injections tried helped for a while: repeat them (up to three a year).
    pub repeat_what_helped: bool,
}

impl Ladder {
    /// Nothing is left to offer at step 4: the UI names a pain management programme, a
    /// combined physical and psychological programme (ladder.md, NICE NG59).
    pub fn pain_programme(&self) -> bool {
        self.next_step == Advanced.number() && self.options.is_empty()
    }
}

/// Places the person on the ladder (ladder.md "Placing the person").
#[must_use]
pub fn place(answers: &Answers) -> Ladder {
    let person = Person::new(answers);
    let current = person.current_step();
    let weeks = person.duration_weeks;

    // The step-3 options to repeat, where "repeat what helped" stands.
    let mut repeat = OptionSet::default();
    let mut next = if person.tried.is_empty() {
        1
    } else if person.relief_good() {
        // Keep going: active exercise prevents recurrence.
        current
    } else {
        match current {
            1 => {
                if weeks >= 2.0 {
                    2
                } else {
                    1
                }
            }
            2 => {
                let other_conservative = person
                    .tried
                    .iter()
                    .filter(|&option| option.step() == Conservative && option != O::PhysicalTherapy)
                    .count();
                let fair_trial = person.pt_weeks >= 6.0
                    || (!person.has_tried(O::PhysicalTherapy) && other_conservative >= 3);
                if weeks >= 6.0 && fair_trial {
                    3
                } else {
                    2
                }
            }
            3 => {
                for option in person.tried.iter() {
                    let option = ladder_option(option);
                    if option.step == Interventional
                        && person.relief_of(option.id) == Relief::Temporary
                        && (option.fits)(&person)
                    {
                        repeat.insert(option.id);
                    }
                }
                let ablation_fits = (ladder_option(O::RadiofrequencyAblation).fits)(&person);
                if !repeat.is_empty() && !ablation_fits {
                    // Repeat what helped: up to three injections a year (seed 000).
                    3
                } else {
                    repeat = OptionSet::default();
                    4
                }
            }
            _ => 5,
        }
    };

    if !person.relief_good() {
        if person.daily_function == DailyFunction::Unable && weeks >= 12.0 && current >= 3 {
            next = 5;
        }
        if person.diagnosis == Diagnosis::CompressionFracture && weeks >= 6.0 && current >= 1 {
            next = next.max(4);
        }
    }
    if person.capped_at_step_2() {
        // No injections or procedures.
        next = next.min(2);
    }
    // "Repeat what helped" stands only if the procedure still ends at step 3.
    if next != 3 {
        repeat = OptionSet::default();
    }
    let repeat_what_helped = !repeat.is_empty();

    Ladder {
        current_step: current,
        next_step: next,
        options: options_for(&person, next, repeat),
        repeat_what_helped,
    }
}

/// The options to discuss at `next_step` (ladder.md, the notes under the procedure):
/// exactly `repeat` where "repeat what helped" stands.
fn options_for(person: &Person, next_step: u8, repeat: OptionSet) -> Vec<OptionId> {
    if !repeat.is_empty() {
        return repeat.iter().collect();
    }
    if next_step == SurgicalConsult.number() {
        return vec![O::SurgicalConsultation];
    }
    LADDER_OPTIONS
        .iter()
        .filter(|option| option.step.number() == next_step && (option.fits)(person))
        .filter(|option| {
            // Finish the course: physical therapy stays until 6 weeks are done.
            let course_unfinished = option.id == O::PhysicalTherapy && person.pt_weeks < 6.0;
            !person.tried_without_good_relief(option.id) || course_unfinished
        })
        .map(|option| option.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tried(options: &[OptionId]) -> Answers {
        Answers {
            treatments_tried: Some(options.to_vec()),
            ..Answers::default()
        }
    }

    #[test]
    fn options_are_in_option_id_order() {
        for (index, option) in LADDER_OPTIONS.iter().enumerate() {
            assert_eq!(option.id as usize, index, "{}", option.id.id());
            assert_eq!(OptionId::ALL[index], option.id);
        }
    }

    #[test]
    fn steps_number_from_one_to_five() {
        for (index, step) in LadderStep::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(step.number()), index + 1);
            assert_eq!(LadderStep::from_number(step.number()), Some(step));
        }
        assert_eq!(LadderStep::from_number(0), None);
        assert_eq!(LadderStep::from_number(6), None);
    }

    #[test]
    fn nothing_tried_starts_at_step_one() {
        let ladder = place(&Answers {
            age: Some(40),
            ..Answers::default()
        });
        assert_eq!((ladder.current_step, ladder.next_step), (0, 1));
        assert_eq!(
            ladder.options,
            [O::ActivityAndSelfCare, O::HeatIce, O::OtcPainRelief]
        );
        let empty = place(&Answers {
            age: Some(40),
            ..tried(&[])
        });
        assert_eq!(empty, ladder);
    }

    #[test]
    fn repeated_options_count_once() {
        let once = Answers {
            duration_weeks: Some(3.0),
            ..tried(&[O::HeatIce])
        };
        let twice = Answers {
            duration_weeks: Some(3.0),
            ..tried(&[O::HeatIce, O::HeatIce])
        };
        assert_eq!(place(&once), place(&twice));
    }

    #[test]
    fn repeat_what_helped_offers_exactly_the_injections_that_helped_for_a_while() {
        let answers = Answers {
            age: Some(50),
            duration_weeks: Some(20.0),
            leg_pain: Some(LegPain::BelowKnee),
            relief: Some(
                [
                    (O::EpiduralSteroidInjection, Relief::Temporary),
                    (O::SelectiveNerveRootBlock, Relief::None),
                ]
                .into_iter()
                .collect(),
            ),
            ..tried(&[
                O::PhysicalTherapy,
                O::EpiduralSteroidInjection,
                O::SelectiveNerveRootBlock,
            ])
        };
        let ladder = place(&answers);
        assert_eq!((ladder.current_step, ladder.next_step), (3, 3));
        assert!(ladder.repeat_what_helped);
        assert_eq!(ladder.options, [O::EpiduralSteroidInjection]);

        let disabled = Answers {
            daily_function: Some(DailyFunction::Unable),
            ..answers
        };
        let ladder = place(&disabled);
        assert_eq!(ladder.next_step, 5);
        assert!(!ladder.repeat_what_helped);
        assert_eq!(ladder.options, [O::SurgicalConsultation]);
    }

    #[test]
    fn an_absent_age_caps_the_ladder_at_step_two() {
        let answers = Answers {
            duration_weeks: Some(30.0),
            diagnosis: Some(Diagnosis::CompressionFracture),
            ..tried(&[O::PhysicalTherapy])
        };
        assert_eq!(place(&answers).next_step, 2);
        let adult = Answers {
            age: Some(60),
            ..answers
        };
        assert_eq!(place(&adult).next_step, 4);
    }

    #[test]
    fn good_relief_counts_only_at_the_current_step() {
        let answers = Answers {
            age: Some(40),
            duration_weeks: Some(10.0),
            pt_weeks: Some(8.0),
            relief: Some([(O::HeatIce, Relief::Good)].into_iter().collect()),
            ..tried(&[O::HeatIce, O::PhysicalTherapy])
        };
        let person = Person::new(&answers);
        assert!(!person.relief_good());
        assert_eq!(person.relief_of(O::PhysicalTherapy), Relief::None);
        assert_eq!(place(&answers).next_step, 3);
    }

    #[test]
    fn pt_weeks_count_only_with_physical_therapy() {
        let answers = Answers {
            duration_weeks: Some(10.0),
            pt_weeks: Some(10.0),
            ..tried(&[O::Massage])
        };
        assert_eq!(Person::new(&answers).pt_weeks, 0.0);
        assert_eq!(place(&answers).next_step, 2);
    }
}
