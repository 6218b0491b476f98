//! The session: what fills the screen (the start screen, the questionnaire, the about view,
//! the diary), what the person chose to keep on this device, and the one reducer above the
//! questionnaire's, which it nests (`Action::Questionnaire`).
//!
//! Pure Rust like the engine and the questionnaire (no yew, no web-sys), so the whole app's
//! flow is tested natively. The questionnaire knows nothing of this layer; `returning`
//! reads and rebuilds a questionnaire; this layer ties the two together.

use crate::engine::Assessment;
use crate::locale::EmergencyNumber;
use crate::questionnaire::{self, Page, Step};
use crate::returning::{Day, DiaryEntry, Kept, KeptQuestionnaire};

/// What fills the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Start,
    Questions(Page),
    /// "Check your answers", before the result.
    Check,
    Result,
    About,
    /// Today's diary entry, and the chart and table of the weeks before.
    Diary,
}

impl From<Step> for Screen {
    fn from(step: Step) -> Screen {
        match step {
            Step::Questions(page) => Screen::Questions(page),
            Step::Check => Screen::Check,
            Step::Result => Screen::Result,
        }
    }
}

impl Screen {
    /// A name for the screen in the browser's history: which step, never an answer.
    pub fn id(self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::About => "about".into(),
            Screen::Diary => "diary".into(),
            Screen::Questions(page) => Step::Questions(page).id(),
            Screen::Check => Step::Check.id(),
            Screen::Result => Step::Result.id(),
        }
    }

    /// The screen a history entry names, if it names one.
    pub fn from_id(id: &str) -> Option<Screen> {
        match id {
            "start" => Some(Screen::Start),
            "about" => Some(Screen::About),
            "diary" => Some(Screen::Diary),
            _ => Step::from_id(id).map(Screen::from),
        }
    }
}

/// Where the person is: the questionnaire's own step is the questionnaire's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Place {
    #[default]
    Start,
    Questionnaire,
    About,
    Diary,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// An answer, or a step within the questionnaire.
    Questionnaire(questionnaire::Action),
    /// From the start screen: the questionnaire's first page.
    Start,
    /// Back from whatever is on screen (the questionnaire's first page goes to the start).
    Back,
    /// A screen the browser's history names.
    Show(Screen),
    /// "Start again" was asked for: it waits for the person to confirm.
    AskStartOver,
    CancelStartOver,
    /// Every answer gone from memory; what the person chose to keep stays kept.
    StartOver,
    ShowAbout,
    CloseAbout,
    SetEmergencyNumber(EmergencyNumber),
    /// What an earlier visit kept, found on the device at start-up.
    Found(Box<Kept>),
    /// A record was found that this copy cannot read: set aside, never overwritten.
    FoundUnreadable,
    /// The person said yes to keeping their answers on this device.
    Keep,
    /// What became of the last write: kept (true) or not (false).
    KeptOnDevice(bool),
    AskForget,
    CancelForget,
    ForgetEverything,
    /// From the start screen: the kept questionnaire, where it was left.
    Continue,
    /// From the start screen: the kept answers, at "Check your answers", to change what
    /// has changed and see a new result.
    CheckAgain,
    /// The diary, on the person's local day as it is now (the page may have been open
    /// since yesterday).
    ShowDiary(Day),
    /// Today's diary entry. Worse than the one before: the warning signs are asked again.
    AddDiaryEntry(DiaryEntry),
}

impl From<questionnaire::Action> for Action {
    fn from(action: questionnaire::Action) -> Action {
        Action::Questionnaire(action)
    }
}

/// A change the app's one status region says aloud, where focus does not already take the
/// person to it: said once, and cleared by the next step the person takes, so the same
/// change made again is said again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    /// "Start again" was confirmed: every answer is cleared.
    StartedAgain,
    /// "Forget everything" was confirmed: nothing is left on the device.
    Forgotten,
    /// The answers the person asked to keep are on the device (the browser committed them).
    Kept,
    /// A record found at start-up could not be read: it is set aside, never written over.
    SetAside,
}

impl Action {
    /// Whether this action is the person moving on (a new screen, an answer, a new
    /// question asked of them): what the status region said is no longer news.
    fn moves_on(&self) -> bool {
        !matches!(
            self,
            Action::SetEmergencyNumber(_)
                | Action::Found(_)
                | Action::FoundUnreadable
                | Action::KeptOnDevice(_)
                | Action::StartOver
                | Action::ForgetEverything
        )
    }
}

/// What the person chose to keep on this device, and what is needed to keep it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keeping {
    /// Keeping is offered here: the standalone page or the installed app, never a clinic's
    /// widget (a guest does not store anything on its host's site).
    pub offered: bool,
    /// What is kept, once the person said yes (or found from an earlier visit).
    pub kept: Option<Kept>,
    /// A record found on the device could not be read; it is set aside until forgotten.
    pub set_aside: bool,
    pub confirming_forget: bool,
    /// The person's local day (results and diary entries are dated with it).
    pub today: Day,
    /// A diary entry was saved today and not found worse: the diary says so once it is on
    /// the device.
    pub saved_entry: bool,
    /// The entry saved is on the device: a write that holds it was committed. Until then the
    /// diary does not say it is saved (the write may yet fail).
    pub entry_on_device: bool,
    /// Everything was just forgotten: the start screen says so.
    pub forgotten: bool,
    /// How many times the person chose "Forget everything": each is erased from the device.
    pub erasures: u32,
    /// The last write failed: nothing on screen says "kept" until one succeeds.
    pub save_failed: bool,
    /// What is kept is on the device: found there, or written and committed.
    pub on_device: bool,
    /// The person has just said yes to keeping, on this screen: the part that says what is
    /// kept takes focus when it replaces the offer.
    pub just_kept: bool,
}

/// Whether this build can keep anything at all. The guest build (the widget and the iframe
/// page) never does: with this constant false, its wasm leaves the keeping code out.
pub const KEEPING_BUILT: bool = !cfg!(feature = "guest");

impl Keeping {
    /// Whether keeping is offered here, in this build and on this page.
    pub fn is_offered(&self) -> bool {
        KEEPING_BUILT && self.offered
    }

    /// Whether anything is on the device for "Forget everything" to erase.
    pub fn has_anything(&self) -> bool {
        self.is_offered() && (self.kept.is_some() || self.set_aside)
    }
}

/// The whole app's state: answers in memory only, and what is kept at the person's request.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub place: Place,
    pub questionnaire: questionnaire::State,
    /// Where "back" from the about view or the diary goes: where the person opened it.
    pub opened_from: Place,
    /// The number to call in an emergency: a real one, checked where it came in.
    pub emergency_number: EmergencyNumber,
    /// "Start again" was asked for and waits for the person to confirm.
    pub confirming_start_over: bool,
    pub keeping: Keeping,
    /// What the status region says now, if anything.
    pub announcement: Option<Announcement>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new(EmergencyNumber::DEFAULT)
    }
}

impl Session {
    pub fn new(emergency_number: EmergencyNumber) -> Session {
        Session {
            place: Place::Start,
            questionnaire: questionnaire::State::default(),
            opened_from: Place::Start,
            emergency_number,
            confirming_start_over: false,
            keeping: Keeping::default(),
            announcement: None,
        }
    }

    /// What fills the screen (the emergency panel aside: see `shows_emergency_panel`).
    pub fn screen(&self) -> Screen {
        match self.place {
            Place::Start => Screen::Start,
            Place::Questionnaire => self.questionnaire.step.into(),
            Place::About => Screen::About,
            Place::Diary => Screen::Diary,
        }
    }

    /// Whether the emergency panel fills the screen now: an emergency rule fired that the
    /// person has not read, and they are in the questionnaire (never over the start screen
    /// or the about view they chose to open).
    pub fn shows_emergency_panel(&self, assessment: &Assessment) -> bool {
        self.place == Place::Questionnaire
            && !self
                .questionnaire
                .unacknowledged_emergency(assessment)
                .is_empty()
    }

    /// What the start screen offers from what is kept: "Continue" when a questionnaire was
    /// left part-way or at its result, "Check again" when it has answers.
    pub fn kept_questionnaire(&self) -> Option<&KeptQuestionnaire> {
        self.keeping.kept.as_ref()?.questionnaire.as_ref()
    }

    /// Applies one action. Never panics, whatever the action.
    pub fn apply(&mut self, action: Action) {
        if action.moves_on() {
            self.announcement = None;
            self.keeping.just_kept = false;
        }
        match action {
            Action::Back | Action::Questionnaire(questionnaire::Action::Back) => self.back(),
            Action::Questionnaire(action) => {
                if self.place == Place::Questionnaire {
                    self.answer(action);
                }
            }
            Action::Start => {
                self.place = Place::Questionnaire;
                self.answer(questionnaire::Action::Show(Step::default()));
            }
            Action::Show(screen) => match screen {
                Screen::Start => self.go(Place::Start),
                Screen::About => self.apply(Action::ShowAbout),
                // Only while something is kept (after "Forget everything", Forward finds none).
                Screen::Diary => self.apply(Action::ShowDiary(self.keeping.today)),
                Screen::Questions(page) => self.show(Step::Questions(page)),
                Screen::Check => self.show(Step::Check),
                Screen::Result => self.show(Step::Result),
            },
            Action::AskStartOver => self.confirming_start_over = true,
            Action::CancelStartOver => self.confirming_start_over = false,
            Action::StartOver => {
                self.start_over();
                self.announcement = Some(Announcement::StartedAgain);
            }
            Action::ShowAbout => {
                if self.place != Place::About {
                    self.opened_from = self.place;
                    self.place = Place::About;
                }
            }
            Action::CloseAbout => self.go(self.opened_from),
            Action::SetEmergencyNumber(number) => self.emergency_number = number,
            Action::Found(kept) => {
                // What was found is kept as it was found: a person who tapped Start before
                // it arrived has not changed it yet (keeping what changed would replace it).
                self.keeping.kept = Some(*kept);
                self.keeping.on_device = true;
            }
            Action::FoundUnreadable => {
                self.keeping.set_aside = true;
                self.announcement = Some(Announcement::SetAside);
            }
            Action::Keep => {
                if self.keeping.is_offered() {
                    self.keeping.just_kept = self.keeping.kept.is_none();
                    self.keeping.kept.get_or_insert_with(Kept::default);
                    self.keep_what_changed();
                }
            }
            Action::KeptOnDevice(written) => {
                // Said the first time it holds, and again once it holds after a failure.
                if written && (!self.keeping.on_device || self.keeping.save_failed) {
                    self.announcement = Some(Announcement::Kept);
                }
                self.keeping.save_failed = !written;
                self.keeping.on_device |= written;
                self.keeping.entry_on_device |= written;
            }
            Action::AskForget => self.keeping.confirming_forget = true,
            Action::CancelForget => self.keeping.confirming_forget = false,
            Action::ForgetEverything => {
                self.start_over();
                self.keeping.kept = None;
                self.keeping.on_device = false;
                self.keeping.set_aside = false;
                self.keeping.forgotten = true;
                self.keeping.erasures += 1;
                self.announcement = Some(Announcement::Forgotten);
            }
            Action::Continue | Action::CheckAgain => {
                let Some(kept) = self.kept_questionnaire() else {
                    return;
                };
                // Restored with no emergency read: any that fires shows its panel again. The
                // result, or "Check your answers", only once every page is done (a record
                // from a version with fewer questions goes to what is new).
                self.questionnaire = kept.restore();
                self.place = Place::Questionnaire;
                let step = match action {
                    Action::CheckAgain => Step::Check,
                    _ => self.questionnaire.step,
                };
                self.answer(questionnaire::Action::Show(step));
            }
            Action::ShowDiary(today) => {
                self.keeping.today = today;
                if self.keeping.kept.is_some() && self.place != Place::Diary {
                    self.keeping.saved_entry = false;
                    // From the about view, back goes where the about view would have.
                    if self.place != Place::About {
                        self.opened_from = self.place;
                    }
                    self.go(Place::Diary);
                }
            }
            Action::AddDiaryEntry(entry) => self.add_diary_entry(entry),
        }
    }

    /// A questionnaire action, then what changed kept (once the person chose to keep).
    fn answer(&mut self, action: questionnaire::Action) {
        let before = self.questionnaire.step;
        self.questionnaire.apply(action);
        if self.questionnaire.step != before {
            self.confirming_start_over = false;
        }
        self.keep_what_changed();
    }

    /// A step the browser's history names, in the questionnaire.
    fn show(&mut self, step: Step) {
        self.go(Place::Questionnaire);
        self.answer(questionnaire::Action::Show(step));
    }

    fn back(&mut self) {
        match self.place {
            Place::Questionnaire if self.questionnaire.at_first_page() => self.go(Place::Start),
            Place::Questionnaire => self.answer(questionnaire::Action::Back),
            Place::About | Place::Diary => self.go(self.opened_from),
            Place::Start => {}
        }
    }

    fn go(&mut self, place: Place) {
        self.place = place;
        self.confirming_start_over = false;
        if place == Place::Start {
            self.questionnaire.leave();
        }
    }

    fn add_diary_entry(&mut self, entry: DiaryEntry) {
        let today = self.keeping.today;
        let Some(kept) = self.keeping.kept.as_mut() else {
            return;
        };
        let before = kept.clone();
        let entry = DiaryEntry {
            day: today,
            pain: entry.pain.min(10),
            ..entry
        };
        if !kept.add_entry(entry) {
            self.entry_saved(&before);
            return;
        }
        // Worse. Opened from the start screen, with nothing in memory: the kept answers
        // come back first, so the warning signs are asked again within them.
        if !self.questionnaire.has_answers() {
            if let Some(questionnaire) = self.kept_questionnaire().map(KeptQuestionnaire::restore) {
                self.questionnaire = questionnaire;
            }
        }
        if self.questionnaire.has_answers() {
            self.questionnaire.recheck_warning_signs();
            self.go(Place::Questionnaire);
            self.keep_what_changed();
        } else {
            self.entry_saved(&before);
        }
    }

    /// A diary entry saved, not worse. The same entry again is on the device already, if
    /// what is kept is.
    fn entry_saved(&mut self, before: &Kept) {
        self.keeping.saved_entry = true;
        let unchanged = self.keeping.kept.as_ref() == Some(before);
        self.keeping.entry_on_device =
            unchanged && self.keeping.on_device && !self.keeping.save_failed;
    }

    /// Once the person chose to keep, the questionnaire is kept as it changes, while it is
    /// on screen (not from the start screen, the about view or the diary, where the answers
    /// in memory may be none: starting over leaves the last answers kept).
    fn keep_what_changed(&mut self) {
        if self.place != Place::Questionnaire {
            return;
        }
        let today = self.keeping.today;
        if let Some(kept) = self.keeping.kept.as_mut() {
            kept.keep(&self.questionnaire, today);
        }
    }

    /// Every answer gone from memory; what the person chose to keep stays kept.
    fn start_over(&mut self) {
        let Keeping {
            offered,
            kept,
            set_aside,
            today,
            on_device,
            erasures,
            ..
        } = std::mem::take(&mut self.keeping);
        *self = Session::new(self.emergency_number);
        self.keeping = Keeping {
            offered,
            kept,
            set_aside,
            today,
            on_device,
            erasures,
            ..Keeping::default()
        };
    }
}

#[cfg(test)]
mod tests;
