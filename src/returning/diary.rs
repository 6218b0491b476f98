//! The pain and function diary: one entry a day, and the chart of the last weeks drawn
//! from it (the geometry only, so the points a person sees are tested natively).

use serde::{Deserialize, Serialize};

use super::calendar::Day;
use crate::engine::{DailyFunction, OptionId};

/// One day's entry: the worst pain that day and how everyday activities went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiaryEntry {
    pub day: Day,
    /// 0 to 10, as the questionnaire asks it.
    pub pain: u8,
    pub activities: DailyFunction,
}

impl DiaryEntry {
    /// Worse than `before`: more pain, or everyday activities harder. A first entry is
    /// compared with the pain the questionnaire recorded, when there is one.
    pub fn is_worse_than(&self, before: Baseline) -> bool {
        let harder = |then: DailyFunction| rank(self.activities) > rank(then);
        match before {
            Baseline::Entry(entry) => self.pain > entry.pain || harder(entry.activities),
            Baseline::Questionnaire { pain, activities } => {
                pain.is_some_and(|pain| self.pain > pain) || activities.is_some_and(harder)
            }
        }
    }
}

/// What a new entry is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    Entry(DiaryEntry),
    Questionnaire {
        pain: Option<u8>,
        activities: Option<DailyFunction>,
    },
}

fn rank(function: DailyFunction) -> u8 {
    match function {
        DailyFunction::Normal => 0,
        DailyFunction::Limited => 1,
        DailyFunction::Unable => 2,
    }
}

/// The chart's drawing area, in SVG user units (the SVG scales to the screen's width).
pub const WIDTH: i32 = 320;
pub const HEIGHT: i32 = 180;
/// Room for the pain axis's labels on the left and the dates below.
pub const LEFT: i32 = 28;
pub const TOP: i32 = 10;
pub const RIGHT: i32 = 10;
pub const BOTTOM: i32 = 28;
/// How far back the chart looks: eight weeks holds six weeks of physical therapy and the
/// days before it.
pub const DAYS_SHOWN: i32 = 56;

/// The chart of the diary's last weeks: a point per entry, a line through them, and a mark
/// where a treatment was first recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub first: Day,
    pub last: Day,
    pub points: Vec<ChartPoint>,
    pub marks: Vec<ChartMark>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartPoint {
    pub entry: DiaryEntry,
    pub x: i32,
    pub y: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartMark {
    pub day: Day,
    pub option: OptionId,
    pub x: i32,
}

impl Chart {
    /// The chart of `entries` (in day order) up to `today`, with `marks` (the first day each
    /// treatment was recorded); `None` when there is no entry in the weeks shown.
    pub fn of(entries: &[DiaryEntry], marks: &[(Day, OptionId)], today: Day) -> Option<Chart> {
        let shown: Vec<DiaryEntry> = entries
            .iter()
            .copied()
            .filter(|entry| entry.day > today.plus(-DAYS_SHOWN) && entry.day <= today)
            .collect();
        let first = shown.first()?.day;
        let first = marks
            .iter()
            .map(|&(day, _)| day)
            .filter(|&day| day > today.plus(-DAYS_SHOWN))
            .fold(first, Day::min);
        let last = today.max(first.plus(1));
        let x = |day: Day| LEFT + (day.0 - first.0) * (WIDTH - LEFT - RIGHT) / (last.0 - first.0);
        Some(Chart {
            first,
            last,
            points: shown
                .iter()
                .map(|&entry| ChartPoint {
                    entry,
                    x: x(entry.day),
                    y: y_of(entry.pain),
                })
                .collect(),
            marks: marks
                .iter()
                .filter(|&&(day, _)| day >= first && day <= last)
                .map(|&(day, option)| ChartMark {
                    day,
                    option,
                    x: x(day),
                })
                .collect(),
        })
    }

    /// The line through the points, as an SVG `points` attribute.
    pub fn polyline(&self) -> String {
        self.points
            .iter()
            .map(|point| format!("{},{}", point.x, point.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Where pain `score` sits on the vertical axis (10 at the top).
pub fn y_of(score: u8) -> i32 {
    TOP + (10 - i32::from(score.min(10))) * (HEIGHT - TOP - BOTTOM) / 10
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(day: i32, pain: u8) -> DiaryEntry {
        DiaryEntry {
            day: Day(day),
            pain,
            activities: DailyFunction::Limited,
        }
    }

    #[test]
    fn points_run_from_the_first_entry_to_today_with_pain_upwards() {
        let entries = [entry(100, 8), entry(121, 5), entry(142, 2)];
        let chart =
            Chart::of(&entries, &[(Day(107), OptionId::PhysicalTherapy)], Day(142)).unwrap();
        assert_eq!((chart.first, chart.last), (Day(100), Day(142)));
        let xs: Vec<i32> = chart.points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [LEFT, LEFT + (WIDTH - LEFT - RIGHT) / 2, WIDTH - RIGHT]);
        assert!(chart.points[0].y < chart.points[1].y && chart.points[1].y < chart.points[2].y);
        assert_eq!(y_of(10), TOP);
        assert_eq!(y_of(0), HEIGHT - BOTTOM);
        assert_eq!(chart.marks.len(), 1);
        assert_eq!(chart.marks[0].x, LEFT + 7 * (WIDTH - LEFT - RIGHT) / 42);
        assert_eq!(chart.polyline().split(' ').count(), 3);
    }

    #[test]
    fn only_the_last_eight_weeks_are_drawn_and_an_empty_diary_draws_nothing() {
        assert_eq!(Chart::of(&[], &[], Day(10)), None);
        let chart = Chart::of(&[entry(0, 3), entry(100, 4)], &[], Day(100)).unwrap();
        assert_eq!(chart.points.len(), 1);
        // One entry, today: the chart still spans a day, so no division by zero.
        assert_eq!(chart.points[0].x, LEFT);
    }

    #[test]
    fn worse_means_more_pain_or_harder_days() {
        let before = Baseline::Entry(entry(1, 5));
        assert!(entry(2, 6).is_worse_than(before));
        assert!(!entry(2, 5).is_worse_than(before));
        let harder = DiaryEntry {
            activities: DailyFunction::Unable,
            ..entry(2, 4)
        };
        assert!(harder.is_worse_than(before));
        let first = Baseline::Questionnaire {
            pain: Some(4),
            activities: None,
        };
        assert!(entry(2, 5).is_worse_than(first));
        assert!(!entry(2, 4).is_worse_than(first));
        let nothing = Baseline::Questionnaire {
            pain: None,
            activities: None,
        };
        assert!(!entry(2, 10).is_worse_than(nothing));
    }
}
