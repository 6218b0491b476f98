//! English.

use super::Words;

pub static EN: Words = Words {
    start_title: "Check your back pain",
    start_lead: "A few short questions to see whether your back pain needs urgent care, and what step of treatment could come next.",
    start_button: "Start",
    warning_title: "Call your local emergency number (911 in the US) now if you have back pain and:",
    warning_signs: [
        "numbness between your legs or around your bottom or genitals",
        "new trouble passing urine, or leaking urine or stool",
        "weakness in your legs that is getting worse, or trouble walking",
        "a high fever, or a sudden severe tearing pain in your back or belly",
        "chest pain or sudden trouble breathing",
    ],
    not_a_diagnosis: "This is not a diagnosis and does not replace a clinician. Your answers stay on this device.",
};
