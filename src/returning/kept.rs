//! What "Keep my answers on this device" keeps, as one versioned JSON record: the last
//! questionnaire, each result, and the diary. Reading it never panics: a record this
//! version cannot read is set aside whole (the app tells the person and keeps it out of
//! the way until they forget everything), never half-used.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::calendar::Day;
use super::diary::{Baseline, DiaryEntry};
use crate::engine::{Answers, Level, OptionId, RuleId, TriState};
use crate::questionnaire::{DurationUnit, Item, Screen, State};

/// The record's layout. Format 1 kept the questionnaire and the results; format 2 adds
/// the diary and, with each result, the treatments tried by then (the chart's marks).
pub const FORMAT: u64 = 2;

/// Everything kept on the device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    /// The last questionnaire, as it stood.
    pub questionnaire: Option<KeptQuestionnaire>,
    /// Each result seen, one a day (a later one the same day replaces it).
    pub results: Vec<KeptResult>,
    /// The diary, one entry a day, in day order.
    pub diary: Vec<DiaryEntry>,
}

/// A result as kept: when, how urgent, and what had been tried by then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptResult {
    pub day: Day,
    pub level: Level,
    #[serde(default)]
    pub treatments: Vec<OptionId>,
}

/// The questionnaire as the person left it: the screening items, the contract's answers,
/// the numbers as typed, the emergencies already read, and the screen they were on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptQuestionnaire {
    pub screen: String,
    pub items: BTreeMap<String, TriState>,
    pub answers: Value,
    pub age: String,
    pub duration: String,
    pub duration_unit: String,
    pub pt_weeks: String,
    pub acknowledged: Vec<RuleId>,
}

/// Why a kept record was set aside, for the console and the tests (the person is told in
/// plain words that it could not be read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl Kept {
    /// The record as stored.
    pub fn to_json(&self) -> String {
        let mut value = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(fields) = &mut value {
            fields.insert("format".into(), FORMAT.into());
        }
        value.to_string()
    }

    /// Reads a stored record of this format or an older one.
    pub fn read(text: &str) -> Result<Kept, Unreadable> {
        let mut value: Value = serde_json::from_str(text)
            .map_err(|error| Unreadable(format!("not JSON ({error})")))?;
        let format = value
            .get("format")
            .and_then(Value::as_u64)
            .ok_or_else(|| Unreadable("no format number".into()))?;
        match format {
            1 => migrate_from_1(&mut value),
            FORMAT => {}
            newer if newer > FORMAT => {
                return Err(Unreadable(format!(
                    "format {newer}, newer than this version of backstep reads ({FORMAT})"
                )))
            }
            other => return Err(Unreadable(format!("unknown format {other}"))),
        }
        let mut kept: Kept = serde_json::from_value(value)
            .map_err(|error| Unreadable(format!("format {FORMAT} record: {error}")))?;
        if let Some(questionnaire) = &kept.questionnaire {
            // Restore into a scratch state: an answer the engine would refuse makes the
            // whole record unreadable here, not later on screen.
            questionnaire.restore(&mut State::default())?;
        }
        if let Some(entry) = kept.diary.iter().find(|entry| entry.pain > 10) {
            return Err(Unreadable(format!("a diary pain of {}", entry.pain)));
        }
        kept.diary.sort_by_key(|entry| entry.day);
        kept.results.sort_by_key(|result| result.day);
        Ok(kept)
    }

    /// Keeps the questionnaire as it stands, and its result when it has one.
    pub fn keep(&mut self, state: &State, today: Day) {
        self.questionnaire = Some(KeptQuestionnaire::of(state));
        if state.screen == Screen::Result && state.all_pages_done() {
            let result = KeptResult {
                day: today,
                level: state.assessment().triage,
                treatments: state.answers.treatments_tried.clone().unwrap_or_default(),
            };
            // In day order, one a day, whatever order the days come in (a clock set back).
            let at = self.results.partition_point(|kept| kept.day < today);
            match self.results.get_mut(at) {
                Some(same_day) if same_day.day == today => *same_day = result,
                _ => self.results.insert(at, result),
            }
        }
    }

    /// Adds today's diary entry (a second one the same day replaces the first) and says
    /// whether it is worse than the one before, so the warning signs are asked again.
    pub fn add_entry(&mut self, entry: DiaryEntry) -> bool {
        let worse = entry.is_worse_than(self.baseline_before(entry.day));
        self.diary.retain(|kept| kept.day != entry.day);
        let at = self.diary.partition_point(|kept| kept.day < entry.day);
        self.diary.insert(at, entry);
        worse
    }

    fn baseline_before(&self, day: Day) -> Baseline {
        match self.diary.iter().rev().find(|entry| entry.day < day) {
            Some(entry) => Baseline::Entry(*entry),
            None => {
                let answers = self
                    .questionnaire
                    .as_ref()
                    .and_then(|q| Answers::from_json(&q.answers).ok());
                Baseline::Questionnaire {
                    pain: answers.as_ref().and_then(|a| a.pain_score),
                    activities: answers.as_ref().and_then(|a| a.daily_function),
                }
            }
        }
    }

    /// The first day each treatment appears among the results: the chart's marks.
    pub fn treatment_marks(&self) -> Vec<(Day, OptionId)> {
        let mut marks: Vec<(Day, OptionId)> = Vec::new();
        for result in &self.results {
            for &option in &result.treatments {
                if !marks.iter().any(|&(_, seen)| seen == option) {
                    marks.push((result.day, option));
                }
            }
        }
        marks
    }
}

/// Format 1 had no diary, and its results no treatments: the latest result takes the
/// treatments of the questionnaire kept with it, the only record of them there is.
fn migrate_from_1(value: &mut Value) {
    let treatments = value
        .pointer("/questionnaire/answers/treatments_tried")
        .cloned()
        .unwrap_or(Value::Array(Vec::new()));
    if let Some(Value::Array(results)) = value.get_mut("results") {
        if let Some(Value::Object(last)) = results.last_mut() {
            last.entry("treatments").or_insert(treatments);
        }
    }
    if let Value::Object(fields) = value {
        fields.insert("diary".into(), Value::Array(Vec::new()));
        fields.insert("format".into(), FORMAT.into());
    }
}

impl KeptQuestionnaire {
    pub fn of(state: &State) -> KeptQuestionnaire {
        KeptQuestionnaire {
            screen: state.screen.id(),
            items: Item::ALL
                .into_iter()
                .filter_map(|item| Some((item.id().to_owned(), state.items.get(item)?)))
                .collect(),
            answers: state.answers.to_json(),
            age: state.drafts.age.clone(),
            duration: state.drafts.duration.clone(),
            duration_unit: state.drafts.duration_unit.id().to_owned(),
            pt_weeks: state.drafts.pt_weeks.clone(),
            acknowledged: state.acknowledged.clone(),
        }
    }

    /// Puts the kept questionnaire into `state` (its language and emergency number stay).
    pub fn restore(&self, state: &mut State) -> Result<(), Unreadable> {
        let answers = Answers::from_json(&self.answers)
            .map_err(|error| Unreadable(format!("kept answers: {error}")))?;
        let mut items = crate::questionnaire::ItemAnswers::default();
        for (id, &answer) in &self.items {
            let item = Item::from_id(id)
                .ok_or_else(|| Unreadable(format!("an unknown question {id:?}")))?;
            items.set(item, Some(answer));
        }
        let unit = DurationUnit::from_id(&self.duration_unit)
            .ok_or_else(|| Unreadable(format!("a unit {:?}", self.duration_unit)))?;
        state.answers = answers;
        state.items = items;
        state.items.answer(&mut state.answers);
        state.drafts.age = self.age.clone();
        state.drafts.duration = self.duration.clone();
        state.drafts.duration_unit = unit;
        state.drafts.pt_weeks = self.pt_weeks.clone();
        state.acknowledged = self.acknowledged.clone();
        state.screen = Screen::from_id(&self.screen).unwrap_or(Screen::Start);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DailyFunction;
    use crate::questionnaire::{Action, Input, Question};

    /// A questionnaire answered through the reducer to the result.
    fn answered() -> State {
        let mut state = State::default();
        state.apply(Action::Start);
        while let Screen::Questions(page) = state.screen {
            for question in state.questions(page) {
                match question {
                    Question::Item(item) => state.apply(Action::SetItem(item, TriState::No)),
                    Question::Field(field) => match crate::questionnaire::input_for(field) {
                        Input::TriState => state.apply(Action::SetTriState(field, TriState::No)),
                        Input::Choice(choices) => state.apply(Action::SetChoice(choices[0])),
                        Input::Age => state.apply(Action::SetText(field, "34".into())),
                        Input::Duration => state.apply(Action::SetText(field, "2".into())),
                        Input::PainScore => state.apply(Action::SetPainScore(4)),
                        Input::Weeks => state.apply(Action::SetText(field, "0".into())),
                        Input::Treatments => {
                            state.apply(Action::ToggleTreatment(OptionId::HeatIce))
                        }
                        Input::Relief => state.apply(Action::SetRelief(
                            OptionId::HeatIce,
                            crate::engine::Relief::Partial,
                        )),
                    },
                }
            }
            state.apply(Action::Next);
        }
        if state.screen == Screen::Check {
            state.apply(Action::SeeResult);
        }
        state
    }

    #[test]
    fn a_kept_questionnaire_comes_back_as_it_was_through_json() {
        let state = answered();
        assert_eq!(state.screen, Screen::Result);
        let mut kept = Kept::default();
        kept.keep(&state, Day(20_000));
        let back = Kept::read(&kept.to_json()).expect("readable");
        assert_eq!(back, kept);
        let mut restored = State::default();
        back.questionnaire.unwrap().restore(&mut restored).unwrap();
        assert_eq!(restored.answers, state.answers);
        assert_eq!(restored.items, state.items);
        assert_eq!(restored.drafts, state.drafts);
        assert_eq!(restored.screen, Screen::Result);
        assert_eq!(restored.assessment(), state.assessment());
        assert_eq!(back.results.len(), 1);
        assert_eq!(back.results[0].treatments, [OptionId::HeatIce]);
    }

    #[test]
    fn one_result_and_one_diary_entry_a_day() {
        let state = answered();
        let mut kept = Kept::default();
        kept.keep(&state, Day(5));
        kept.keep(&state, Day(5));
        kept.keep(&state, Day(6));
        kept.keep(&state, Day(4));
        let days: Vec<i32> = kept.results.iter().map(|r| r.day.0).collect();
        assert_eq!(days, [4, 5, 6]);
        let entry = |day, pain| DiaryEntry {
            day: Day(day),
            pain,
            activities: DailyFunction::Normal,
        };
        // The questionnaire said 4: a first entry of 5 is worse, then 3 is not.
        assert!(kept.add_entry(entry(7, 5)));
        assert!(!kept.add_entry(entry(8, 3)));
        assert!(
            kept.add_entry(entry(8, 6)),
            "a second entry the same day replaces it"
        );
        assert!(
            !kept.add_entry(entry(6, 2)),
            "an earlier day is compared with the one before it"
        );
        let days: Vec<i32> = kept.diary.iter().map(|e| e.day.0).collect();
        assert_eq!(days, [6, 7, 8]);
    }

    #[test]
    fn a_format_1_record_is_read_with_an_empty_diary_and_its_treatments() {
        let state = answered();
        let questionnaire = serde_json::to_value(KeptQuestionnaire::of(&state)).unwrap();
        let old = serde_json::json!({
            "format": 1,
            "questionnaire": questionnaire,
            "results": [
                { "day": 19_990, "level": "routine" },
                { "day": 20_000, "level": "self_care" }
            ]
        });
        let kept = Kept::read(&old.to_string()).expect("format 1 is read");
        assert!(kept.diary.is_empty());
        assert!(kept.results[0].treatments.is_empty());
        assert_eq!(kept.results[1].treatments, [OptionId::HeatIce]);
        assert_eq!(kept.treatment_marks(), [(Day(20_000), OptionId::HeatIce)]);
        assert!(kept.to_json().contains("\"format\":2"));
    }

    #[test]
    fn what_cannot_be_read_is_refused_with_a_reason_never_a_panic() {
        for (text, why) in [
            ("", "not JSON"),
            ("{", "not JSON"),
            ("[]", "no format"),
            (r#"{"format":3}"#, "newer"),
            (r#"{"format":0}"#, "unknown format"),
            (
                r#"{"format":2,"results":"x","diary":[]}"#,
                "format 2 record",
            ),
            (
                r#"{"format":2,"results":[],"diary":[{"day":1,"pain":11,"activities":"normal"}]}"#,
                "pain of 11",
            ),
            (
                r#"{"format":2,"results":[],"diary":[],"questionnaire":{"screen":"start","items":{},"answers":{"age":-1},"age":"","duration":"","duration_unit":"weeks","pt_weeks":"","acknowledged":[]}}"#,
                "kept answers",
            ),
            (
                r#"{"format":2,"results":[],"diary":[],"questionnaire":{"screen":"start","items":{"nope":"yes"},"answers":{},"age":"","duration":"","duration_unit":"weeks","pt_weeks":"","acknowledged":[]}}"#,
                "unknown question",
            ),
        ] {
            let Err(Unreadable(reason)) = Kept::read(text) else {
                panic!("{text} was read");
            };
            assert!(reason.contains(why), "{text}: {reason}");
        }
    }
}
