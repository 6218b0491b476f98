//! The clinical engine: pure Rust, no browser types. Answers in, assessment out.
//!
//! The policy it implements is fixed in the project's clinical documents, `docs/clinical/`
//! (answers.md, triage.md, ladder.md, sources.md, version 4); each module says which part it
//! holds.

#[macro_use]
mod macros;

pub mod answers;
pub mod json;
pub mod ladder;
pub mod level;
pub mod reading;
pub mod rules;
pub mod sources;
pub mod triage;

pub use answers::{
    Answers, DailyFunction, Diagnosis, Field, LegPain, LegWeakness, OptionId, PainArea, Relief,
    ReliefByOption, TriState, TRIAGE_FIELDS, TRI_STATE_FIELDS,
};
pub use json::{parse_answers, AnswerError, Problem};
pub use ladder::{
    ladder_option, place, Ladder, LadderOption, LadderStep, OptionSet, Person, LADDER_OPTIONS,
};
pub use level::Level;
pub use reading::{Reading, UnsureAs};
pub use rules::{rule, Condition, Fires, Rule, RuleId, RULES};
pub use sources::{Citation, Source};
pub use triage::{assess, fired_rules, Assessment, Flag, RuleSet};
