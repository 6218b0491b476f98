//! What "Keep my answers on this device" keeps, as one versioned record: the last
//! questionnaire, each result, and the diary. Reading it never panics: a record this
//! version cannot read is set aside whole (the app tells the person and keeps it out of the
//! way until they forget everything), never half-used.
//!
//! The record is plain text, one thing per line ("item tearing_pain no", "diary 20412 3
//! limited"), written and read here by hand: a JSON reader would bring serde_json's parser,
//! float parsing and the contract's error messages into the wasm (about 85 KB), for a
//! record only this code writes. The questionnaire comes back through the reducer's own
//! actions, so a kept answer is checked exactly as a typed or tapped one.

use super::calendar::Day;
use super::diary::{Baseline, DiaryEntry};
use crate::engine::{DailyFunction, Field, Level, OptionId, Relief, TriState};
use crate::questionnaire::{input_for, Action, Choice, DurationUnit, Input, Item, State, Step};

/// The record's layout. Format 1 kept the questionnaire and the results; format 2 adds
/// the diary and, with each result, the treatments tried by then (the chart's marks);
/// format 3 is written by version 4 of the clinical policy, whose questions it records.
pub const FORMAT: u32 = 3;

/// The one question of the policy's version 3 (formats 1 and 2) whose answer cannot be
/// carried forward: "a recent infection or a spinal procedure" is two questions since
/// version 4, and one answer cannot decide both, so both are asked again. Every other
/// item of those formats means what it meant, and comes back as it was.
const RETIRED_FIELD: &str = "recent_infection_or_procedure";

/// Whether a line of a version 3 record is left out as it is read: the retired question, and
/// the fields the items answer, which version 3 derived from its own items (a field that
/// gained an item since, such as `vascular_warning` with pain that moves, is derived again
/// from the items, so a question never asked is never read as "no").
fn left_out_of_version_3(key: &str, words: &[&str]) -> bool {
    let Some(&name) = words.first() else {
        return false;
    };
    match key {
        "item" => name == RETIRED_FIELD,
        "answer" => {
            name == RETIRED_FIELD
                || Field::from_name(name)
                    .is_some_and(|field| Item::ALL.iter().any(|item| item.field() == field))
        }
        _ => false,
    }
}

/// The first line of every record, before its format number.
const MAGIC: &str = "backstep-kept";

/// Everything kept on the device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept {
    /// The last questionnaire, as it stood.
    pub questionnaire: Option<KeptQuestionnaire>,
    /// Each result seen, one a day, in day order (a later one the same day replaces it).
    pub results: Vec<KeptResult>,
    /// The diary, one entry a day, in day order.
    pub diary: Vec<DiaryEntry>,
}

/// A result as kept: when, how urgent, and what had been tried by then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptResult {
    pub day: Day,
    pub level: Level,
    pub treatments: Vec<OptionId>,
}

/// The questionnaire as the person left it, as the reducer's actions that rebuild it, and
/// the step they were on. Which emergency panels they had read is not kept: coming back,
/// every emergency that fires shows its panel again.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptQuestionnaire {
    pub step: Step,
    actions: Vec<Action>,
}

/// Why a kept record was set aside, for the console and the tests (the person is told in
/// plain words that it could not be read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl Kept {
    /// The record as stored.
    pub fn to_text(&self) -> String {
        let mut lines = vec![format!("{MAGIC} {FORMAT}")];
        if let Some(questionnaire) = &self.questionnaire {
            lines.push(format!("screen {}", questionnaire.step.id()));
            lines.extend(questionnaire.actions.iter().filter_map(action_line));
        }
        for result in &self.results {
            let mut line = format!("result {} {}", result.day.0, result.level.id());
            for option in &result.treatments {
                line.push(' ');
                line.push_str(option.id());
            }
            lines.push(line);
        }
        for entry in &self.diary {
            lines.push(format!(
                "diary {} {} {}",
                entry.day.0,
                entry.pain,
                entry.activities.id()
            ));
        }
        lines.join("\n") + "\n"
    }

    /// Reads a stored record of this format or an older one.
    pub fn read(text: &str) -> Result<Kept, Unreadable> {
        let mut lines = text.lines();
        let format = lines
            .next()
            .and_then(|first| first.strip_prefix(MAGIC))
            .and_then(|rest| rest.trim().parse::<u32>().ok())
            .ok_or_else(|| Unreadable("not a backstep record".into()))?;
        match format {
            1 | 2 | FORMAT => {}
            newer if newer > FORMAT => {
                return Err(Unreadable(format!(
                    "format {newer}, newer than this version of backstep reads ({FORMAT})"
                )))
            }
            other => return Err(Unreadable(format!("unknown format {other}"))),
        }
        let mut kept = Kept::default();
        let mut screen = None;
        let mut actions = Vec::new();
        for (at, line) in lines.enumerate() {
            let bad = || Unreadable(format!("line {}: {line:?}", at + 2));
            let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
            let words: Vec<&str> = rest.split_whitespace().collect();
            if format < 3 && left_out_of_version_3(key, &words) {
                // Left unanswered, so never read as "no": the questionnaire asks again.
                continue;
            }
            match key {
                "" => {}
                "screen" => screen = Some(kept_step(rest).ok_or_else(bad)?),
                "result" => {
                    let [day, level, treatments @ ..] = words.as_slice() else {
                        return Err(bad());
                    };
                    kept.results.push(KeptResult {
                        day: plausible_day(day).ok_or_else(bad)?,
                        level: Level::from_id(level).ok_or_else(bad)?,
                        treatments: options(treatments).ok_or_else(bad)?,
                    });
                }
                "diary" if format >= 2 => {
                    let [day, pain, activities] = words.as_slice() else {
                        return Err(bad());
                    };
                    let pain: u8 = pain.parse().map_err(|_| bad())?;
                    if pain > 10 {
                        return Err(Unreadable(format!("a diary pain of {pain}")));
                    }
                    kept.diary.push(DiaryEntry {
                        day: plausible_day(day).ok_or_else(bad)?,
                        pain,
                        activities: DailyFunction::from_id(activities).ok_or_else(bad)?,
                    });
                }
                _ => actions.push(parse_action(key, rest, &words).ok_or_else(bad)?),
            }
        }
        if let Some(screen) = screen {
            kept.questionnaire = Some(KeptQuestionnaire {
                step: screen,
                actions,
            });
        } else if !actions.is_empty() {
            return Err(Unreadable("answers with no questionnaire".into()));
        }
        if format == 1 {
            // Format 1 had no treatments with its results: the latest takes those of the
            // questionnaire kept with it, the only record of them there is.
            let tried = kept
                .questionnaire
                .as_ref()
                .map(|q| q.restore().answers.treatments_tried.unwrap_or_default());
            if let (Some(last), Some(tried)) = (kept.results.last_mut(), tried) {
                last.treatments = tried;
            }
        }
        // One a day, in day order, as this code writes them; a damaged record's second entry
        // for a day is dropped rather than drawn twice. A stable sort of lines already in
        // order is one pass, so a record of many days loads in linear time.
        one_a_day(&mut kept.diary, |e| e.day);
        one_a_day(&mut kept.results, |r| r.day);
        Ok(kept)
    }

    /// Keeps the questionnaire as it stands, and its result when it has one.
    pub fn keep(&mut self, state: &State, today: Day) {
        self.questionnaire = Some(KeptQuestionnaire::of(state));
        if state.step == Step::Result && state.all_pages_done() {
            let result = KeptResult {
                day: today,
                level: state.assessment().triage,
                treatments: state.answers.treatments_tried.clone().unwrap_or_default(),
            };
            insert_by_day(&mut self.results, result, |r| r.day, true);
        }
    }

    /// Adds today's diary entry (a second one the same day replaces the first) and says
    /// whether it is worse than the one before, so the warning signs are asked again.
    pub fn add_entry(&mut self, entry: DiaryEntry) -> bool {
        let worse = entry.is_worse_than(self.baseline_before(entry.day));
        insert_by_day(&mut self.diary, entry, |e| e.day, true);
        worse
    }

    fn baseline_before(&self, day: Day) -> Baseline {
        match self.diary.iter().rev().find(|entry| entry.day < day) {
            Some(entry) => Baseline::Entry(*entry),
            None => {
                let answers = self.questionnaire.as_ref().map(|q| q.restore().answers);
                Baseline::Questionnaire {
                    pain: answers.as_ref().and_then(|a| a.pain_score),
                    activities: answers.as_ref().and_then(|a| a.daily_function),
                }
            }
        }
    }

    /// This record, with the diary entries and results of `other` (another tab's copy) for
    /// the days this one has none: neither tab undoes the other's entries.
    pub fn with_days_of(&self, other: &Kept) -> Kept {
        Kept {
            questionnaire: self.questionnaire.clone(),
            results: merged_by_day(&self.results, &other.results, |r| r.day),
            diary: merged_by_day(&self.diary, &other.diary, |e| e.day),
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

impl KeptQuestionnaire {
    /// The actions that rebuild `state`'s answers from nothing, in an order in which each
    /// is asked (an item before its follow-up, the treatments before how much they helped).
    pub fn of(state: &State) -> KeptQuestionnaire {
        let answers = &state.answers;
        let mut actions: Vec<Action> = Item::ALL
            .into_iter()
            .filter_map(|item| Some(Action::SetItem(item, state.items.get(item)?)))
            .collect();
        for field in Field::ALL {
            match input_for(field) {
                // Fields the items answer are set again to the same value: harmless, and
                // simpler than knowing which item answers which field.
                Input::TriState => actions.extend(
                    answers
                        .tri_state(field)
                        .map(|v| Action::SetTriState(field, v)),
                ),
                Input::Choice(_) => {
                    actions.extend(Choice::of(answers, field).map(Action::SetChoice))
                }
                _ => {}
            }
        }
        actions.extend(answers.pain_score.map(Action::SetPainScore));
        actions.push(Action::SetDurationUnit(state.drafts.duration_unit));
        for (field, text) in [
            (Field::Age, &state.drafts.age),
            (Field::DurationWeeks, &state.drafts.duration),
        ] {
            // Kept as the line keeps it: without the spaces around it.
            actions.push(Action::SetText(field, text.trim().to_owned()));
        }
        match &answers.treatments_tried {
            Some(tried) if tried.is_empty() => actions.push(Action::NoTreatments),
            Some(tried) => {
                actions.extend(tried.iter().map(|&option| Action::ToggleTreatment(option)))
            }
            None => {}
        }
        if let Some(relief) = &answers.relief {
            actions.extend(
                relief
                    .iter()
                    .map(|(option, value)| Action::SetRelief(option, value)),
            );
        }
        actions.push(Action::SetText(
            Field::PtWeeks,
            state.drafts.pt_weeks.clone(),
        ));
        KeptQuestionnaire {
            step: state.step,
            actions,
        }
    }

    /// The questionnaire rebuilt in a fresh state, on the step it was left on, with no
    /// emergency panel read yet.
    pub fn restore(&self) -> State {
        let mut state = State::default();
        for action in &self.actions {
            state.apply(action.clone());
        }
        state.step = self.step;
        state
    }
}

/// The step a record's `screen` line names. Records may name the start screen, the about
/// view or the diary (the screens around the questionnaire): those come back at the first
/// page.
fn kept_step(id: &str) -> Option<Step> {
    match id {
        "start" | "about" | "diary" => Some(Step::default()),
        _ => Step::from_id(id),
    }
}

/// The line that records one answering action.
fn action_line(action: &Action) -> Option<String> {
    Some(match action {
        Action::SetItem(item, value) => format!("item {} {}", item.id(), value.id()),
        Action::SetTriState(field, value) => format!("answer {} {}", field.name(), value.id()),
        Action::SetChoice(choice) => format!("choice {} {}", choice.field().name(), choice.id()),
        Action::SetPainScore(score) => format!("pain_score {score}"),
        Action::SetDurationUnit(unit) => format!("duration_unit {}", unit.id()),
        Action::SetText(field, text) => format!("text {} {}", field.name(), text.trim()),
        Action::NoTreatments => "no_treatments".into(),
        Action::ToggleTreatment(option) => format!("treatment {}", option.id()),
        Action::SetRelief(option, relief) => format!("relief {} {}", option.id(), relief.id()),
        _ => return None,
    })
}

/// The answering action a line records, if it is one.
fn parse_action(key: &str, rest: &str, words: &[&str]) -> Option<Action> {
    let field = || Field::from_name(words.first()?);
    Some(match (key, words) {
        ("item", [item, value]) => Action::SetItem(Item::from_id(item)?, TriState::from_id(value)?),
        ("answer", [_, value]) => Action::SetTriState(field()?, TriState::from_id(value)?),
        ("choice", [_, id]) => Action::SetChoice(
            *Choice::offered_for(field()?)
                .iter()
                .find(|choice| choice.id() == *id)?,
        ),
        ("pain_score", [score]) => Action::SetPainScore(score.parse().ok().filter(|&s| s <= 10)?),
        ("duration_unit", [unit]) => Action::SetDurationUnit(DurationUnit::from_id(unit)?),
        ("text", [name, ..]) => {
            let field = Field::from_name(name)?;
            let text = rest.strip_prefix(name).unwrap_or_default().trim();
            matches!(field, Field::Age | Field::DurationWeeks | Field::PtWeeks)
                .then(|| Action::SetText(field, text.to_owned()))?
        }
        ("no_treatments", []) => Action::NoTreatments,
        ("treatment", [option]) => Action::ToggleTreatment(OptionId::from_id(option)?),
        ("relief", [option, value]) => {
            Action::SetRelief(OptionId::from_id(option)?, Relief::from_id(value)?)
        }
        _ => return None,
    })
}

/// Puts `item` in `list` in day order, one a day: a day already there is replaced when
/// `replace`, else left as it is.
fn insert_by_day<T>(list: &mut Vec<T>, item: T, day: impl Fn(&T) -> Day, replace: bool) {
    let at = list.partition_point(|kept| day(kept) < day(&item));
    match list.get_mut(at) {
        Some(same) if day(same) == day(&item) => {
            if replace {
                *same = item;
            }
        }
        _ => list.insert(at, item),
    }
}

/// Sorts `list` by day (stably: of two entries for one day, the first read stays) and
/// drops the second of any day.
fn one_a_day<T>(list: &mut Vec<T>, day: impl Fn(&T) -> Day) {
    list.sort_by_key(|item| day(item));
    list.dedup_by_key(|item| day(item));
}

/// Two day-ordered lists as one, in one pass: `ours` wins on a day both have.
fn merged_by_day<T: Clone>(ours: &[T], theirs: &[T], day: impl Fn(&T) -> Day) -> Vec<T> {
    let mut merged = Vec::with_capacity(ours.len() + theirs.len());
    let (mut ours, mut theirs) = (ours.iter().peekable(), theirs.iter().peekable());
    loop {
        let next = match (ours.peek(), theirs.peek()) {
            (Some(a), Some(b)) if day(b) < day(a) => theirs.next(),
            (Some(a), Some(b)) => {
                if day(a) == day(b) {
                    theirs.next();
                }
                ours.next()
            }
            (Some(_), None) => ours.next(),
            (None, Some(_)) => theirs.next(),
            (None, None) => break,
        };
        merged.extend(next.cloned());
    }
    merged
}

/// A day a record may hold: from 1970 to the year 2500 (a damaged number is refused, not
/// carried into date arithmetic).
fn plausible_day(text: &str) -> Option<Day> {
    text.parse()
        .ok()
        .filter(|day| (0..=194_000).contains(day))
        .map(Day)
}

fn options(ids: &[&str]) -> Option<Vec<OptionId>> {
    ids.iter().map(|id| OptionId::from_id(id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::testing::Answering;

    /// A questionnaire answered through the reducer to the result: no warning sign, 34,
    /// heat or ice tried and a little help, with typed numbers in other units.
    fn answered() -> State {
        Answering {
            tri_states: TriState::Unsure,
            choice: 1,
            age: " 34 ",
            duration: ("10", DurationUnit::Days),
            pain: 4,
            treatment: Some(OptionId::HeatIce),
            relief: Relief::Partial,
            ..Answering::default()
        }
        .to_result()
    }

    #[test]
    fn a_kept_questionnaire_comes_back_as_it_was_through_the_text() {
        let state = answered();
        assert_eq!(state.step, Step::Result);
        let mut kept = Kept::default();
        kept.keep(&state, Day(20_000));
        let text = kept.to_text();
        let back = Kept::read(&text).expect("readable");
        assert_eq!(back, kept, "{text}");
        let restored = back.questionnaire.unwrap().restore();
        assert_eq!(restored.answers, state.answers);
        assert_eq!(restored.items, state.items);
        assert_eq!(restored.drafts.duration_unit, DurationUnit::Days);
        assert_eq!(restored.answers.age, Some(34));
        assert_eq!(restored.step, Step::Result);
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
        assert_eq!(Kept::read(&kept.to_text()), Ok(kept));
    }

    #[test]
    fn two_tabs_keep_each_others_days_and_each_its_own_questionnaire() {
        let entry = |day, pain| DiaryEntry {
            day: Day(day),
            pain,
            activities: DailyFunction::Normal,
        };
        let mut ours = Kept::default();
        ours.keep(&answered(), Day(10));
        ours.add_entry(entry(10, 4));
        ours.add_entry(entry(12, 3));
        let mut theirs = Kept::default();
        theirs.add_entry(entry(11, 5));
        theirs.add_entry(entry(12, 9));
        theirs.results.push(KeptResult {
            day: Day(11),
            level: Level::Routine,
            treatments: vec![],
        });
        let merged = ours.with_days_of(&theirs);
        let diary: Vec<(i32, u8)> = merged.diary.iter().map(|e| (e.day.0, e.pain)).collect();
        assert_eq!(
            diary,
            [(10, 4), (11, 5), (12, 3)],
            "ours wins on a day both have"
        );
        let days: Vec<i32> = merged.results.iter().map(|r| r.day.0).collect();
        assert_eq!(days, [10, 11]);
        assert_eq!(merged.questionnaire, ours.questionnaire);
    }

    #[test]
    fn a_format_1_record_is_read_with_an_empty_diary_and_its_treatments() {
        let mut current = Kept::default();
        current.keep(&answered(), Day(20_000));
        let text = current.to_text();
        let questionnaire: Vec<&str> = text
            .lines()
            .skip(1)
            .filter(|line| !line.starts_with("result"))
            .collect::<Vec<_>>();
        let old = format!(
            "backstep-kept 1\n{}\nresult 19990 routine\nresult 20000 self_care\n",
            questionnaire.join("\n")
        );
        let kept = Kept::read(&old).expect("format 1 is read");
        assert!(kept.diary.is_empty());
        assert!(kept.results[0].treatments.is_empty());
        assert_eq!(kept.results[1].treatments, [OptionId::HeatIce]);
        assert_eq!(kept.treatment_marks(), [(Day(20_000), OptionId::HeatIce)]);
        assert!(kept.to_text().starts_with("backstep-kept 3\n"));
        // A diary line in a format 1 record is not something format 1 had.
        assert!(Kept::read("backstep-kept 1\ndiary 1 2 normal\n").is_err());
    }

    /// A record kept under version 3 of the policy (format 2): its combined "recent infection
    /// or spinal procedure" answer cannot decide the two questions that replaced it, so both
    /// are asked again; no result is shown until they are, and nothing else is lost.
    #[test]
    fn a_version_3_record_comes_back_with_the_two_new_questions_unanswered() {
        let mut current = Kept::default();
        current.keep(&answered(), Day(20_000));
        let lines: Vec<String> = current
            .to_text()
            .lines()
            .skip(1)
            .filter(|line| {
                ![
                    "item recent_",
                    "answer recent_",
                    "item pain_moves",
                    "item sudden_",
                    "answer sudden_",
                    "answer pulsing_belly",
                ]
                .iter()
                .any(|new| line.starts_with(new))
            })
            .map(str::to_owned)
            .collect();
        let old = format!(
            "backstep-kept 2\n{}\nitem recent_infection_or_procedure no\nanswer recent_infection_or_procedure no\nanswer vascular_warning no\n",
            lines.join("\n")
        );
        let kept = Kept::read(&old).expect("a version 3 record is read, not set aside");
        let state = kept.questionnaire.as_ref().unwrap().restore();
        for field in [
            Field::RecentSpinalProcedure,
            Field::RecentInfection,
            Field::VascularWarning,
        ] {
            assert_eq!(
                state.answers.tri_state(field),
                None,
                "{} asked again",
                field.name()
            );
        }
        assert_eq!(
            state.answers.pain_score,
            answered().answers.pain_score,
            "the rest kept"
        );
        assert!(
            !state.assessment().may_be_shown(),
            "no result until they are answered"
        );
        let mut resumed = state.clone();
        resumed.apply(Action::Show(resumed.step));
        assert_eq!(
            resumed.step,
            Step::Questions(crate::questionnaire::Page::WarningSigns),
            "the first page with a new question: pain that moves"
        );
    }

    #[test]
    fn a_record_of_every_day_from_1970_is_read_whole_and_in_order() {
        let mut text = format!("{MAGIC} {FORMAT}\n");
        for day in 0..=194_000 {
            text.push_str(&format!("diary {day} {} normal\n", day % 11));
        }
        let kept = Kept::read(&text).expect("readable");
        assert_eq!(kept.diary.len(), 194_001);
        assert!(kept.diary.windows(2).all(|w| w[0].day.0 + 1 == w[1].day.0));
        assert_eq!(kept.to_text(), text);
    }

    #[test]
    fn a_damaged_records_second_entry_for_a_day_is_dropped() {
        let kept =
            Kept::read("backstep-kept 2\ndiary 6 3 normal\ndiary 5 7 normal\ndiary 6 9 unable\n")
                .expect("readable");
        let diary: Vec<(i32, u8)> = kept.diary.iter().map(|e| (e.day.0, e.pain)).collect();
        assert_eq!(diary, [(5, 7), (6, 3)]);
    }

    #[test]
    fn what_cannot_be_read_is_refused_with_a_reason_never_a_panic() {
        for (text, why) in [
            ("", "not a backstep record"),
            ("{\"format\":2}", "not a backstep record"),
            ("backstep-kept", "not a backstep record"),
            ("backstep-kept 4", "newer"),
            (
                "backstep-kept 3\nscreen start\nitem recent_infection_or_procedure yes",
                "line 3",
            ),
            ("backstep-kept 0", "unknown format"),
            ("backstep-kept 2\nresult x self_care", "line 2"),
            ("backstep-kept 2\nresult 1 calm", "line 2"),
            ("backstep-kept 2\nresult 1 routine nothing_real", "line 2"),
            ("backstep-kept 2\ndiary 1 11 normal", "pain of 11"),
            ("backstep-kept 2\ndiary 1 3", "line 2"),
            ("backstep-kept 2\nscreen page-99", "line 2"),
            ("backstep-kept 2\nscreen start\nitem nope yes", "line 3"),
            (
                "backstep-kept 2\nscreen start\nchoice leg_pain sideways",
                "line 3",
            ),
            ("backstep-kept 2\nscreen start\npain_score 12", "line 3"),
            ("backstep-kept 2\nscreen start\ntext fever yes", "line 3"),
            ("backstep-kept 2\nitem fever yes", "no questionnaire"),
            ("backstep-kept 2\nsomething else", "line 2"),
            ("backstep-kept 2\ndiary 2147483647 3 normal", "line 2"),
            ("backstep-kept 2\nresult -5 routine", "line 2"),
            (
                "backstep-kept 2\nscreen start\nacknowledged cauda_equina",
                "line 3",
            ),
        ] {
            let Err(Unreadable(reason)) = Kept::read(text) else {
                panic!("{text:?} was read");
            };
            assert!(reason.contains(why), "{text:?}: {reason}");
        }
    }
}
