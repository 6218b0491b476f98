//! The screening items: the warning-sign questions asked in small "any of these?" groups, one
//! thing per item, each answered yes / no / not sure, and how their answers become the
//! contract's fields (several items may answer one field; a follow-up is asked only when its
//! item calls for it; a field the earlier items settle is not asked at all).

use crate::engine::{Answers, Field, LegPain, LegWeakness, TriState};

macro_rules! items {
    ($( $(#[$meta:meta])* $variant:ident = $id:literal => $field:ident ),+ $(,)?) => {
        /// One screening item, in the order the questionnaire asks them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Item {
            $( $(#[$meta])* $variant ),+
        }

        impl Item {
            pub const ALL: [Item; [$($id),+].len()] = [$(Item::$variant),+];

            /// The item's name on the page (its radios' `name`, its question's id): the
            /// contract's field name where the item alone answers that field.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Item::$variant => $id),+
                }
            }

            /// The contract field the item answers (with others, for some fields).
            pub const fn field(self) -> Field {
                match self {
                    $(Item::$variant => Field::$field),+
                }
            }
        }
    };
}

items! {
    // --- Right now: the aorta, the heart and the lungs ---
    TearingPain = "tearing_pain" => VascularWarning,
    /// Strong pain that has moved from one place to another since it began.
    PainMoves = "pain_moves" => VascularWarning,
    FaintOrClammy = "faint_or_clammy" => VascularWarning,
    PulsingBelly = "pulsing_belly" => PulsingBelly,
    ChestPain = "chest_pain" => ChestOrBreathing,
    Breathless = "breathless" => ChestOrBreathing,
    // --- The nerves at the base of the spine ---
    SaddleNumbness = "saddle_numbness" => SaddleNumbness,
    Bladder = "bladder_change" => BladderChange,
    Bowel = "bowel_incontinence" => BowelIncontinence,
    SexualFunction = "sexual_dysfunction" => SexualDysfunction,
    // --- The legs ---
    /// Pain spreading into a leg; where it goes is the follow-up.
    LegPain = "leg_pain_spreads" => LegPain,
    /// Follow-up: the leg pain goes below the knee.
    BelowKnee = "leg_pain_below_knee" => LegPain,
    LegNumbness = "leg_numbness" => LegNumbness,
    /// Weakness in a leg or foot; whether it is getting worse is the follow-up.
    LegWeakness = "leg_weakness_any" => LegWeakness,
    /// Follow-up: the weakness is getting worse.
    WeaknessWorse = "leg_weakness_worse" => LegWeakness,
    LegSpasms = "leg_spasms" => LegSpasms,
    Unsteady = "walking_difficulty" => WalkingDifficulty,
    /// Follow-up: the leg symptoms are in both legs, new or getting worse.
    BothLegs = "both_legs" => BothLegs,
    // --- Health ---
    KnownAneurysm = "known_aneurysm" => KnownAneurysm,
    Fever = "fever" => Fever,
    Cancer = "cancer_history" => CancerHistory,
    InjectsDrugs = "iv_drug_use" => IvDrugUse,
    WeakImmunity = "immunosuppressed" => Immunosuppressed,
    /// A spinal injection or operation, or a wound to the back, in the last 3 months.
    RecentProcedure = "recent_spinal_procedure" => RecentSpinalProcedure,
    /// A bacterial infection elsewhere in the last 3 months.
    RecentInfection = "recent_infection" => RecentInfection,
    BigInjury = "major_trauma" => MajorTrauma,
    BellyOrUrine = "belly_or_urine" => BellyOrUrine,
    // --- How the pain behaves ---
    /// The pain began suddenly, within minutes, in the last few days, without an injury.
    SuddenStart = "sudden_start" => SuddenSeverePain,
    /// Follow-up: it is still there, and nothing eases it or it has grown hour by hour.
    SuddenUnrelenting = "sudden_unrelenting" => SuddenSeverePain,
    Worsening = "worsening" => Worsening,
    NightPain = "constant_night_pain" => ConstantNightPain,
    MorningStiffness = "inflammatory_pattern" => InflammatoryPattern,
    SleepDisturbed = "sleep_disturbed" => SleepDisturbed,
    // --- Risks for bones and medicines ---
    SmallInjury = "minor_trauma" => MinorTrauma,
    SteroidTablets = "steroid_use" => SteroidUse,
    Osteoporosis = "osteoporosis" => Osteoporosis,
    Pregnant = "pregnant" => Pregnant,
    WeightLoss = "weight_loss" => WeightLoss,
}

impl Item {
    /// The item a follow-up belongs to, for a follow-up.
    pub const fn follows(self) -> Option<Item> {
        match self {
            Item::BelowKnee => Some(Item::LegPain),
            Item::WeaknessWorse => Some(Item::LegWeakness),
            Item::BothLegs => Some(Item::LegPain),
            Item::SuddenUnrelenting => Some(Item::SuddenStart),
            _ => None,
        }
    }

    /// Whether the item is a follow-up, asked only when an earlier answer calls for it.
    pub const fn is_follow_up(self) -> bool {
        self.follows().is_some()
    }

    /// The item with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Item> {
        Item::ALL.into_iter().find(|item| item.id() == id)
    }
}

/// The answers to the screening items, as given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemAnswers([Option<TriState>; Item::ALL.len()]);

impl Default for ItemAnswers {
    fn default() -> Self {
        Self([None; Item::ALL.len()])
    }
}

impl ItemAnswers {
    pub fn get(&self, item: Item) -> Option<TriState> {
        self.0[item as usize]
    }

    pub fn set(&mut self, item: Item, answer: Option<TriState>) {
        self.0[item as usize] = answer;
    }

    /// "Yes" or "not sure".
    fn maybe(&self, item: Item) -> bool {
        matches!(self.get(item), Some(TriState::Yes | TriState::Unsure))
    }

    /// Whether `item` is asked, given the answers so far: where the leg pain goes only when
    /// there is leg pain; whether weakness is getting worse only when there is weakness;
    /// both legs only when there is a leg symptom that both_legs reads (pain below the knee,
    /// numbness or weakness); whether a sudden pain goes on unrelenting only when it began
    /// suddenly.
    pub fn is_asked(&self, item: Item) -> bool {
        match item {
            Item::SuddenUnrelenting => self.maybe(Item::SuddenStart),
            Item::BelowKnee => self.maybe(Item::LegPain),
            Item::WeaknessWorse => self.get(Item::LegWeakness) == Some(TriState::Yes),
            Item::BothLegs => {
                (self.maybe(Item::LegPain) && self.maybe(Item::BelowKnee))
                    || self.maybe(Item::LegNumbness)
                    || self.maybe(Item::LegWeakness)
            }
            _ => true,
        }
    }

    /// Clears the answers of follow-ups no longer asked, so none is kept for a hidden question.
    pub fn forget_unasked(&mut self) {
        for item in Item::ALL {
            if item.is_follow_up() && !self.is_asked(item) {
                self.set(item, None);
            }
        }
    }

    /// Writes the fields the items answer into `answers`: each field from its items, or
    /// absent while they leave it open.
    pub fn answer(&self, answers: &mut Answers) {
        answers.vascular_warning =
            self.any_of(&[Item::TearingPain, Item::PainMoves, Item::FaintOrClammy]);
        answers.sudden_severe_pain = self.both_of(Item::SuddenStart, Item::SuddenUnrelenting);
        answers.chest_or_breathing = self.any_of(&[Item::ChestPain, Item::Breathless]);
        answers.leg_pain = self.leg_pain();
        answers.leg_weakness = self.leg_weakness();
        answers.both_legs = if self.is_asked(Item::BothLegs) {
            self.get(Item::BothLegs)
        } else if self.leg_items_answered() {
            // No leg symptom that both_legs reads: in both legs or not, the answer is no.
            Some(TriState::No)
        } else {
            None
        };
        // Every other field has one item of its own (follow-ups are derived above).
        for item in Item::ALL {
            let field = item.field();
            let alone = Item::ALL.iter().filter(|i| i.field() == field).count() == 1;
            if alone && !item.is_follow_up() {
                if let Some(slot) = answers.tri_state_mut(field) {
                    *slot = self.get(item);
                }
            }
        }
    }

    /// Several items about one field: yes if any is yes (it answers at once, even while the
    /// others are open), else not sure if any is, else no once all are no.
    fn any_of(&self, items: &[Item]) -> Option<TriState> {
        let answers: Vec<Option<TriState>> = items.iter().map(|&item| self.get(item)).collect();
        if answers.contains(&Some(TriState::Yes)) {
            Some(TriState::Yes)
        } else if answers.contains(&Some(TriState::Unsure)) {
            Some(TriState::Unsure)
        } else if answers.iter().all(|answer| *answer == Some(TriState::No)) {
            Some(TriState::No)
        } else {
            None
        }
    }

    /// Two items that together make one field: yes only when both are yes, no as soon as
    /// either is no, not sure when both are answered and neither is no but one is not sure.
    fn both_of(&self, first: Item, second: Item) -> Option<TriState> {
        match (self.get(first), self.get(second)) {
            (Some(TriState::No), _) | (_, Some(TriState::No)) => Some(TriState::No),
            (Some(TriState::Yes), Some(TriState::Yes)) => Some(TriState::Yes),
            (Some(_), Some(_)) => Some(TriState::Unsure),
            _ => None,
        }
    }

    /// No leg pain is none; pain below the knee, or not sure whether it goes below the knee,
    /// is below_knee (the wider reading, which the rules treat as the more serious); pain
    /// only above the knee is above_knee. While where it goes is open: above_knee, the least
    /// the answers already say.
    fn leg_pain(&self) -> Option<LegPain> {
        match self.get(Item::LegPain)? {
            TriState::No => Some(LegPain::None),
            TriState::Yes | TriState::Unsure => Some(match self.get(Item::BelowKnee) {
                Some(TriState::Yes | TriState::Unsure) => LegPain::BelowKnee,
                Some(TriState::No) | None => LegPain::AboveKnee,
            }),
        }
    }

    /// No weakness is none; not sure about weakness is unsure; weakness getting worse is
    /// worsening, not getting worse is stable, not sure whether it is getting worse is unsure
    /// (read as worsening when in doubt). While that is open: stable, the least it can be.
    fn leg_weakness(&self) -> Option<LegWeakness> {
        match self.get(Item::LegWeakness)? {
            TriState::No => Some(LegWeakness::None),
            TriState::Unsure => Some(LegWeakness::Unsure),
            TriState::Yes => Some(match self.get(Item::WeaknessWorse) {
                Some(TriState::Yes) => LegWeakness::Worsening,
                Some(TriState::Unsure) => LegWeakness::Unsure,
                Some(TriState::No) | None => LegWeakness::Stable,
            }),
        }
    }

    /// Whether the three leg items both_legs depends on are answered (and where the pain
    /// goes, if asked).
    fn leg_items_answered(&self) -> bool {
        [Item::LegPain, Item::LegNumbness, Item::LegWeakness]
            .into_iter()
            .all(|item| self.get(item).is_some())
            && (!self.is_asked(Item::BelowKnee) || self.get(Item::BelowKnee).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TriState::{No, Unsure, Yes};

    fn answered(pairs: &[(Item, TriState)]) -> (ItemAnswers, Answers) {
        let mut items = ItemAnswers::default();
        for &(item, answer) in pairs {
            items.set(item, Some(answer));
        }
        let mut answers = Answers::default();
        items.answer(&mut answers);
        (items, answers)
    }

    #[test]
    fn every_item_has_a_distinct_id_and_every_screening_field_an_item() {
        for (at, a) in Item::ALL.iter().enumerate() {
            assert_eq!(Item::from_id(a.id()), Some(*a));
            assert!(Item::ALL[at + 1..].iter().all(|b| b.id() != a.id()));
        }
    }

    #[test]
    fn any_yes_answers_the_shared_field_at_once() {
        let (_, answers) = answered(&[(Item::FaintOrClammy, Yes)]);
        assert_eq!(answers.vascular_warning, Some(Yes));
        let (_, answers) = answered(&[(Item::TearingPain, No), (Item::PainMoves, Unsure)]);
        assert_eq!(answers.vascular_warning, Some(Unsure));
        let (_, answers) = answered(&[(Item::TearingPain, No), (Item::PainMoves, No)]);
        assert_eq!(answers.vascular_warning, None, "one item still open");
        let (_, answers) = answered(&[
            (Item::TearingPain, No),
            (Item::PainMoves, No),
            (Item::FaintOrClammy, No),
        ]);
        assert_eq!(answers.vascular_warning, Some(No));
        // A pulsing belly is a field of its own now, and no part of vascular_warning.
        let (_, answers) = answered(&[(Item::PulsingBelly, Yes)]);
        assert_eq!(answers.pulsing_belly, Some(Yes));
        assert_eq!(answers.vascular_warning, None);
        let (_, answers) = answered(&[(Item::ChestPain, No), (Item::Breathless, Yes)]);
        assert_eq!(answers.chest_or_breathing, Some(Yes));
    }

    #[test]
    fn sudden_severe_pain_is_yes_only_when_both_items_are_yes() {
        let sudden = |start, unrelenting: Option<TriState>| {
            let mut pairs = vec![(Item::SuddenStart, start)];
            pairs.extend(unrelenting.map(|answer| (Item::SuddenUnrelenting, answer)));
            answered(&pairs).1.sudden_severe_pain
        };
        assert_eq!(sudden(Yes, Some(Yes)), Some(Yes));
        assert_eq!(sudden(Yes, Some(No)), Some(No));
        assert_eq!(sudden(No, None), Some(No), "no as soon as either is no");
        assert_eq!(sudden(Yes, Some(Unsure)), Some(Unsure));
        assert_eq!(sudden(Unsure, Some(Yes)), Some(Unsure));
        assert_eq!(sudden(Unsure, Some(Unsure)), Some(Unsure));
        assert_eq!(sudden(Yes, None), None, "open until the second is answered");
        let (items, _) = answered(&[(Item::SuddenStart, No)]);
        assert!(!items.is_asked(Item::SuddenUnrelenting));
        let (items, _) = answered(&[(Item::SuddenStart, Unsure)]);
        assert!(items.is_asked(Item::SuddenUnrelenting));
    }

    #[test]
    fn no_leg_symptom_settles_both_legs_without_asking() {
        let (items, answers) = answered(&[
            (Item::LegPain, No),
            (Item::LegNumbness, No),
            (Item::LegWeakness, No),
        ]);
        assert!(!items.is_asked(Item::BothLegs));
        assert_eq!(answers.both_legs, Some(No));
        assert_eq!(answers.leg_pain, Some(LegPain::None));
        assert_eq!(answers.leg_weakness, Some(LegWeakness::None));
    }

    #[test]
    fn pain_above_the_knee_alone_settles_both_legs_too() {
        let (items, answers) = answered(&[
            (Item::LegPain, Yes),
            (Item::BelowKnee, No),
            (Item::LegNumbness, No),
            (Item::LegWeakness, No),
        ]);
        assert!(!items.is_asked(Item::BothLegs));
        assert_eq!(answers.leg_pain, Some(LegPain::AboveKnee));
        assert_eq!(answers.both_legs, Some(No));
    }

    #[test]
    fn a_leg_symptom_asks_about_both_legs() {
        for symptom in [
            vec![(Item::LegPain, Yes), (Item::BelowKnee, Yes)],
            vec![(Item::LegNumbness, Unsure)],
            vec![(Item::LegWeakness, Yes)],
        ] {
            let (items, answers) = answered(&symptom);
            assert!(items.is_asked(Item::BothLegs), "{symptom:?}");
            assert_eq!(answers.both_legs, None, "open until answered: {symptom:?}");
        }
    }

    #[test]
    fn where_the_leg_pain_goes_and_whether_weakness_worsens_are_follow_ups() {
        let (items, answers) = answered(&[(Item::LegPain, Yes)]);
        assert!(items.is_asked(Item::BelowKnee));
        assert_eq!(answers.leg_pain, Some(LegPain::AboveKnee));
        let (_, answers) = answered(&[(Item::LegPain, Unsure), (Item::BelowKnee, Unsure)]);
        assert_eq!(answers.leg_pain, Some(LegPain::BelowKnee));
        let (items, answers) = answered(&[(Item::LegWeakness, Yes)]);
        assert!(items.is_asked(Item::WeaknessWorse));
        assert_eq!(answers.leg_weakness, Some(LegWeakness::Stable));
        let (_, answers) = answered(&[(Item::LegWeakness, Yes), (Item::WeaknessWorse, Yes)]);
        assert_eq!(answers.leg_weakness, Some(LegWeakness::Worsening));
        let (_, answers) = answered(&[(Item::LegWeakness, Yes), (Item::WeaknessWorse, Unsure)]);
        assert_eq!(answers.leg_weakness, Some(LegWeakness::Unsure));
        let (items, answers) = answered(&[(Item::LegWeakness, Unsure)]);
        assert!(!items.is_asked(Item::WeaknessWorse));
        assert_eq!(answers.leg_weakness, Some(LegWeakness::Unsure));
    }

    #[test]
    fn a_follow_up_no_longer_asked_is_forgotten() {
        let (mut items, _) = answered(&[(Item::LegPain, Yes), (Item::BelowKnee, Yes)]);
        items.set(Item::LegPain, Some(No));
        items.forget_unasked();
        assert_eq!(items.get(Item::BelowKnee), None);
    }

    #[test]
    fn single_items_answer_their_own_field() {
        let (_, answers) = answered(&[(Item::Bladder, Yes), (Item::Pregnant, Unsure)]);
        assert_eq!(answers.bladder_change, Some(Yes));
        assert_eq!(answers.pregnant, Some(Unsure));
        assert_eq!(answers.fever, None);
    }
}
