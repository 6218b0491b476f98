//! For the person who comes back: what is kept on the device when they ask for it (and
//! only then), the diary and its chart, and the calendar reminder. Pure Rust, tested
//! natively; `web::device` stores the record and the components draw it.

mod calendar;
mod diary;
mod kept;

pub use calendar::{Day, Reminder};
pub use diary::{Baseline, Chart, ChartMark, ChartPoint, DiaryEntry};
pub use kept::{Kept, KeptQuestionnaire, KeptResult, Unreadable, FORMAT};

/// The chart's geometry, for the component that draws it.
pub mod chart {
    pub use super::diary::{y_of, BOTTOM, DAYS_SHOWN, HEIGHT, LEFT, RIGHT, TOP, WIDTH};
}
