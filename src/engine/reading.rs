//! One reading of the answers as the rules see them: "unsure" resolved one way or the other
//! (triage.md "Unsure answers", `docs/clinical/triage.md`).

use super::answers::{Answers, DailyFunction, LegPain, LegWeakness, PainArea, TriState};

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
    pub recent_spinal_procedure: bool,
    pub recent_infection: bool,
    pub steroid_use: bool,
    pub osteoporosis: bool,
    pub vascular_warning: bool,
    pub sudden_severe_pain: bool,
    pub pulsing_belly: bool,
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
            recent_spinal_procedure: yes(answers.recent_spinal_procedure),
            recent_infection: yes(answers.recent_infection),
            steroid_use: yes(answers.steroid_use),
            osteoporosis: yes(answers.osteoporosis),
            vascular_warning: yes(answers.vascular_warning),
            sudden_severe_pain: yes(answers.sudden_severe_pain),
            pulsing_belly: yes(answers.pulsing_belly),
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
