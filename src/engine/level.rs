//! The five levels of triage.md (`docs/clinical/triage.md`), most urgent greatest.

use serde::{Deserialize, Serialize};

/// How urgently the person should be seen. Declared least urgent first, so a more urgent
/// level compares greater (`Level::Emergency > Level::Urgent`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Self-care is reasonable now; check again if not better in 2 to 6 weeks.
    SelfCare,
    /// Book a routine appointment with a doctor or a spine specialist.
    Routine,
    /// See a doctor within the next few days, no more than a week.
    Soon,
    /// Be seen by a doctor today: urgent care, a same-day appointment or an out-of-hours service.
    Urgent,
    /// Call the local emergency number or go to an emergency department now.
    Emergency,
}

impl Level {
    /// Every level, most urgent first as in triage.md (the reverse of their `Ord` order).
    pub const ALL: [Self; 5] = [
        Self::Emergency,
        Self::Urgent,
        Self::Soon,
        Self::Routine,
        Self::SelfCare,
    ];

    /// The contract string.
    pub const fn id(self) -> &'static str {
        match self {
            Self::SelfCare => "self_care",
            Self::Routine => "routine",
            Self::Soon => "soon",
            Self::Urgent => "urgent",
            Self::Emergency => "emergency",
        }
    }

    /// The level the contract string stands for, if it is one.
    pub fn from_id(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.id() == text)
    }

    /// One level less urgent, for a rule that fired only because of doubt:
    /// emergency to urgent, urgent to soon, soon to routine; routine stays routine.
    pub const fn lowered_for_doubt(self) -> Self {
        match self {
            Self::Emergency => Self::Urgent,
            Self::Urgent => Self::Soon,
            Self::Soon | Self::Routine => Self::Routine,
            Self::SelfCare => Self::SelfCare,
        }
    }
}
