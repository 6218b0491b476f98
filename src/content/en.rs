//! English.
//!
//! Written for someone in pain, maybe on a phone in the middle of the night: short
//! sentences, everyday words, "you", calm, and always a next thing to do. Medical words
//! appear once, in brackets, after the plain ones.

use super::{NumberKind, OptionWords, QuestionWords, Words};
use crate::engine::{
    Condition, DailyFunction, Diagnosis, Field, LadderStep, LegPain, LegWeakness, Level, OptionId,
    PainArea, Relief, RuleId,
};
use crate::questionnaire::{AnswerGroup, Choice, DurationUnit, Item, NumberProblem, Page};

pub static EN: Words = Words {
    lang: "en",
    page_title_tag: "backstep: check your back pain",
    switch_language: "Español",

    // --- Start screen (index.html repeats the first six word for word) ---
    start_title: "Check your back pain",
    start_lead: "A few short questions to see whether your back pain needs urgent care, and what step of treatment could come next.",
    start_button: "Start",
    warning_title: "Call your local emergency number (911 in the US) now if you have back pain and:",
    warning_signs: [
        "numbness between your legs or around your bottom or genitals",
        "new trouble passing urine, or leaking urine or stool",
        "pain, numbness or weakness in both legs, or leg weakness that is getting worse",
        "new unsteadiness, or a leg that does not do what you tell it",
        "a sudden severe tearing pain in your back or belly, chest pain, or sudden trouble breathing",
        "a serious injury, such as a road accident or a fall from a height",
    ],
    not_a_diagnosis: "This is not a diagnosis and does not replace a clinician. Your answers stay on this device.",
    emergency_number_label: "Your emergency number:",
    emergency_number_change: "Change",
    emergency_number_save: "Save",
    emergency_number_invalid: "Type your country's emergency number, for example 911, 112, 999 or 000.",
    about_link: "About backstep and its sources",

    // --- Questionnaire ---
    progress: |at, of| format!("Step {at} of {of}"),
    page_title,
    page_intro,
    question,
    item,
    none_of_these: "None of these",
    or_answer_each: "Or answer each one below.",
    choice,
    yes: "Yes",
    no: "No",
    unsure: "Not sure",
    duration_amount_label: "How many",
    duration_unit_label: "Days, weeks or months",
    duration_unit,
    pain_score_low: "0: no pain",
    pain_score_high: "10: the worst pain you can imagine",
    none_tried: "Nothing yet",
    optional_questions: "Optional: what a clinician has told you, and recent scans",
    more_treatments: "Injections and procedures (open if you have had any)",
    option_line,
    next: "Next",
    back: "Back",
    see_result: "See my result",
    problems_title: "Please look at these answers again",
    check_title: "Check your answers",
    check_lead: "Make sure they are right before you see your result. The warning-sign answers come first.",
    change: "Change",
    unanswered: "Please answer this question. If you do not know, choose \"Not sure\".",
    number_problem,

    // --- Emergency panel ---
    emergency_title: "Get emergency help now",
    emergency_do_now: "Call your emergency number now, or go to the nearest emergency department now.",
    emergency_ambulance: "Call for an ambulance. Do not drive yourself, and do not wait for someone to drive you: the ambulance crew can start helping you on the way.",
    emergency_call: |number| format!("Call {number}"),
    emergency_why: "Your answers suggest something that a doctor needs to check now. Getting help straight away gives you the best chance of a good recovery.",
    emergency_while_waiting: [
        "Do not drive yourself.",
        "Take this page or your answers with you if you can.",
        "If things get worse while you wait, call again.",
    ],
    emergency_acknowledge: "More answers will not change this advice. Show the rest of the questions anyway",

    // --- Result ---
    result_title: "Your result",
    level_name,
    level_action,
    level_timeframe,
    level_detail,
    reasons_title: "What in your answers led to this",
    no_reasons: "Nothing in your answers points to a problem that needs a doctor soon.",
    reason,
    condition,
    condition_intro: "A doctor will want to rule out:",
    uncertain_note: "This comes from a \"Not sure\" answer. It still counts until a clinician has checked, and is treated as one step less urgent than a \"Yes\".",
    uncertain_kept_note: "This comes from a \"Not sure\" answer. For a possible problem with the nerves at the base of the spine, with the main blood vessel (the aorta), or with the heart or lungs, not being sure is treated like a \"Yes\": get checked now.",
    warning_signs_title: |number| format!("Call {number} or go to an emergency department now if any of these appear:"),
    emergency_signs: [
        "numbness between your legs or around your bottom or genitals",
        "new trouble peeing, not feeling pee or poo pass, or leaking pee or poo",
        "pain below the knee, numbness or weakness in both legs",
        "loss of feeling in your genitals or of sexual function, together with leg pain or numbness",
        "weakness in a leg or foot that is getting worse",
        "new unsteadiness, or a leg that does not do what you tell it",
        "a temperature of 38 °C (100.4 °F) or more with numbness, weakness or any sign above",
        "sudden severe tearing pain in your back or belly, feeling faint or clammy, or a pulsing in your belly",
        "chest pain or pressure, or sudden shortness of breath",
    ],
    cancer_emergency_sign: "because you said you may have had cancer: new pain shooting down a leg, numbness, weakness, unsteadiness, or leg spasms",
    sources_label: "Sources:",
    ladder_title: "Steps of treatment",
    ladder_discuss: "To discuss with your clinician",
    step_name,
    step_summary,
    you_are_here: "You are here",
    not_started: "Nothing tried yet",
    next_step: "Next step",
    options_title: "Options at the next step",
    repeat_what_helped: "An injection helped you for a while, so having it again is a fair next step. These injections are usually given up to 3 times a year.",
    no_option_fits: "None of these options clearly fits your answers. Ask a clinician which step is right for you.",
    pain_programme: "No procedure at this step clearly fits your answers. Ask a clinician about a pain management programme: a course that combines exercise with help for living with pain.",
    option,
    guideline_note,
    what_helps: "What helps now",
    check_again: "Check again if your back is not better in 2 to 6 weeks. You can run this check again at any time.",
    what_to_expect: "What to expect:",
    pregnancy_pharmacist: "Ask a pharmacist before you take any pain relief. From 20 weeks of pregnancy, do not take anti-inflammatories such as ibuprofen.",
    bring_title: "What to bring to your appointment",
    bring_imaging: "Your recent MRI or CT scan, and the written report that came with it.",
    bring_treatments: "A list of what you have tried for your back, and how much each one helped.",
    bring_medicines: "A list of every medicine you take, including ones you buy without a prescription.",
    print: "Print a summary",
    change_answers: "Change my answers",
    start_over: "Start again",
    start_over_confirm: "Start again? This clears every answer you have given.",
    start_over_yes: "Yes, clear my answers",
    start_over_no: "No, keep my answers",
    incomplete_result: "Some warning-sign questions are not answered yet. Please go back and answer them, so that advice can be shown.",
    returning: &super::returning::RETURNING_EN,

    // --- Printed summary ---
    summary_title: "Back pain check: summary",
    summary_date: "Date:",
    summary_answers: "Your answers",
    summary_not_answered: "Not answered",
    content_version: "Clinical content version",

    // --- About and sources ---
    about_title: "About backstep",
    about_is: [
        "backstep asks you about your back pain and looks for warning signs that need a doctor quickly.",
        "It tells you how soon to get help, and which of your answers led to that.",
        "It shows the usual steps of back pain treatment, and which step could come next, for you to talk over with a clinician.",
    ],
    about_is_not: [
        "It is not a diagnosis: it cannot tell you what is causing your pain.",
        "It does not take the place of a doctor, nurse or physical therapist who can examine you.",
        "It is made for adults. A child or teenager with back pain should see a doctor.",
    ],
    about_rules_title: "How your answers are checked",
    about_rules_intro: "Each rule below looks for one thing in the answers. When it finds it, the rule says how soon to get help. Every rule comes from the medical sources listed with it.",
    about_sources_title: "Sources",
    about_conformance: "How this version does on its clinical test cases: the conformance report",
    about_privacy: "Your answers stay on this device. Nothing is sent anywhere, and nothing is stored: closing the page clears them.",
    close: "Close",
    update_ready: "A new version of backstep is ready.",
    update_now: "Update now",
    update_note: "Updating reloads the page and clears your answers. Print your summary first if you want to keep it.",
    panic_title: "Something went wrong",
    panic_text: "backstep stopped working. Please reload the page to start again. If you have back pain and any of the signs below, do not wait:",
    clinic_offered_by: "Offered by",
    clinic_call: "Call the clinic",
    clinic_book: "Book an appointment",
    offered_here: "Offered here",

    // --- Printed summary: answers grouped for a clinician, and an English copy ---
    summary_group,
    summary_warning_mark: "Warning sign",
    print_english_too: "Print in English too, for the clinician",
    language_label: "Language",
};

fn page_title(page: Page) -> &'static str {
    match page {
        Page::WarningSigns => "Right now, do you have any of these?",
        Page::Nerves => "Since the back pain began, have you noticed any of these?",
        Page::Legs => "Your legs",
        Page::Health => "Does any of this apply to you?",
        Page::YourPain => "Your pain",
        Page::PainPattern => "How the pain behaves",
        Page::Risks => "A little more about you",
        Page::Treatment => "What you have tried",
        Page::Relief => "How much each one helped",
    }
}

fn page_intro(page: Page) -> &'static str {
    match page {
        Page::WarningSigns => "These questions come first because they matter most.",
        Page::Nerves => "These are signs that the nerves at the base of the spine may be squeezed.",
        Page::Legs => "Back problems can press on the nerves that run down into your legs.",
        Page::Health => "A few things about your health change what is safest for you.",
        Page::YourPain => {
            "How long you have had the pain, where it is, and how it affects your day."
        }
        Page::PainPattern => "How the pain changes over the day and over the weeks.",
        Page::Risks => "A few last things that change which treatments are safe for you.",
        Page::Treatment => "This shows which step of treatment could come next.",
        Page::Relief => "This helps show which step of treatment could come next.",
    }
}

fn question(field: Field) -> QuestionWords {
    let (label, hint) = match field {
        Field::Age => ("How old are you?", "In whole years, for example 42."),
        Field::DurationWeeks => (
            "How long have you had this bout of back pain?",
            "Count from when this bout began. Type a number, then choose days, weeks or months.",
        ),
        Field::PainArea => ("Where is your back pain mainly?", "Choose the part that hurts most."),
        Field::PainScore => (
            "How bad was the pain at its worst in the last 24 hours?",
            "",
        ),
        Field::LegPain => (
            "Does the pain spread into a leg?",
            "If both legs hurt, think of the one where the pain goes furthest down.",
        ),
        Field::BothLegs => (
            "Are your leg symptoms in both legs, and is that new or getting worse?",
            "Leg symptoms here means pain below the knee, numbness, or weakness. If you have none of these, answer no.",
        ),
        Field::Worsening => (
            "Is your back pain getting worse over days or weeks?",
            "Answer yes if it is clearly worse now than when it began, not just one bad day.",
        ),
        Field::ConstantNightPain => (
            "Is the pain there all the time when you rest or at night, even when you change position?",
            "Answer no if lying still, or moving into a new position, eases it.",
        ),
        Field::InflammatoryPattern => (
            "Is your back stiff for more than 30 minutes after you get up, and does it ease once you move about?",
            "Answer yes only if both are true.",
        ),
        Field::SaddleNumbness => (
            "Is there numbness or a strange feeling between your legs, around your genitals or around your bottom, that is new or getting worse?",
            "For example, you cannot feel the toilet paper properly when you wipe, or the skin there feels numb, tingly or different.",
        ),
        Field::BladderChange => (
            "Do you have a problem with peeing (passing urine) that is new or getting worse?",
            "For example: it is hard to start or stop, you cannot feel the pee coming out, you leak, or you cannot tell when your bladder is full.",
        ),
        Field::BowelIncontinence => (
            "Have you lost control of your bowels, or lost the feeling when you poo, and is this new or getting worse?",
            "For example, poo leaks out, or you find it in your underwear without having felt it.",
        ),
        Field::SexualDysfunction => (
            "Since the back pain began, have you lost feeling in your genitals, or lost sexual function (not just sex being painful)?",
            "For example, your genitals feel numb, or you have new trouble getting an erection, ejaculating (coming) or having an orgasm.",
        ),
        Field::LegWeakness => (
            "Do you have weakness in a leg or foot?",
            "For example, you trip over your foot, your foot slaps down as you walk, or your knee gives way.",
        ),
        Field::LegNumbness => (
            "Do you have numbness or pins and needles in a leg or foot?",
            "Tingling, prickling, or a patch of skin that feels dull or dead.",
        ),
        Field::LegSpasms => (
            "Do you have strong spasms or stiffness in your legs?",
            "A spasm is when a muscle tightens hard on its own and will not let go.",
        ),
        Field::WalkingDifficulty => (
            "Since the pain began, have you become unsteady on your feet, or does a leg not do what you tell it to (not just walking slowly because it hurts)?",
            "For example, you stagger, lose your balance, or a leg will not move the way you want it to.",
        ),
        Field::MajorTrauma => (
            "Have you recently had a big injury, such as a road accident, a fall from a height, or a hard crash into something or someone?",
            "For example, a car or bike crash, falling off a ladder or down a flight of stairs, or a hard tackle in sport.",
        ),
        Field::MinorTrauma => (
            "Have you recently had a small injury, such as a fall from standing, or a strain while lifting?",
            "For example, slipping over at home, or feeling a sudden twinge as you lifted a bag.",
        ),
        Field::CancerHistory => (
            "Do you have cancer now, or have you had cancer in the past?",
            "Count any cancer, even from long ago. You can leave out a skin cancer that was not melanoma (melanoma is a kind of skin cancer that can spread).",
        ),
        Field::WeightLoss => (
            "Have you lost weight without trying?",
            "For example, your clothes have got loose although you have not changed how you eat or exercise.",
        ),
        Field::Fever => (
            "Since the pain began, have you had a temperature of 38 °C (100.4 °F) or more, or shaking chills?",
            "Shaking chills means shivering hard that you cannot stop, even when you are warm.",
        ),
        Field::IvDrugUse => (
            "Do you inject drugs?",
            "This means drugs that a doctor has not prescribed for you, taken with a needle. Your answer stays on this device.",
        ),
        Field::Immunosuppressed => (
            "Do you take medicines that weaken your immune system, or have an illness that does?",
            "Your immune system is how your body fights germs. For example, chemotherapy (cancer medicine), or medicines taken after an organ transplant.",
        ),
        Field::RecentInfectionOrProcedure => (
            "In the last 3 months, have you had an infection caused by bacteria, an injection or operation on your spine, or a wound on your back?",
            "Bacteria are germs. For example, a urine, skin or chest infection that needed antibiotics.",
        ),
        Field::SteroidUse => (
            "Have you taken steroid tablets for months?",
            "For example, prednisolone or prednisone. Steroid creams and inhalers do not count.",
        ),
        Field::Osteoporosis => (
            "Has a doctor told you that you have thin bones (osteoporosis)?",
            "",
        ),
        Field::VascularWarning => (
            "Do you have sudden, severe, tearing pain in your back or belly, feel faint or clammy, or feel a pulsing in your belly?",
            "Clammy means cold and sweaty skin. Pulsing means a throbbing in your belly, like a heartbeat.",
        ),
        Field::KnownAneurysm => (
            "Has a doctor told you that you have an aortic aneurysm?",
            "An aortic aneurysm is a bulge in the main blood vessel (the aorta) in your belly or chest.",
        ),
        Field::ChestOrBreathing => (
            "Along with the back pain, do you have chest pain or pressure, or have you suddenly become short of breath?",
            "For example, tightness or heaviness in your chest, or struggling to catch your breath.",
        ),
        Field::BellyOrUrine => (
            "Do you have pain in your belly or side together with burning or needing to pee often, or have you seen blood in your pee?",
            "Your side is the area between your lowest ribs and your hip. Blood can make pee look pink, red or brown.",
        ),
        Field::Pregnant => (
            "Are you pregnant, or have you given birth in the last 6 weeks?",
            "If this cannot apply to you, answer no.",
        ),
        Field::DailyFunction => (
            "Can you keep up with your everyday activities?",
            "For example, work or school, looking after yourself or others, shopping and getting about.",
        ),
        Field::SleepDisturbed => ("Does the pain often wake you up or stop you from sleeping?", ""),
        Field::TreatmentsTried => (
            "What have you already tried for this bout of back pain?",
            "Everything, even what did not help.",
        ),
        Field::PtWeeks => (
            "How many weeks of physical therapy have you done?",
            "Physical therapy is also called physiotherapy. Count the weeks so far, for example 4.",
        ),
        Field::Relief => (
            "How much did each one help?",
            "Answer for each thing you ticked.",
        ),
        Field::Diagnosis => (
            "Has a doctor or other clinician told you what is causing your back pain?",
            "Choose what they told you. If they did not say, or you are not sure, choose the first answer.",
        ),
        Field::RecentImaging => (
            "Have you had an MRI or CT scan of your spine in the last year?",
            "These are detailed scans done in a hospital or clinic. A plain X-ray does not count.",
        ),
    };
    QuestionWords { label, hint }
}

/// The label of a choice answer. An exhaustive `match`: a new value is a compile error
/// here, not a blank button.
fn choice(choice: Choice) -> &'static str {
    match choice {
        Choice::PainArea(PainArea::Lower) => "Lower back",
        Choice::PainArea(PainArea::MiddleUpper) => "Middle or upper back",
        Choice::LegPain(LegPain::None) => "No, it stays in my back",
        Choice::LegPain(LegPain::AboveKnee) => "Yes, but not below the knee",
        Choice::LegPain(LegPain::BelowKnee) => "Yes, below the knee (into the calf or foot)",
        Choice::LegWeakness(LegWeakness::None) => "No weakness",
        Choice::LegWeakness(LegWeakness::Stable) => "Yes, and it is staying the same",
        Choice::LegWeakness(LegWeakness::Worsening) => "Yes, and it is getting worse",
        Choice::LegWeakness(LegWeakness::Unsure) => "Not sure",
        Choice::DailyFunction(DailyFunction::Normal) => "Yes, as usual",
        Choice::DailyFunction(DailyFunction::Limited) => "Only some of them, or with difficulty",
        Choice::DailyFunction(DailyFunction::Unable) => "No, I cannot do most of them",
        Choice::Relief(Relief::Good) => "It helped a lot",
        Choice::Relief(Relief::Partial) => "It helped a little, but not enough",
        Choice::Relief(Relief::None) => "It did not help",
        Choice::Relief(Relief::Temporary) => "It helped, then wore off",
        Choice::Diagnosis(Diagnosis::NoneKnown) => "No, or I do not know",
        Choice::Diagnosis(Diagnosis::HerniatedDisc) => "A slipped or bulging disc (herniated disc)",
        Choice::Diagnosis(Diagnosis::SpinalStenosis) => "Narrowing of the space around the nerves in the spine (spinal stenosis)",
        Choice::Diagnosis(Diagnosis::FacetArthritis) => "Wear and tear of the small joints of the spine (facet arthritis)",
        Choice::Diagnosis(Diagnosis::DegenerativeDisc) => "Wear and tear of the discs, the cushions between the spine bones (degenerative disc disease)",
        Choice::Diagnosis(Diagnosis::CompressionFracture) => "A spine bone that has cracked and squashed down (compression fracture)",
    }
}

fn duration_unit(unit: DurationUnit) -> &'static str {
    match unit {
        DurationUnit::Days => "days",
        DurationUnit::Weeks => "weeks",
        DurationUnit::Months => "months",
    }
}

fn number_problem(field: Field, problem: NumberProblem) -> String {
    let number = NumberKind::of(field);
    match (number, problem) {
        (NumberKind::Age, NumberProblem::Missing) => "Please type your age in whole years.".into(),
        (NumberKind::Age, NumberProblem::NotANumber) => {
            "Type your age in digits only, for example 42.".into()
        }
        (NumberKind::Age, NumberProblem::NotWhole) => {
            "Type your age in whole years, with no decimal point, for example 42.".into()
        }
        (NumberKind::Age, NumberProblem::OutOfRange { min, max }) => {
            format!("Type an age in whole years from {min} to {max}.")
        }
        (NumberKind::Duration, NumberProblem::Missing) => {
            "Please type how long you have had this pain, as a number of days, weeks or months.".into()
        }
        (NumberKind::Duration, NumberProblem::NotANumber) => {
            "Type a number of days, weeks or months in digits, 0 or more, for example 3.".into()
        }
        (NumberKind::Duration, NumberProblem::NotWhole) => {
            "Type a whole number of days, weeks or months, for example 3.".into()
        }
        (NumberKind::Duration, NumberProblem::OutOfRange { min, max }) => {
            format!("Type a number of days, weeks or months from {min} to {max}.")
        }
        (NumberKind::TherapyWeeks, NumberProblem::Missing) => {
            "Please type how many weeks of physical therapy you have done. Type 0 if you have not started.".into()
        }
        (NumberKind::TherapyWeeks, NumberProblem::NotANumber) => {
            "Type a number of weeks in digits, 0 or more, for example 4.".into()
        }
        (NumberKind::TherapyWeeks, NumberProblem::NotWhole) => {
            "Type a whole number of weeks, for example 4.".into()
        }
        (NumberKind::TherapyWeeks, NumberProblem::OutOfRange { min, max }) => {
            format!("Type a number of weeks from {min} to {max}.")
        }
        (NumberKind::Other, NumberProblem::Missing) => "Please type a number.".into(),
        (NumberKind::Other, NumberProblem::NotANumber) => {
            "Type a number in digits only, for example 3.".into()
        }
        (NumberKind::Other, NumberProblem::NotWhole) => {
            "Type a whole number, with no decimal point.".into()
        }
        (NumberKind::Other, NumberProblem::OutOfRange { min, max }) => {
            format!("Type a number from {min} to {max}.")
        }
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Emergency",
        Level::Urgent => "Urgent",
        Level::Soon => "Soon",
        Level::Routine => "Routine",
        Level::SelfCare => "Self-care",
    }
}

fn level_action(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Call your emergency number now or go to the nearest emergency department now.",
        Level::Urgent => "See a doctor today.",
        Level::Soon => "Book an appointment with a doctor within the next few days, and no later than a week from now.",
        Level::Routine => "Book a routine appointment with a doctor or a spine specialist in the next few weeks.",
        Level::SelfCare => "Look after your back at home for now, and check again if it is not better in 2 to 6 weeks.",
    }
}

fn level_timeframe(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Now",
        Level::Urgent => "Today",
        Level::Soon => "Within a week",
        Level::Routine => "In the next few weeks",
        Level::SelfCare => "Check again in 2 to 6 weeks",
    }
}

fn level_detail(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Your answers suggest something that a doctor needs to check now. Do not wait to see if it passes.",
        Level::Urgent => "Go to an urgent care centre, get a same-day appointment with your doctor, or call an out-of-hours service. If a warning sign below appears before then, call your emergency number.",
        Level::Soon => "Your answers suggest something a doctor should look at, though it does not need to be today. If it gets worse, get help sooner.",
        Level::Routine => "Nothing in your answers needs urgent care, but a doctor should look at your back. Until then, keep gently active.",
        Level::SelfCare => "Nothing in your answers needs a doctor right now, and most back pain gets better by itself. Keep moving gently: staying in bed makes healing slower.",
    }
}

fn reason(rule: RuleId) -> &'static str {
    match rule {
        RuleId::CaudaEquina => "You said you have numbness between your legs or around your bottom, or a new problem with peeing or with your bowels.",
        RuleId::BilateralLegSymptoms => "You said you have symptoms in both legs, such as pain below the knee, numbness or weakness, that are new or getting worse.",
        RuleId::CesSexualWithLegSymptoms => "You said you have lost feeling in your genitals or lost sexual function, and you also have symptoms in your legs.",
        RuleId::ProgressiveWeakness => "You said a leg or foot is weak, and the weakness is getting worse.",
        RuleId::GaitDisturbance => "You said you have become unsteady on your feet, or a leg does not do what you tell it to.",
        RuleId::CancerWithNeuro => "You said you have or have had cancer, and you also have signs that a nerve may be pressed, such as pain below the knee, numbness or weakness.",
        RuleId::MajorTrauma => "You said you recently had a big injury, such as a road accident or a fall from a height.",
        RuleId::InfectionWithNeuro => "You said you have had a fever, and you also have nerve symptoms such as numbness, weakness, unsteadiness, or changes in peeing or pooing.",
        RuleId::InfectionRiskWithFever => "You said you have had a fever, together with something that makes an infection more likely: injecting drugs, a weak immune system, or a recent infection, spine injection, operation or wound.",
        RuleId::Vascular => "You said you have sudden, severe, tearing pain, feel faint or clammy, or feel a pulsing in your belly.",
        RuleId::KnownAneurysm => "You said a doctor has told you that you have an aortic aneurysm: with back pain, it needs checking now.",
        RuleId::ChestOrBreathing => "You said you have chest pain or pressure, or sudden shortness of breath, along with the back pain.",
        RuleId::Fever => "You said you have had a temperature of 38 °C (100.4 °F) or more, or shaking chills, since the pain began.",
        RuleId::CancerWithSpinalPainFeatures => "You said you have or have had cancer, and your back pain has a feature that needs checking today: it is in your middle or upper back, getting worse, there all the time at rest or at night, or very bad.",
        RuleId::InfectionRiskWithProgression => "You said something makes an infection more likely (injecting drugs, a weak immune system, or a recent infection or spine procedure), and the pain is getting worse or is there all the time at rest. An infection in the spine does not always cause a fever.",
        RuleId::CancerHistory => "You said you have cancer now or have had it in the past, so your back should be checked by a doctor.",
        RuleId::BellyOrUrine => "You said you have pain in your belly or side with burning or frequent peeing, or blood in your pee.",
        RuleId::StableWeakness => "You said a leg or foot is weak, even though it is not getting worse.",
        RuleId::LegSpasms => "You said you have strong spasms or stiffness in your legs.",
        RuleId::FragilityFracture => "You said you had a small injury, and your bones may break more easily: you have thin bones, take steroid tablets, or are 70 or older.",
        RuleId::FractureRiskSeverePain => "You said you have thin bones or have taken steroid tablets for months, and your pain is very bad, 8 or more out of 10: a spine bone may have cracked, even without a fall.",
        RuleId::SexualDysfunction => "You said you have lost some feeling in your genitals, or some sexual function, since the pain began.",
        RuleId::MultipleRiskFactors => "Several things in your answers add up, even though each alone would be less worrying.",
        RuleId::SeverePainDisabling => "You said your pain is very bad, 8 or more out of 10, and you cannot do most of your everyday activities.",
        RuleId::Age70Plus => "You are 70 or older: back pain at this age is checked more carefully.",
        RuleId::AgeUnder20 => "You are under 20: back pain is less common at this age, so it is checked more carefully.",
        RuleId::WeightLoss => "You said you have lost weight without trying.",
        RuleId::NightPain => "You said the pain is there all the time at rest or at night, even when you change position.",
        RuleId::ThoracicPain => "You said the pain is mainly in your middle or upper back, which is checked more carefully than low back pain.",
        RuleId::Immunosuppressed => "You said you take medicines, or have an illness, that weaken your immune system.",
        RuleId::SteroidUse => "You said you have taken steroid tablets for months, which can make bones thinner.",
        RuleId::Osteoporosis => "You said you have been told you have thin bones (osteoporosis).",
        RuleId::IvDrugUse => "You said you inject drugs, which makes an infection in the spine a little more likely.",
        RuleId::LegNumbness => "You said you have numbness or pins and needles in a leg or foot.",
        RuleId::Pregnancy => "You said you are pregnant or gave birth in the last 6 weeks, so medicines and treatments need a clinician's advice.",
        RuleId::PersistentPain => "You said the pain has lasted 6 weeks or more.",
        RuleId::Worsening => "You said the pain is getting worse over days or weeks.",
        RuleId::FunctionLimited => "You said the pain has made everyday activities hard for 2 weeks or more.",
        RuleId::SleepDisturbed => "You said the pain often wakes you or stops you sleeping, and it has lasted 2 weeks or more.",
        RuleId::SeverePain => "You said your worst pain is 8 or more out of 10, so your pain relief should be looked at again.",
        RuleId::PersistentSciatica => "You said the pain goes down below your knee, and it has lasted 4 weeks or more.",
        RuleId::InflammatoryBackPain => "The pain began before you were 45, has lasted 12 weeks or more, and your back is stiff for over 30 minutes in the morning, easing as you move.",
    }
}

fn condition(condition: Condition) -> &'static str {
    match condition {
        Condition::CaudaEquinaSyndrome => "pressure on the nerves at the bottom of the spine (cauda equina syndrome)",
        Condition::ProgressiveNeurologicalDeficit => "pressure on a nerve or the spinal cord that is getting worse (progressive neurological deficit)",
        Condition::SpinalCordCompression => "pressure on the spinal cord (spinal cord compression)",
        Condition::SpinalFracture => "a broken bone in the spine (spinal fracture)",
        Condition::SpinalInfection => "a possible infection in the spine",
        Condition::AorticAneurysm => "a problem with the main blood vessel in the belly (aortic aneurysm)",
        Condition::HeartOrLungCause => "a problem with the heart or lungs",
        Condition::SpinalMalignancy => "something more serious, such as a growth affecting the spine",
        Condition::KidneyOrAbdominalCause => "a kidney infection or another problem inside the belly",
        Condition::NerveRootCompression => "a pinched nerve in the lower back (nerve root compression)",
        Condition::CompressionFracture => "a spine bone that has cracked and squashed down (compression fracture)",
        Condition::SeriousPathologyRisk => "a less common but more serious cause of back pain",
        Condition::AxialSpondyloarthritis => "a long-term condition that makes the joints of the spine swollen and stiff (axial spondyloarthritis)",
    }
}

fn step_name(step: LadderStep) -> &'static str {
    match step {
        LadderStep::SelfCare => "Self-care",
        LadderStep::Conservative => "Physical therapy and medicines",
        LadderStep::Interventional => "Injections",
        LadderStep::Advanced => "Minimally invasive procedures",
        LadderStep::SurgicalConsult => "A surgeon's opinion",
    }
}

fn step_summary(step: LadderStep) -> &'static str {
    match step {
        LadderStep::SelfCare => "Keep moving, use heat or ice, and take pain relief from a pharmacy.",
        LadderStep::Conservative => "Physical therapy, medicines from a doctor, and other hands-on or calming care (conservative care).",
        LadderStep::Interventional => "Medicine injected near the sore nerve or joint, guided by X-ray, to calm pain and swelling.",
        LadderStep::Advanced => "Small procedures through a needle or a tiny cut (minimally invasive), when injections have not been enough.",
        LadderStep::SurgicalConsult => "Talking with a surgeon about an operation. This is the last resort: only about 1 in 20 people need surgery.",
    }
}

fn option(option: OptionId) -> OptionWords {
    let (name, what, expect) = match option {
        OptionId::ActivityAndSelfCare => (
            "Staying active",
            "Keep up your normal day as much as you can, pacing yourself and resting in short breaks. Lying in bed for days makes healing slower.",
            "Gentle movement, such as short walks, is a good start. Build up a little each day. Most back pain gets better by itself.",
        ),
        OptionId::HeatIce => (
            "Heat or ice",
            "A warm pack relaxes tight muscles and helps blood flow. A cold pack numbs the sore area and eases swelling.",
            "Use it for short spells, a few times a day, whichever feels better. Always put a cloth between the pack and your skin.",
        ),
        OptionId::OtcPainRelief => (
            "Pain relief from a pharmacy",
            "Medicines you can buy without a prescription, such as anti-inflammatories like ibuprofen, which ease pain and swelling.",
            "They can ease the pain enough for you to keep moving. Follow the packet, and ask a pharmacist first if you take other medicines or have stomach, kidney or heart problems.",
        ),
        OptionId::PhysicalTherapy => (
            "Physical therapy (physiotherapy)",
            "A physical therapist teaches you exercises that stretch and strengthen your back and the muscles around your middle (your core). They may also use heat, ice, ultrasound or TENS (a small machine that sends gentle electric pulses) to ease pain.",
            "A course usually lasts 6 to 12 weeks, and most people notice clear progress within the first month. The exercises also help stop the pain coming back.",
        ),
        OptionId::PrescriptionMedication => (
            "Prescription medicines",
            "Medicines a doctor prescribes and keeps an eye on, such as stronger anti-inflammatories, muscle relaxants (for spasms), or medicines for nerve pain.",
            "Your doctor chooses the dose, checks for side effects, and tells you how long to take them.",
        ),
        OptionId::Chiropractic => (
            "Chiropractic or osteopathic care",
            "A chiropractor or osteopath uses their hands to move and press on your spine (spinal manipulation), to help it move better and take pressure off nerves.",
            "It is usually a series of short sessions. Tell them about any health problems first. Many health insurers do not pay for it, so check before you start.",
        ),
        OptionId::Acupuncture => (
            "Acupuncture",
            "Very thin needles are placed in the skin at chosen points to help ease pain.",
            "The needles are fine, and most people feel little from them. It helps some people a lot and others less, and is usually given over several sessions.",
        ),
        OptionId::Massage => (
            "Massage",
            "Hands-on work on the muscles of your back to loosen tight spots, ease spasms and help blood flow.",
            "It should feel relaxing, not painful. It works best alongside exercise and staying active.",
        ),
        OptionId::YogaTaiChi => (
            "Yoga or tai chi",
            "Slow, gentle exercise that mixes stretching, balance and calm breathing, to make your back stronger and more flexible.",
            "Start with a beginners' class and a qualified teacher, and tell them about your back. The benefit builds up over weeks of regular practice, and it is a skill you keep.",
        ),
        OptionId::Mindfulness => (
            "Mindfulness and relaxation",
            "Simple ways to calm your mind, such as slow breathing and meditation. They can make pain feel less strong and ease the stress and low mood that long pain can bring.",
            "You can learn it from a course, a class or an app. It takes regular practice, a few minutes a day, and you can do it anywhere.",
        ),
        OptionId::EpiduralSteroidInjection => (
            "Epidural steroid injection",
            "A doctor injects a steroid (a strong medicine against swelling) and a numbing medicine into the space around the nerves in your spine, guided by X-ray. It is used for pain that shoots down the leg.",
            "It is a short visit and you go home the same day. Relief usually starts within 1 to 2 days and can last days, weeks or months. It can be given up to 3 times a year.",
        ),
        OptionId::SelectiveNerveRootBlock => (
            "Nerve root block",
            "An injection of numbing medicine and a medicine against swelling next to one nerve, where it leaves the spine, guided by X-ray. It can ease the pain and also show which nerve is causing it.",
            "The numbness wears off within a few hours. The medicine against swelling can take a few days to work fully. Repeat injections sometimes work better each time.",
        ),
        OptionId::FacetJointBlock => (
            "Facet joint injection",
            "An injection of numbing medicine and a steroid into one of the small joints that link the bones of your spine (facet joints). It can ease pain and show whether that joint is the cause.",
            "The numbness wears off in a few hours, and the steroid works fully within 1 to 2 days. If the pain comes back, it can be repeated, usually up to 3 times a year.",
        ),
        OptionId::TriggerPointInjection => (
            "Trigger point injection",
            "An injection into a tight, sore knot in a back muscle (a trigger point), to help the muscle relax.",
            "It is quick and done in a clinic. It is meant for pain that comes from a muscle rather than from a nerve or joint.",
        ),
        OptionId::RadiofrequencyAblation => (
            "Radiofrequency ablation",
            "A needle, warmed by radio waves, is placed on the tiny nerves that carry pain from the facet joints, so they stop sending pain signals. It is for people whose facet joint injections helped, but only for a while.",
            "It is done through a needle with numbing medicine and sometimes a mild medicine to relax you, guided by X-ray. You usually go home the same day, and recovery takes from a few minutes to a few days.",
        ),
        OptionId::VertebroplastyKyphoplasty => (
            "Vertebroplasty or kyphoplasty",
            "Bone cement is put through a needle into a spine bone that has cracked and squashed down, to hold it steady while it heals. In kyphoplasty, a tiny balloon first makes room for the cement.",
            "It is guided by X-ray. You may stay a few hours, or sometimes overnight. Recovery takes from a few minutes to a few days.",
        ),
        OptionId::SpinalCordStimulation => (
            "Spinal cord stimulation",
            "Thin wires are placed near the spinal cord through a needle. They send gentle electrical signals that reduce the pain messages reaching the brain. It is for pain that has lasted 6 months or more when other treatments have not helped enough.",
            "You may stay a few hours, or sometimes overnight. Recovery takes from a few minutes to a few days, and you will have regular check-ups afterwards.",
        ),
        OptionId::TargetedDrugDelivery => (
            "Pain medicine pump",
            "A thin tube carries pain medicine from a small pump straight into the fluid around the spinal cord (targeted drug delivery). This needs a much smaller dose than tablets.",
            "It is for long-lasting pain when other treatments have not helped enough. You will have regular check-ups to see how it is working.",
        ),
        OptionId::InterspinousSpacer => (
            "Interspinous spacer",
            "A small spacer is placed between two spine bones through a small cut, to hold them apart and take pressure off pinched nerves. It is for narrowing around the nerves (spinal stenosis).",
            "You may stay a few hours, or sometimes overnight. Recovery usually takes from a few minutes to a few days.",
        ),
        OptionId::PercutaneousDiscectomy => (
            "Disc treatment through a needle",
            "A needle is passed through the skin of your back into a bulging disc to remove part of it, so the bulge shrinks and presses less on the nerve (percutaneous discectomy). It is for a slipped disc.",
            "There is no big cut, only a needle. You may stay a few hours, or sometimes overnight. Recovery usually takes from a few minutes to a few days.",
        ),
        OptionId::SurgicalConsultation => (
            "Seeing a spine surgeon",
            "A surgeon looks at your scans and your story and tells you whether an operation could help, such as removing part of a disc, making more room for the nerves, or joining spine bones together.",
            "Surgery is the last resort: more than 9 in 10 people get better without it, and only about 1 in 20 need it. Seeing a surgeon does not mean you must have an operation. It helps you weigh up your choices.",
        ),
    };
    OptionWords { name, what, expect }
}

/// The plain-words note on an option a guideline does not recommend; empty for the others.
fn guideline_note(option: OptionId) -> &'static str {
    match option {
        OptionId::Acupuncture => "NICE, the UK guideline body, does not recommend acupuncture for low back pain, with or without sciatica. Some clinics still offer it.",
        OptionId::FacetJointBlock => "NICE, the UK guideline body, does not recommend spinal injections for low back pain. It supports the nerve treatment that can follow (radiofrequency ablation) only after a test injection on the nerves to the joint has helped.",
        OptionId::TriggerPointInjection => "NICE, the UK guideline body, does not recommend injections for low back pain. Some clinics still offer them.",
        _ => "",
    }
}

/// A screening item: one thing each, short, read under its group's question.
fn item(item: Item) -> QuestionWords {
    let (label, hint) = match item {
        Item::TearingPain => (
            "Sudden, severe pain in your back or belly that feels like tearing inside",
            "",
        ),
        Item::FaintOrClammy => (
            "Feeling faint, or clammy (cold, sweaty skin)",
            "",
        ),
        Item::PulsingBelly => (
            "A pulsing feeling in your belly, like a heartbeat",
            "",
        ),
        Item::ChestPain => (
            "Chest pain, pressure or tightness",
            "",
        ),
        Item::Breathless => (
            "Sudden shortness of breath",
            "",
        ),
        Item::KnownAneurysm => (
            "A doctor has told you that you have an aortic aneurysm (a bulge in the main blood vessel)",
            "",
        ),
        Item::SaddleNumbness => (
            "New numbness or a strange feeling between your legs, around your genitals or bottom",
            "For example, you cannot feel the toilet paper properly when you wipe.",
        ),
        Item::Bladder => (
            "New trouble peeing: hard to start or stop, not feeling it, or leaking",
            "",
        ),
        Item::Bowel => (
            "New loss of control of your bowels, or not feeling when you poo",
            "",
        ),
        Item::SexualFunction => (
            "New loss of feeling in your genitals, or of sexual function (not just sex being painful)",
            "",
        ),
        Item::LegPain => (
            "Pain that spreads from your back into a leg",
            "",
        ),
        Item::BelowKnee => (
            "Does the leg pain go below the knee, into the calf or foot?",
            "If both legs hurt, think of the one where it goes furthest down.",
        ),
        Item::LegNumbness => (
            "Numbness or pins and needles in a leg or foot",
            "",
        ),
        Item::LegWeakness => (
            "Weakness in a leg or foot",
            "For example, you trip over your foot, or your knee gives way.",
        ),
        Item::WeaknessWorse => (
            "Is the weakness getting worse?",
            "",
        ),
        Item::BothLegs => (
            "Are these leg symptoms in both legs, and is that new or getting worse?",
            "",
        ),
        Item::LegSpasms => (
            "Strong spasms or stiffness in your legs",
            "",
        ),
        Item::Unsteady => (
            "New unsteadiness, or a leg that does not do what you tell it (not just walking slowly because it hurts)",
            "",
        ),
        Item::Fever => (
            "A temperature of 38 °C (100.4 °F) or more, or shaking chills, since the pain began",
            "",
        ),
        Item::Cancer => (
            "Cancer now or in the past (not counting a skin cancer that was not melanoma)",
            "",
        ),
        Item::InjectsDrugs => (
            "You inject drugs",
            "",
        ),
        Item::WeakImmunity => (
            "Medicines or an illness that weaken your immune system, such as chemotherapy",
            "",
        ),
        Item::RecentInfection => (
            "In the last 3 months: an infection treated with antibiotics, an injection or operation on your spine, or a wound on your back",
            "",
        ),
        Item::BigInjury => (
            "A recent big injury: a road accident, a fall from a height, or a hard crash",
            "",
        ),
        Item::BellyOrUrine => (
            "Pain in your belly or side with burning or frequent peeing, or blood in your pee",
            "",
        ),
        Item::Worsening => (
            "The pain is getting worse over days or weeks",
            "",
        ),
        Item::NightPain => (
            "Constant pain at rest or at night that changing position does not ease",
            "",
        ),
        Item::MorningStiffness => (
            "Stiffness for more than 30 minutes after you get up, that eases once you move",
            "",
        ),
        Item::SleepDisturbed => (
            "The pain often wakes you or stops you sleeping",
            "",
        ),
        Item::SmallInjury => (
            "A recent small injury: a fall from standing, or a strain while lifting",
            "",
        ),
        Item::SteroidTablets => (
            "Steroid tablets taken for months, such as prednisolone (not creams or inhalers)",
            "",
        ),
        Item::Osteoporosis => (
            "A doctor has told you that you have thin bones (osteoporosis)",
            "",
        ),
        Item::Pregnant => (
            "You are pregnant, or gave birth in the last 6 weeks",
            "",
        ),
        Item::WeightLoss => (
            "Weight loss without trying",
            "",
        ),
    };
    QuestionWords { label, hint }
}

/// One plain line about each treatment, for the list of what was tried.
fn option_line(option: OptionId) -> &'static str {
    match option {
        OptionId::ActivityAndSelfCare => "Keeping up your normal day, with short rests",
        OptionId::HeatIce => "A warm or cold pack on your back",
        OptionId::OtcPainRelief => {
            "Such as ibuprofen or paracetamol, bought without a prescription"
        }
        OptionId::PhysicalTherapy => "Exercises with a physical therapist (physiotherapist)",
        OptionId::PrescriptionMedication => "Medicines a doctor prescribed for the pain",
        OptionId::Chiropractic => "Spine manipulation by a chiropractor or osteopath",
        OptionId::Acupuncture => "Very thin needles placed in the skin",
        OptionId::Massage => "Hands-on work on the back muscles",
        OptionId::YogaTaiChi => "Slow stretching and balance classes",
        OptionId::Mindfulness => "Breathing, meditation or relaxation to ease pain",
        OptionId::EpiduralSteroidInjection => "An injection near the nerves for pain down the leg",
        OptionId::SelectiveNerveRootBlock => {
            "An injection next to one nerve where it leaves the spine"
        }
        OptionId::FacetJointBlock => "An injection into a small joint of the spine",
        OptionId::TriggerPointInjection => "An injection into a tight knot in a back muscle",
        OptionId::RadiofrequencyAblation => {
            "Heat from a needle to quieten the nerves of a spine joint"
        }
        OptionId::VertebroplastyKyphoplasty => "Bone cement put into a cracked spine bone",
        OptionId::SpinalCordStimulation => "Thin wires near the spinal cord that calm pain signals",
        OptionId::TargetedDrugDelivery => {
            "A small pump that sends pain medicine near the spinal cord"
        }
        OptionId::InterspinousSpacer => "A small spacer between spine bones to free a nerve",
        OptionId::PercutaneousDiscectomy => "Part of a bulging disc removed through a needle",
        OptionId::SurgicalConsultation => "An operation on the spine",
    }
}

/// The heading over one group of answers on the printed summary.
fn summary_group(group: AnswerGroup) -> &'static str {
    match group {
        AnswerGroup::WarningSigns => "Warning signs",
        AnswerGroup::AboutThePain => "About the pain",
        AnswerGroup::HealthAndRisks => "Health and risks",
        AnswerGroup::Treatments => "Treatments tried and earlier care",
    }
}
