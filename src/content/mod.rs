//! Every word the app shows, one catalogue per language. Components never hold text.

mod en;

pub use en::EN;

/// The words of one language. A field per sentence, so a missing translation is a compile
/// error rather than a blank on someone's screen.
#[derive(Debug, PartialEq)]
pub struct Words {
    pub start_title: &'static str,
    pub start_lead: &'static str,
    pub start_button: &'static str,
    pub warning_title: &'static str,
    pub warning_signs: [&'static str; 5],
    pub not_a_diagnosis: &'static str,
}
