//! The questionnaire's state and its one reducer: every change a person makes is an `Action`.

use super::numbers::{parse_age, parse_weeks, DurationUnit, NumberProblem};
use super::{input_for, is_asked, is_optional, Choice, Input, Item, ItemAnswers, Page, Question};
use crate::engine::{
    assess, Answers, Assessment, Field, Level, OptionId, Relief, ReliefByOption, RuleId, TriState,
};
use crate::locale::EmergencyNumber;
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

impl Screen {
    /// A name for the screen in the browser's history: which step, never an answer.
    pub fn id(self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::Questions(page) => format!("page-{}", page.index() + 1),
            Screen::Check => "check".into(),
            Screen::Result => "result".into(),
            Screen::About => "about".into(),
            Screen::Diary => "diary".into(),
        }
    }

    /// The screen a history entry names, if it names one.
    pub fn from_id(id: &str) -> Option<Screen> {
        match id {
            "start" => Some(Screen::Start),
            "check" => Some(Screen::Check),
            "result" => Some(Screen::Result),
            "about" => Some(Screen::About),
            "diary" => Some(Screen::Diary),
            _ => {
                let number: usize = id.strip_prefix("page-")?.parse().ok()?;
                Page::ALL
                    .get(number.checked_sub(1)?)
                    .copied()
                    .map(Screen::Questions)
            }
        }
    }
}

/// What a person typed, kept as typed so a half-written number is never lost or rewritten.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drafts {
    pub age: String,
    pub duration: String,
    pub duration_unit: DurationUnit,
    pub pt_weeks: String,
}

/// Why a question on the page cannot be left as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Unanswered,
    Number(NumberProblem),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    /// An answer to one screening item.
    SetItem(Item, TriState),
    /// "None of these" (or "No to the rest", once some are answered): every item of the page
    /// that has no answer yet no, then on to the next step. An answer given stays as given.
    NoneOfThese,
    SetTriState(Field, TriState),
    SetChoice(Choice),
    /// Worst pain in the last 24 hours, 0 to 10.
    SetPainScore(u8),
    /// Text typed into the age, duration or weeks-of-therapy box.
    SetText(Field, String),
    SetDurationUnit(DurationUnit),
    ToggleTreatment(OptionId),
    /// "None of these": nothing tried yet (again: unticked, not answered).
    NoTreatments,
    /// How much one treatment tried helped.
    SetRelief(OptionId, Relief),
    /// To the next page, or to "Check your answers" after the last (or straight back to it
    /// after a change); stays and shows what is missing when the page is not done.
    Next,
    Back,
    /// From "Check your answers": to the page of an answer, to change it and come back.
    Change(Page),
    /// From "Check your answers" to the result.
    SeeResult,
    /// To a screen the browser's Back or Forward names (the page's own history).
    Show(Screen),
    /// "Start again": asks first; `StartOver` clears, `CancelStartOver` keeps everything.
    AskStartOver,
    CancelStartOver,
    /// The person has read the emergency panel and chooses to go on.
    AcknowledgeEmergency,
    ShowAbout,
    CloseAbout,
    SetEmergencyNumber(EmergencyNumber),
    /// Clears every answer from memory (what the person chose to keep stays kept).
    StartOver,
    /// The person's local day, from the browser's clock.
    SetToday(Day),
    /// Start-up found a record kept on an earlier visit.
    Found(Box<Kept>),
    /// Start-up found a record it could not read, and set it aside.
    FoundUnreadable,
    /// "Keep my answers on this device": yes.
    Keep,
    /// What became of the last write of what is kept: written, or not (the person is told
    /// their answers could not be kept on this device).
    KeptOnDevice(bool),
    /// "Forget everything": asks first; `ForgetEverything` erases, `CancelForget` keeps.
    AskForget,
    CancelForget,
    ForgetEverything,
    /// From the start screen: the kept questionnaire, on the screen it was left on.
    Continue,
    /// From the start screen: the kept answers, at "Check your answers", to change what
    /// has changed and see a new result.
    CheckAgain,
    ShowDiary,
    /// Today's diary entry. Worse than the one before: the warning signs are asked again.
    AddDiaryEntry(DiaryEntry),
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
    /// The warning signs are being asked again after a worse diary entry: the last of
    /// their pages goes straight to the result.
    pub rechecking: bool,
    /// A diary entry was saved today and not found worse: the diary says so once it is on
    /// the device.
    pub saved_entry: bool,
    /// The entry saved is on the device: a write that holds it was committed. Until then the
    /// diary does not say it is saved (the write may yet fail).
    pub entry_on_device: bool,
    /// Everything was just forgotten: the start screen says so.
    pub forgotten: bool,
    /// The last write failed: nothing on screen says "kept" until one succeeds.
    pub save_failed: bool,
    /// What is kept is on the device: found there, or written and committed.
    pub on_device: bool,
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

/// Everything the questionnaire holds. Answers live here, in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    /// The screening items as answered; the fields they answer are in `answers`.
    pub items: ItemAnswers,
    pub answers: Answers,
    pub drafts: Drafts,
    /// Whether the current page has been submitted with something missing, so its
    /// problems are shown.
    pub show_problems: bool,
    /// Emergency rules whose panel the person has read; a new one shows the panel again.
    pub acknowledged: Vec<RuleId>,
    /// Where "back" from the about view goes.
    pub before_about: Screen,
    /// The number to call in an emergency: a real one, checked where it came in.
    pub emergency_number: EmergencyNumber,
    /// A change from "Check your answers" is under way: the page goes straight back there.
    pub returning_to_check: bool,
    /// "Start again" was asked for and waits for the person to confirm.
    pub confirming_start_over: bool,
    /// What is kept on this device, at the person's request only.
    pub keeping: Keeping,
    /// The answers that raised an emergency when the person gave them, as they gave them:
    /// one changed since is said at the top of the result.
    pub emergency_answers: Vec<(Question, TriState)>,
}

impl Default for State {
    fn default() -> Self {
        State::new(EmergencyNumber::DEFAULT)
    }
}

impl State {
    pub fn new(emergency_number: EmergencyNumber) -> State {
        State {
            screen: Screen::Start,
            items: ItemAnswers::default(),
            answers: Answers::default(),
            drafts: Drafts::default(),
            show_problems: false,
            acknowledged: Vec::new(),
            before_about: Screen::Start,
            emergency_number,
            returning_to_check: false,
            confirming_start_over: false,
            keeping: Keeping::default(),
            emergency_answers: Vec::new(),
        }
    }

    /// Whether some of the page's items asked are answered and some are not: then its
    /// group button says "No to the rest" rather than "None of these".
    pub fn some_items_answered(&self, page: Page) -> bool {
        page.items()
            .iter()
            .any(|&item| self.items.is_asked(item) && self.items.get(item).is_some())
    }

    /// The answers that raised an emergency and that the person has changed since (through
    /// that answer's own control): the result says that earlier they said yes to it.
    pub fn withdrawn_emergency_answers(&self) -> Vec<Question> {
        self.emergency_answers
            .iter()
            .filter(|&&(question, given)| self.tri_state_of(question) != Some(given))
            .map(|&(question, _)| question)
            .collect()
    }

    /// The yes / no / not sure answer to a question, if it has one.
    fn tri_state_of(&self, question: Question) -> Option<TriState> {
        match question {
            Question::Item(item) => self.items.get(item),
            Question::Field(field) => self.answers.tri_state(field),
        }
    }

    /// Whether the emergency panel fills the screen now: an emergency rule fired that the
    /// person has not read, and they are in the questions, checking them, or at the result
    /// (never over the start screen or the about view they chose to open).
    pub fn shows_emergency_panel(&self, assessment: &Assessment) -> bool {
        matches!(
            self.screen,
            Screen::Questions(_) | Screen::Check | Screen::Result
        ) && !self.unacknowledged_emergency(assessment).is_empty()
    }

    /// Whether the answers say to ask a pharmacist before any pain relief (pregnant, or not
    /// sure: no anti-inflammatories from 20 weeks; ladder.md `otc_pain_relief`).
    pub fn pharmacist_first(&self) -> bool {
        matches!(
            self.answers.pregnant,
            Some(TriState::Yes | TriState::Unsure)
        )
    }

    /// The questions of a page as they stand now: its items that are asked, then its own
    /// questions that are asked.
    pub fn questions(&self, page: Page) -> Vec<Question> {
        page.items()
            .iter()
            .filter(|&&item| self.items.is_asked(item))
            .map(|&item| Question::Item(item))
            .chain(
                page.fields()
                    .iter()
                    .filter(|&&field| is_asked(field, &self.answers))
                    .map(|&field| Question::Field(field)),
            )
            .collect()
    }

    /// The pages asked, given the answers so far: how much the treatments helped only once
    /// something was tried.
    pub fn pages(&self) -> Vec<Page> {
        Page::ALL
            .into_iter()
            .filter(|&page| page != Page::Relief || is_asked(Field::Relief, &self.answers))
            .collect()
    }

    /// "Step 3 of 10": where a questionnaire step stands. The total is known from the first
    /// step and never goes up: every page that may be asked counts, and a page skipped
    /// (how much the treatments helped, when nothing was tried) is stepped over. The
    /// warning signs asked again after a worse diary entry count their own few steps.
    /// None for the other screens.
    pub fn step(&self, screen: Screen) -> Option<(usize, usize)> {
        if self.keeping.rechecking {
            let Screen::Questions(page) = screen else {
                return None;
            };
            let at = Page::WARNING_SIGNS.iter().position(|&p| p == page)?;
            return Some((at + 1, Page::WARNING_SIGNS.len()));
        }
        let total = Page::ALL.len() + 1;
        match screen {
            Screen::Questions(page) => Page::ALL
                .iter()
                .position(|&p| p == page)
                .filter(|_| self.pages().contains(&page))
                .map(|at| (at + 1, total)),
            Screen::Check => Some((total, total)),
            _ => None,
        }
    }

    /// The page after `page` among those asked.
    fn page_after(&self, page: Page) -> Option<Page> {
        let pages = self.pages();
        let at = pages.iter().position(|&p| p == page)?;
        pages.get(at + 1).copied()
    }

    /// The page before `page` among those asked.
    fn page_before(&self, page: Page) -> Option<Page> {
        let pages = self.pages();
        let at = pages.iter().position(|&p| p == page)?;
        at.checked_sub(1).map(|before| pages[before])
    }

    /// Whether every page is answered as far as it must be.
    pub fn all_pages_done(&self) -> bool {
        Page::ALL.iter().all(|&page| self.problems(page).is_empty())
    }

    pub fn assessment(&self) -> Assessment {
        assess(&self.answers)
    }

    /// The emergency rules that fired and whose panel the person has not read yet. While
    /// there is one, the emergency panel is shown instead of any question.
    pub fn unacknowledged_emergency(&self, assessment: &Assessment) -> Vec<RuleId> {
        assessment
            .flags
            .iter()
            .filter(|flag| {
                flag.level == Level::Emergency && !self.acknowledged.contains(&flag.rule)
            })
            .map(|flag| flag.rule)
            .collect()
    }

    /// The problem with one question, if it has one. Questions not asked have none.
    pub fn problem(&self, field: Field) -> Option<Problem> {
        if !is_asked(field, &self.answers) {
            return None;
        }
        let number = |parsed: Result<(), NumberProblem>| parsed.err().map(Problem::Number);
        match input_for(field) {
            Input::Age => number(parse_age(&self.drafts.age).map(drop)),
            Input::Duration => {
                number(parse_weeks(&self.drafts.duration, self.drafts.duration_unit).map(drop))
            }
            Input::Weeks => {
                number(parse_weeks(&self.drafts.pt_weeks, DurationUnit::Weeks).map(drop))
            }
            // One answer for each treatment ticked.
            Input::Relief => self
                .unrated_treatments()
                .next()
                .map(|_| Problem::Unanswered),
            _ if self.answers.is_answered(field) => None,
            _ => Some(Problem::Unanswered),
        }
    }

    /// The treatments ticked that have no "how much did it help" answer yet, in table order.
    pub fn unrated_treatments(&self) -> impl Iterator<Item = OptionId> + '_ {
        let relief = self.answers.relief.unwrap_or_default();
        self.answers
            .treatments_tried
            .iter()
            .flatten()
            .copied()
            .filter(move |&option| relief.get(option).is_none())
    }

    /// Every problem on a page, in the order its questions are shown: only what is missing
    /// or wrong, never a question that may be left (diagnosis, imaging).
    pub fn problems(&self, page: Page) -> Vec<(Question, Problem)> {
        self.questions(page)
            .into_iter()
            .filter_map(|question| {
                let problem = match question {
                    Question::Item(item) => self
                        .items
                        .get(item)
                        .is_none()
                        .then_some(Problem::Unanswered),
                    Question::Field(field) if is_optional(field) => None,
                    Question::Field(field) => self.problem(field),
                };
                problem.map(|problem| (question, problem))
            })
            .collect()
    }

    /// Applies one action. Never panics, whatever the action.
    pub fn apply(&mut self, action: Action) {
        // An answer that raises an emergency is remembered as given.
        let answered = match action {
            Action::SetItem(item, value) => Some((Question::Item(item), value)),
            Action::SetTriState(field, value) => Some((Question::Field(field), value)),
            _ => None,
        };
        let emergencies_before = answered.map(|_| self.emergency_rules());
        self.apply_action(action);
        if let (Some(answer), Some(before)) = (answered, emergencies_before) {
            let raised = self
                .emergency_rules()
                .iter()
                .any(|rule| !before.contains(rule));
            if raised && !self.emergency_answers.contains(&answer) {
                self.emergency_answers.push(answer);
            }
        }
    }

    /// The emergency rules that fire on the answers as they stand.
    fn emergency_rules(&self) -> Vec<RuleId> {
        self.assessment()
            .flags
            .iter()
            .filter(|flag| flag.level == Level::Emergency)
            .map(|flag| flag.rule)
            .collect()
    }

    fn apply_action(&mut self, action: Action) {
        match action {
            Action::Start => self.go(Screen::Questions(Page::ALL[0])),
            Action::SetItem(item, value) => {
                self.items.set(item, Some(value));
                self.items.forget_unasked();
                self.items.answer(&mut self.answers);
            }
            Action::NoneOfThese => {
                let Screen::Questions(page) = self.screen else {
                    return;
                };
                // Only the items still open: a "yes" given (one that raised an emergency,
                // say) is never turned into a "no" by the group's button.
                for &item in page.items() {
                    if !item.is_follow_up() && self.items.get(item).is_none() {
                        self.items.set(item, Some(TriState::No));
                    }
                }
                self.items.forget_unasked();
                self.items.answer(&mut self.answers);
                self.apply(Action::Next);
            }
            Action::SetTriState(field, value) => {
                if let Some(slot) = self.answers.tri_state_mut(field) {
                    *slot = Some(value);
                }
            }
            Action::SetChoice(choice) => choice.set(&mut self.answers),
            Action::SetPainScore(score) => {
                if score <= 10 {
                    self.answers.pain_score = Some(score);
                }
            }
            Action::SetText(field, text) => self.set_text(field, text),
            Action::SetDurationUnit(unit) => {
                self.drafts.duration_unit = unit;
                self.answers.duration_weeks = parse_weeks(&self.drafts.duration, unit).ok();
            }
            Action::ToggleTreatment(option) => {
                let tried = self.answers.treatments_tried.get_or_insert_with(Vec::new);
                if let Some(at) = tried.iter().position(|&o| o == option) {
                    tried.remove(at);
                } else {
                    tried.push(option);
                    // The engine reads options in table order; keep them so for the summary.
                    tried.sort_by_key(|&o| o as usize);
                }
                self.forget_unasked();
            }
            Action::NoTreatments => {
                let none_yet = self
                    .answers
                    .treatments_tried
                    .as_ref()
                    .is_some_and(Vec::is_empty);
                self.answers.treatments_tried = if none_yet { None } else { Some(Vec::new()) };
                self.forget_unasked();
            }
            Action::SetRelief(option, relief) => {
                // Only a treatment ticked can be rated (the contract refuses any other).
                if self.answers.tried(option) {
                    self.answers
                        .relief
                        .get_or_insert_with(ReliefByOption::default)
                        .set(option, Some(relief));
                }
            }
            Action::Next => {
                let Screen::Questions(page) = self.screen else {
                    return;
                };
                if !self.problems(page).is_empty() {
                    self.show_problems = true;
                    return;
                }
                match self.page_after(page) {
                    // The warning signs asked again after a worse diary entry: their pages
                    // only, then the result, with whatever they changed.
                    _ if self.keeping.rechecking => {
                        let at = Page::RECHECKED.iter().position(|&p| p == page);
                        match at.and_then(|at| Page::RECHECKED.get(at + 1)) {
                            Some(&next) => self.go(Screen::Questions(next)),
                            None => {
                                self.keeping.rechecking = false;
                                self.see_result();
                            }
                        }
                    }
                    _ if self.returning_to_check && self.all_pages_done() => self.go(Screen::Check),
                    Some(next) => self.go(Screen::Questions(next)),
                    None => self.go(Screen::Check),
                }
            }
            Action::Back => match self.screen {
                Screen::Questions(page) => self.go(self
                    .page_before(page)
                    .map_or(Screen::Start, Screen::Questions)),
                Screen::Check => {
                    let last = self.pages().last().copied().unwrap_or(Page::Treatment);
                    self.go(Screen::Questions(last));
                }
                Screen::Result => self.go(Screen::Check),
                Screen::About => self.go(self.before_about),
                Screen::Diary => self.go(Screen::Start),
                Screen::Start => {}
            },
            Action::Change(page) => {
                self.go(Screen::Questions(page));
                self.returning_to_check = true;
            }
            Action::SeeResult => self.see_result(),
            Action::Show(screen) => match screen {
                // The result only for answers that may show one; else what is missing.
                Screen::Result | Screen::Check => self.see_result_or(screen),
                Screen::About => self.apply(Action::ShowAbout),
                // Only while something is kept (after "Forget everything", Forward finds none).
                Screen::Diary => self.apply(Action::ShowDiary),
                other => self.go(other),
            },
            Action::AskStartOver => self.confirming_start_over = true,
            Action::CancelStartOver => self.confirming_start_over = false,
            Action::AcknowledgeEmergency => {
                let pending = self.unacknowledged_emergency(&self.assessment());
                self.acknowledged.extend(pending);
            }
            Action::ShowAbout => {
                if self.screen != Screen::About {
                    self.before_about = self.screen;
                    self.screen = Screen::About;
                }
            }
            Action::CloseAbout => self.go(self.before_about),
            Action::SetEmergencyNumber(number) => self.emergency_number = number,
            Action::StartOver => self.start_over(),
            Action::SetToday(day) => self.keeping.today = day,
            Action::Found(kept) => {
                self.keeping.kept = Some(*kept);
                self.keeping.on_device = true;
                // What was found is kept as it was found: a person who tapped Start before
                // it arrived has not changed it yet (keep_what_changed would replace it).
                return;
            }
            Action::FoundUnreadable => self.keeping.set_aside = true,
            Action::Keep => {
                if self.keeping.is_offered() {
                    self.keeping.kept.get_or_insert_with(Kept::default);
                }
            }
            Action::KeptOnDevice(written) => {
                self.keeping.save_failed = !written;
                self.keeping.on_device |= written;
                self.keeping.entry_on_device |= written;
                return;
            }
            Action::AskForget => self.keeping.confirming_forget = true,
            Action::CancelForget => self.keeping.confirming_forget = false,
            Action::ForgetEverything => {
                self.start_over();
                self.keeping.kept = None;
                self.keeping.on_device = false;
                self.keeping.set_aside = false;
                self.keeping.forgotten = true;
            }
            Action::Continue | Action::CheckAgain => {
                let Some(kept) = self
                    .keeping
                    .kept
                    .as_ref()
                    .and_then(|k| k.questionnaire.clone())
                else {
                    return;
                };
                // Restored with no emergency read (`restore`): any that fires shows its
                // panel again. The result, or "Check your answers", only once every page is
                // done (a record from a version with fewer questions goes to what is new).
                kept.restore(self);
                match (&action, self.screen) {
                    (Action::CheckAgain, _) => self.see_result_or(Screen::Check),
                    (_, screen @ (Screen::Result | Screen::Check)) => self.see_result_or(screen),
                    _ => {}
                }
            }
            Action::ShowDiary => {
                if self.keeping.kept.is_some() {
                    self.keeping.saved_entry = false;
                    self.go(Screen::Diary);
                }
            }
            Action::AddDiaryEntry(entry) => {
                let Some(kept) = self.keeping.kept.as_mut() else {
                    return;
                };
                let before = kept.clone();
                let entry = DiaryEntry {
                    day: self.keeping.today,
                    pain: entry.pain.min(10),
                    ..entry
                };
                let worse = kept.add_entry(entry);
                if worse && !self.has_questionnaire() {
                    // Opened from the start screen: the kept answers come back first, so
                    // the warning signs are asked again within them.
                    if let Some(questionnaire) = self.kept_questionnaire().cloned() {
                        questionnaire.restore(self);
                    }
                }
                if worse && self.has_questionnaire() {
                    // Worse: the warning signs again, from the first. Each "no" is asked
                    // afresh; a "yes" or "not sure" stays as the person gave it, so only
                    // they can change it (the group's button answers what is open).
                    for page in Page::RECHECKED {
                        for &item in page.items() {
                            if self.items.get(item) == Some(TriState::No) {
                                self.items.set(item, None);
                            }
                        }
                    }
                    self.items.answer(&mut self.answers);
                    // Every emergency is read again: one answered yes now interrupts.
                    self.acknowledged.clear();
                    self.keeping.rechecking = true;
                    self.go(Screen::Questions(Page::RECHECKED[0]));
                } else {
                    self.keeping.saved_entry = true;
                    // The same entry again is on the device already, if what is kept is.
                    let unchanged = self.keeping.kept.as_ref() == Some(&before);
                    self.keeping.entry_on_device =
                        unchanged && self.keeping.on_device && !self.keeping.save_failed;
                }
            }
        }
        self.keep_what_changed();
    }

    /// Whether the kept questionnaire (restored or on screen) has been answered this far.
    fn has_questionnaire(&self) -> bool {
        self.answers.pain_score.is_some()
    }

    /// Once the person chose to keep, the questionnaire is kept as it changes, while it is
    /// on screen (not from the start screen, the about view or the diary, where the answers
    /// in memory may be none: starting over leaves the last answers kept).
    fn keep_what_changed(&mut self) {
        if !matches!(
            self.screen,
            Screen::Questions(_) | Screen::Check | Screen::Result
        ) {
            return;
        }
        if let Some(mut kept) = self.keeping.kept.take() {
            kept.keep(self, self.keeping.today);
            self.keeping.kept = Some(kept);
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
            ..
        } = std::mem::take(&mut self.keeping);
        *self = State::new(self.emergency_number);
        self.keeping = Keeping {
            offered,
            kept,
            set_aside,
            today,
            on_device,
            ..Keeping::default()
        };
    }

    /// What the start screen offers from what is kept: "Continue" when a questionnaire was
    /// left part-way or at its result, "Check again" when it has answers.
    pub fn kept_questionnaire(&self) -> Option<&KeptQuestionnaire> {
        self.keeping.kept.as_ref()?.questionnaire.as_ref()
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.show_problems = false;
        self.confirming_start_over = false;
        if matches!(screen, Screen::Check | Screen::Result | Screen::Start) {
            self.returning_to_check = false;
        }
        // Asking the warning signs again ends when the person leaves their pages.
        if !matches!(screen, Screen::Questions(page) if Page::RECHECKED.contains(&page)) {
            self.keeping.rechecking = false;
        }
    }

    fn see_result(&mut self) {
        self.see_result_or(Screen::Result);
    }

    /// To `screen` (the result, or "Check your answers") when every page is done; else to
    /// the first page with something missing, showing what.
    fn see_result_or(&mut self, screen: Screen) {
        match Page::ALL
            .into_iter()
            .find(|&page| !self.problems(page).is_empty())
        {
            Some(page) => {
                self.go(Screen::Questions(page));
                self.show_problems = true;
            }
            None => self.go(screen),
        }
    }

    fn set_text(&mut self, field: Field, text: String) {
        match field {
            Field::Age => {
                self.answers.age = parse_age(&text).ok();
                self.drafts.age = text;
            }
            Field::DurationWeeks => {
                self.answers.duration_weeks = parse_weeks(&text, self.drafts.duration_unit).ok();
                self.drafts.duration = text;
            }
            Field::PtWeeks => {
                self.answers.pt_weeks = parse_weeks(&text, DurationUnit::Weeks).ok();
                self.drafts.pt_weeks = text;
            }
            _ => {}
        }
    }

    /// Drops answers to questions that are no longer asked (how much a treatment helped,
    /// once it is unticked), so the summary never shows an answer to a hidden question.
    fn forget_unasked(&mut self) {
        if is_asked(Field::Relief, &self.answers) {
            let answers = &mut self.answers;
            if let Some(relief) = answers.relief.as_mut() {
                let tried = answers.treatments_tried.as_deref().unwrap_or_default();
                relief.retain(|option| tried.contains(&option));
            }
        } else {
            self.answers.relief = None;
        }
        if !is_asked(Field::PtWeeks, &self.answers) {
            self.answers.pt_weeks = None;
            self.drafts.pt_weeks.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_all_mildly(state: &mut State, page: Page) {
        answer_all_mildly_but(state, page, None);
    }

    /// Mild answers to a page's questions, leaving `but` (and every item answered) alone.
    fn answer_all_mildly_but(state: &mut State, page: Page, but: Option<Item>) {
        for &item in page.items() {
            if state.items.is_asked(item) && Some(item) != but && state.items.get(item).is_none() {
                state.apply(Action::SetItem(item, TriState::No));
            }
        }
        for &field in page.fields() {
            match input_for(field) {
                Input::TriState => state.apply(Action::SetTriState(field, TriState::No)),
                Input::Choice(choices) => state.apply(Action::SetChoice(choices[0])),
                Input::Age => state.apply(Action::SetText(field, "40".into())),
                Input::Duration => state.apply(Action::SetText(field, "1".into())),
                Input::PainScore => state.apply(Action::SetPainScore(3)),
                Input::Weeks => state.apply(Action::SetText(field, "0".into())),
                Input::Treatments => state.apply(Action::NoTreatments),
                Input::Relief => {}
            }
        }
    }

    #[test]
    fn next_stays_on_a_page_with_an_unanswered_question_and_says_which() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::SetItem(Item::TearingPain, TriState::No));
        state.apply(Action::Next);
        assert_eq!(state.screen, Screen::Questions(Page::WarningSigns));
        assert!(state.show_problems);
        // Only what is missing, one line each.
        assert_eq!(
            state.problems(Page::WarningSigns),
            [
                (Question::Item(Item::PainMoves), Problem::Unanswered),
                (Question::Item(Item::FaintOrClammy), Problem::Unanswered),
                (Question::Item(Item::PulsingBelly), Problem::Unanswered),
                (Question::Item(Item::KnownAneurysm), Problem::Unanswered),
                (Question::Item(Item::ChestPain), Problem::Unanswered),
                (Question::Item(Item::Breathless), Problem::Unanswered),
            ]
        );
    }

    #[test]
    fn none_of_these_answers_the_whole_group_no_in_one_tap_and_goes_on() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::NoneOfThese);
        assert_eq!(state.screen, Screen::Questions(Page::Nerves));
        assert_eq!(state.answers.vascular_warning, Some(TriState::No));
        assert_eq!(state.answers.chest_or_breathing, Some(TriState::No));
        state.apply(Action::NoneOfThese);
        state.apply(Action::NoneOfThese);
        // The legs: no leg symptom, so both_legs follows without being asked.
        assert_eq!(state.screen, Screen::Questions(Page::Health));
        assert_eq!(state.answers.both_legs, Some(TriState::No));
        assert_eq!(state.answers.leg_pain, Some(crate::engine::LegPain::None));
        assert!(!state.items.is_asked(Item::BothLegs));
    }

    #[test]
    fn no_to_the_rest_answers_only_the_open_items_and_keeps_a_yes_that_raised_an_emergency() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::NoneOfThese);
        assert!(!state.some_items_answered(Page::Nerves));
        state.apply(Action::SetItem(Item::SaddleNumbness, TriState::Yes));
        assert!(state.shows_emergency_panel(&state.assessment()));
        state.apply(Action::AcknowledgeEmergency);
        assert!(
            state.some_items_answered(Page::Nerves),
            "the button says 'No to the rest'"
        );
        state.apply(Action::NoneOfThese);
        assert_eq!(state.items.get(Item::SaddleNumbness), Some(TriState::Yes));
        assert_eq!(state.items.get(Item::Bladder), Some(TriState::No));
        assert_eq!(state.assessment().triage, Level::Emergency);
        assert!(state.withdrawn_emergency_answers().is_empty());
    }

    /// Every item that raises an emergency on its own, answered yes on its page, and then every
    /// group button and step after it: the result stays an emergency, unless the person
    /// changes that very answer, and then the result says they had said yes to it.
    #[test]
    fn no_bulk_control_lowers_an_emergency_and_changing_its_answer_is_said_at_the_result() {
        let raising: Vec<Item> = Item::ALL
            .into_iter()
            .filter(|&item| {
                let mut state = State::default();
                state.apply(Action::SetItem(item, TriState::Yes));
                state.assessment().triage == Level::Emergency
            })
            .collect();
        assert!(raising.contains(&Item::SaddleNumbness) && raising.contains(&Item::Bladder));
        for item in raising {
            let page = *Page::ALL
                .iter()
                .find(|page| page.items().contains(&item))
                .unwrap();
            let mut state = State::default();
            state.apply(Action::Start);
            while state.screen != Screen::Questions(page) {
                let Screen::Questions(at) = state.screen else {
                    panic!("{item:?}: never reached {page:?}");
                };
                answer_all_mildly_but(&mut state, at, None);
                state.apply(Action::Next);
            }
            state.apply(Action::SetItem(item, TriState::Yes));
            assert!(state.shows_emergency_panel(&state.assessment()), "{item:?}");
            state.apply(Action::AcknowledgeEmergency);
            // The group's button, then every step after it answered mildly.
            state.apply(Action::NoneOfThese);
            while let Screen::Questions(at) = state.screen {
                answer_all_mildly_but(&mut state, at, Some(item));
                state.apply(Action::NoneOfThese);
                if state.screen == Screen::Questions(at) {
                    state.apply(Action::Next);
                }
            }
            state.apply(Action::SeeResult);
            assert_eq!(state.screen, Screen::Result, "{item:?}");
            assert_eq!(state.assessment().triage, Level::Emergency, "{item:?}");
            assert!(state.withdrawn_emergency_answers().is_empty(), "{item:?}");
            // The person changes that answer themselves: their choice, said at the top.
            state.apply(Action::Change(page));
            state.apply(Action::SetItem(item, TriState::No));
            assert_eq!(
                state.withdrawn_emergency_answers(),
                [Question::Item(item)],
                "{item:?}"
            );
        }
    }

    #[test]
    fn a_worse_diary_entry_asks_each_no_again_and_keeps_each_yes() {
        let mut state = at_the_result();
        state.apply(Action::Keep);
        state.apply(Action::Change(Page::Health));
        state.apply(Action::SetItem(Item::Fever, TriState::Yes));
        state.apply(Action::Next);
        state.apply(Action::SeeResult);
        state.apply(Action::ShowDiary);
        state.apply(Action::AddDiaryEntry(DiaryEntry {
            day: Day(0),
            pain: 9,
            activities: crate::engine::DailyFunction::Normal,
        }));
        assert!(state.keeping.rechecking);
        assert_eq!(state.items.get(Item::Fever), Some(TriState::Yes));
        assert_eq!(state.items.get(Item::SaddleNumbness), None);
    }

    #[test]
    fn a_yes_in_a_group_interrupts_at_once_in_three_taps_from_start() {
        let mut state = State::default();
        state.apply(Action::Start); // tap 1
        state.apply(Action::NoneOfThese); // tap 2
        state.apply(Action::SetItem(Item::Bladder, TriState::Yes)); // tap 3
        assert!(state.shows_emergency_panel(&state.assessment()));
        assert_eq!(
            state.unacknowledged_emergency(&state.assessment()),
            vec![RuleId::CaudaEquina]
        );
    }

    #[test]
    fn change_from_check_your_answers_comes_straight_back() {
        let mut state = State::default();
        state.apply(Action::Start);
        while let Screen::Questions(page) = state.screen {
            answer_all_mildly(&mut state, page);
            state.apply(Action::Next);
        }
        assert_eq!(state.screen, Screen::Check);
        state.apply(Action::Change(Page::Legs));
        assert_eq!(state.screen, Screen::Questions(Page::Legs));
        state.apply(Action::SetItem(Item::LegNumbness, TriState::Yes));
        // A new follow-up appears on the same page and must be answered first.
        state.apply(Action::Next);
        assert_eq!(state.screen, Screen::Questions(Page::Legs));
        state.apply(Action::SetItem(Item::BothLegs, TriState::No));
        state.apply(Action::Next);
        assert_eq!(state.screen, Screen::Check);
        state.apply(Action::SeeResult);
        assert_eq!(state.screen, Screen::Result);
        assert_eq!(state.assessment().triage, Level::Routine);
    }

    #[test]
    fn the_result_from_history_needs_every_page_done() {
        let mut state = State::default();
        state.apply(Action::Show(Screen::Result));
        assert_eq!(state.screen, Screen::Questions(Page::WarningSigns));
        assert!(state.show_problems);
        assert_eq!(
            Screen::from_id("page-3"),
            Some(Screen::Questions(Page::Legs))
        );
        assert_eq!(Screen::from_id("page-0"), None);
        assert_eq!(Screen::from_id("page-99"), None);
        for screen in [Screen::Start, Screen::Check, Screen::Result, Screen::About] {
            assert_eq!(Screen::from_id(&screen.id()), Some(screen));
        }
    }

    #[test]
    fn start_again_asks_first() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::NoneOfThese);
        state.apply(Action::AskStartOver);
        assert!(state.confirming_start_over);
        state.apply(Action::CancelStartOver);
        assert_eq!(state.answers.vascular_warning, Some(TriState::No));
        state.apply(Action::AskStartOver);
        state.apply(Action::StartOver);
        assert_eq!(state.answers, Answers::default());
        assert!(!state.confirming_start_over);
    }

    #[test]
    fn the_progress_total_is_known_from_the_first_step_and_never_goes_up() {
        let mut state = State::default();
        let total = Page::ALL.len() + 1;
        assert_eq!(
            state.step(Screen::Questions(Page::WarningSigns)),
            Some((1, total))
        );
        let treatment = state.step(Screen::Questions(Page::Treatment)).unwrap();
        assert_eq!(
            state.step(Screen::Questions(Page::Relief)),
            None,
            "not asked"
        );
        assert_eq!(state.step(Screen::Check), Some((total, total)));
        assert_eq!(state.step(Screen::Result), None);
        state.apply(Action::ToggleTreatment(OptionId::HeatIce));
        assert_eq!(
            state.step(Screen::Questions(Page::Treatment)),
            Some(treatment),
            "a treatment ticked leaves the count where it was"
        );
        assert_eq!(
            state.step(Screen::Questions(Page::Relief)),
            Some((treatment.0 + 1, total))
        );
        assert_eq!(state.step(Screen::Check), Some((total, total)));
    }

    #[test]
    fn the_diary_recheck_counts_its_own_steps() {
        let mut state = State::default();
        state.keeping.rechecking = true;
        let steps = Page::WARNING_SIGNS.len();
        for (at, page) in Page::WARNING_SIGNS.into_iter().enumerate() {
            assert_eq!(state.step(Screen::Questions(page)), Some((at + 1, steps)), "{page:?}");
        }
    }

    #[test]
    fn nothing_tried_goes_from_the_treatments_straight_to_check_your_answers() {
        let mut state = State {
            screen: Screen::Questions(Page::Treatment),
            ..State::default()
        };
        state.apply(Action::NoTreatments);
        state.apply(Action::Next);
        assert_eq!(state.screen, Screen::Check);
        state.apply(Action::Back);
        assert_eq!(state.screen, Screen::Questions(Page::Treatment));
    }

    #[test]
    fn diagnosis_and_imaging_may_be_left() {
        let mut state = State {
            screen: Screen::Questions(Page::Treatment),
            ..State::default()
        };
        state.apply(Action::NoTreatments);
        assert!(state.problems(Page::Treatment).is_empty());
    }

    #[test]
    fn a_whole_questionnaire_of_mild_answers_reaches_a_complete_self_care_result() {
        let mut state = State::default();
        state.apply(Action::Start);
        let mut seen = Vec::new();
        while let Screen::Questions(page) = state.screen {
            assert!(!seen.contains(&page), "{page:?} twice");
            seen.push(page);
            answer_all_mildly(&mut state, page);
            state.apply(Action::Next);
        }
        assert_eq!(seen, state.pages(), "every page asked, in order");
        assert_eq!(state.screen, Screen::Check);
        state.apply(Action::SeeResult);
        assert_eq!(state.screen, Screen::Result);
        let assessment = state.assessment();
        assert!(assessment.complete);
        assert_eq!(assessment.triage, Level::SelfCare);
        assert!(assessment.may_be_shown());
    }

    #[test]
    fn back_and_forward_keep_every_answer_and_draft() {
        let mut state = State::default();
        state.apply(Action::Start);
        answer_all_mildly(&mut state, Page::WarningSigns);
        state.apply(Action::Next);
        state.apply(Action::SetText(Field::Age, "4".into()));
        state.apply(Action::Back);
        state.apply(Action::Next);
        assert_eq!(state.drafts.age, "4");
        assert_eq!(state.answers.vascular_warning, Some(TriState::No));
    }

    #[test]
    fn an_emergency_answer_is_pending_until_acknowledged_and_a_new_one_shows_again() {
        let mut state = State::default();
        state.apply(Action::Start);
        state.apply(Action::SetItem(Item::PainMoves, TriState::Yes));
        assert_eq!(
            state.unacknowledged_emergency(&state.assessment()),
            vec![RuleId::Vascular]
        );
        state.apply(Action::AcknowledgeEmergency);
        assert!(state
            .unacknowledged_emergency(&state.assessment())
            .is_empty());
        state.apply(Action::SetItem(Item::Breathless, TriState::Yes));
        assert_eq!(
            state.unacknowledged_emergency(&state.assessment()),
            vec![RuleId::ChestOrBreathing]
        );
    }

    #[test]
    fn an_invalid_number_is_a_problem_and_leaves_the_answer_absent() {
        let mut state = State::default();
        state.apply(Action::SetText(Field::Age, "130".into()));
        assert_eq!(state.answers.age, None);
        assert_eq!(
            state.problem(Field::Age),
            Some(Problem::Number(NumberProblem::OutOfRange {
                min: 0,
                max: 120
            }))
        );
        state.apply(Action::SetText(Field::DurationWeeks, "3".into()));
        state.apply(Action::SetDurationUnit(DurationUnit::Months));
        assert_eq!(state.answers.duration_weeks, Some(13.0));
    }

    #[test]
    fn each_treatment_ticked_is_rated_once_and_unticking_forgets_its_rating() {
        let mut state = State::default();
        state.apply(Action::ToggleTreatment(OptionId::PhysicalTherapy));
        state.apply(Action::ToggleTreatment(OptionId::FacetJointBlock));
        assert_eq!(state.problem(Field::Relief), Some(Problem::Unanswered));
        state.apply(Action::SetRelief(
            OptionId::FacetJointBlock,
            Relief::Temporary,
        ));
        assert_eq!(
            state.unrated_treatments().collect::<Vec<_>>(),
            [OptionId::PhysicalTherapy]
        );
        state.apply(Action::SetRelief(
            OptionId::PhysicalTherapy,
            Relief::Partial,
        ));
        assert_eq!(state.problem(Field::Relief), None);
        // A treatment not ticked cannot be rated.
        state.apply(Action::SetRelief(OptionId::Massage, Relief::Good));
        assert_eq!(state.answers.relief_of(OptionId::Massage), Relief::None);
        state.apply(Action::ToggleTreatment(OptionId::FacetJointBlock));
        assert_eq!(
            state.answers.relief.map(|r| r.iter().collect::<Vec<_>>()),
            Some(vec![(OptionId::PhysicalTherapy, Relief::Partial)])
        );
        state.apply(Action::SetText(Field::PtWeeks, "8".into()));
        assert_eq!(state.problem(Field::PtWeeks), None);
        state.apply(Action::ToggleTreatment(OptionId::PhysicalTherapy));
        assert_eq!(state.answers.treatments_tried, Some(vec![]));
        assert_eq!(state.answers.relief, None);
        assert_eq!(state.answers.pt_weeks, None);
        assert_eq!(
            state.problem(Field::Relief),
            None,
            "not asked once nothing was tried"
        );
    }

    #[test]
    fn start_over_clears_every_answer_but_keeps_the_emergency_number() {
        let uk = EmergencyNumber::parse("999").unwrap();
        let mut state = State::new(uk);
        state.apply(Action::Start);
        state.apply(Action::SetTriState(Field::Fever, TriState::Yes));
        state.apply(Action::SetText(Field::Age, "50".into()));
        state.apply(Action::StartOver);
        assert_eq!(state, State::new(uk));
    }

    /// A questionnaire answered mildly to its result, on a page where keeping is offered.
    fn at_the_result() -> State {
        let mut state = State::default();
        state.keeping.offered = true;
        state.apply(Action::SetToday(Day(20_000)));
        state.apply(Action::Start);
        while let Screen::Questions(page) = state.screen {
            answer_all_mildly(&mut state, page);
            state.apply(Action::Next);
        }
        state.apply(Action::SeeResult);
        assert_eq!(state.screen, Screen::Result);
        state
    }

    #[test]
    fn nothing_is_kept_until_the_person_says_yes_and_never_in_a_widget() {
        let mut state = at_the_result();
        assert_eq!(state.keeping.kept, None);
        let mut guest = state.clone();
        guest.keeping.offered = false;
        guest.apply(Action::Keep);
        assert_eq!(guest.keeping.kept, None);
        state.apply(Action::Keep);
        let kept = state.keeping.kept.clone().expect("kept once asked");
        assert_eq!(kept.results.len(), 1);
        assert_eq!(kept.results[0].day, Day(20_000));
        assert_eq!(kept.results[0].level, state.assessment().triage);
    }

    #[test]
    fn starting_over_keeps_what_is_kept_and_continue_or_check_again_bring_it_back() {
        let mut state = at_the_result();
        state.apply(Action::Keep);
        let answers = state.answers.clone();
        state.apply(Action::StartOver);
        assert_eq!(state.screen, Screen::Start);
        assert_eq!(state.answers, Answers::default());
        assert!(state.kept_questionnaire().is_some());
        let mut resumed = state.clone();
        resumed.apply(Action::Continue);
        assert_eq!(resumed.screen, Screen::Result);
        assert_eq!(resumed.answers, answers);
        state.apply(Action::CheckAgain);
        assert_eq!(state.screen, Screen::Check);
        assert_eq!(state.answers, answers);
    }

    #[test]
    fn what_start_up_finds_is_not_replaced_by_a_questionnaire_begun_before_it_arrived() {
        let mut earlier = at_the_result();
        earlier.apply(Action::Keep);
        let found = earlier.keeping.kept.clone().unwrap();
        let mut state = State::default();
        state.keeping.offered = true;
        state.apply(Action::Start);
        state.apply(Action::Found(Box::new(found.clone())));
        assert_eq!(state.keeping.kept.as_ref(), Some(&found));
        state.apply(Action::Show(Screen::Diary));
        assert_eq!(state.screen, Screen::Diary);
        state.apply(Action::ForgetEverything);
        state.apply(Action::Show(Screen::Diary));
        assert_eq!(
            state.screen,
            Screen::Start,
            "no diary once everything is forgotten"
        );
    }

    #[test]
    fn forget_everything_asks_then_drops_what_is_kept_and_every_answer() {
        let mut state = at_the_result();
        state.apply(Action::Keep);
        state.apply(Action::AskForget);
        assert!(state.keeping.confirming_forget);
        state.apply(Action::CancelForget);
        assert!(state.keeping.kept.is_some());
        state.apply(Action::ForgetEverything);
        assert_eq!(state.keeping.kept, None);
        assert!(state.keeping.forgotten && state.keeping.offered);
        assert_eq!(state.answers, Answers::default());
        assert_eq!(state.screen, Screen::Start);
        state.apply(Action::FoundUnreadable);
        assert!(
            state.keeping.has_anything(),
            "a set-aside record is there to forget"
        );
    }

    #[test]
    fn a_worse_diary_entry_asks_the_warning_signs_again_and_an_emergency_still_interrupts() {
        let mut state = at_the_result();
        state.apply(Action::Keep);
        state.apply(Action::ShowDiary);
        assert_eq!(state.screen, Screen::Diary);
        let entry = |pain| DiaryEntry {
            day: Day(0),
            pain,
            activities: crate::engine::DailyFunction::Normal,
        };
        // The questionnaire said 3: 2 is not worse.
        state.apply(Action::AddDiaryEntry(entry(2)));
        assert_eq!(state.screen, Screen::Diary);
        assert!(state.keeping.saved_entry);
        assert!(
            !state.keeping.entry_on_device,
            "not said to be saved before the write is committed"
        );
        state.apply(Action::KeptOnDevice(false));
        assert!(!state.keeping.entry_on_device, "nor after it failed");
        state.apply(Action::KeptOnDevice(true));
        assert!(state.keeping.entry_on_device);
        let kept = state.keeping.kept.as_ref().unwrap();
        assert_eq!(kept.diary[0].day, Day(20_000), "dated today by the reducer");
        state.apply(Action::SetToday(Day(20_001)));
        // As if they had read the cauda equina panel on an earlier check.
        state.acknowledged.push(RuleId::CaudaEquina);
        state.apply(Action::AddDiaryEntry(entry(6)));
        assert_eq!(state.screen, Screen::Questions(Page::WarningSigns));
        assert!(state.keeping.rechecking);
        assert_eq!(
            state.items.get(Item::TearingPain),
            None,
            "asked again, unanswered"
        );
        // Three groups of none, then a bladder problem on the second: the panel, even for
        // someone who had read that emergency's panel before.
        let mut emergency = state.clone();
        emergency.apply(Action::NoneOfThese);
        emergency.apply(Action::SetItem(Item::Bladder, TriState::Yes));
        assert!(emergency.shows_emergency_panel(&emergency.assessment()));
        for _ in Page::RECHECKED {
            state.apply(Action::NoneOfThese);
        }
        assert_eq!(state.screen, Screen::Result);
        assert!(!state.keeping.rechecking);
        assert_eq!(state.keeping.kept.as_ref().unwrap().diary.len(), 2);
        // Another day, from the start screen with nothing in memory: worse again, so the
        // kept answers come back and the warning signs are asked within them.
        state.apply(Action::StartOver);
        state.apply(Action::SetToday(Day(20_002)));
        state.apply(Action::ShowDiary);
        state.apply(Action::AddDiaryEntry(entry(9)));
        assert_eq!(state.screen, Screen::Questions(Page::WarningSigns));
        assert_eq!(state.answers.pain_score, Some(3));
    }
}
