// Drives the real questionnaire in the browser the way a person does: it finds each
// question on the screen, answers it from a reference case (or with its mildest choice when
// the case does not mention it), and goes on until the result, or until the emergency panel
// interrupts.

/** Answers for questions a case does not mention: the mildest choice, and numbers that
 *  satisfy no rule's comparison (age 50 is neither under 20, under 45 nor 70 or more). */
export const MILDEST = {
  age: 50,
  duration_weeks: 1,
  pain_score: 0,
  pt_weeks: 0,
  treatments_tried: [],
  // How much each treatment ticked helped: an option with no entry is answered "none",
  // which is how the engine reads an option tried without a relief answer.
  relief: {},
};
const MILDEST_CHOICE = {
  pain_area: 'lower',
  leg_pain: 'none',
  leg_weakness: 'none',
  daily_function: 'normal',
  diagnosis: 'none_known',
};

/**
 * The answer to a screening item, read from a case's contract fields through the field the
 * item names (`data-field`): an item that alone answers its field carries that field's
 * value. Where items share a field, the first on the screen carries it and the rest say "no"
 * (vascular_warning's three, chest_or_breathing's two), except sudden_severe_pain, whose two
 * items are both needed for a "yes", so both carry it; and the leg items, which follow
 * leg_pain and leg_weakness (the first asks whether there is any, its follow-up how far or
 * whether it is getting worse). `question` is { id, field, followUp, first }.
 */
function itemAnswer(answers, { field, followUp, first }) {
  const value = answers[field] ?? undefined;
  switch (field) {
    case 'leg_pain':
      return followUp ? (value === 'below_knee' ? 'yes' : 'no') : (['above_knee', 'below_knee'].includes(value) ? 'yes' : 'no');
    case 'leg_weakness':
      if (followUp) return value === 'worsening' ? 'yes' : 'no';
      if (value === 'unsure') return 'unsure';
      return ['stable', 'worsening'].includes(value) ? 'yes' : 'no';
    case 'sudden_severe_pain':
      return value ?? 'no';
    default:
      return first ? value ?? 'no' : 'no';
  }
}

/** The answer to a question on the screen: a screening item through its field, else the
 *  case's own answer, else the mildest. */
function answerFor(answers, question) {
  if (question.item) return itemAnswer(answers, question);
  const field = question.field;
  const given = answers[field];
  if (given !== undefined && given !== null) return given;
  if (field in MILDEST) return MILDEST[field];
  if (field in MILDEST_CHOICE) return MILDEST_CHOICE[field];
  return 'no';
}

/**
 * The app as the driver reaches it: on a page of its own, through Playwright's locators; inside
 * a clinic's widget, through `widgetInside(page)` from support.mjs (the widget's shadow root is
 * closed, so no page-level selector reaches in). Both give the same few operations. Set for one
 * drive by the `inside` option of `answerQuestionnaire`, `answerPageMildly` and `readResult`.
 */
export function onPage(page) {
  return {
    click: (selector) => page.locator(selector).click(),
    fill: (selector, text) => page.locator(selector).fill(String(text)),
    waitFor: (selector) => page.waitForSelector(selector),
    count: (selector) => page.locator(selector).count(),
    text: (selector) => page.locator(selector).innerText(),
    attribute: (selector, name) => page.locator(selector).getAttribute(name),
    checked: (selector) => page.locator(selector).isChecked(),
    focused: (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector),
    all: (selector, fn) => page.locator(selector).evaluateAll(fn),
    one: (selector, fn) => page.locator(selector).evaluate(fn),
  };
}

let ui;
const within = (page, inside) => { ui = inside ?? onPage(page); };

/** The questions now on the screen, in order: each its id, the contract field it answers
 *  (`data-field`), whether it is a screening item (yes / no / not sure), whether it is a
 *  follow-up, and whether it is the first on the screen to answer its field. */
async function questionsOnScreen(page) {
  return ui.all('.question[id^="q-"]', (nodes) => {
    const seen = new Set();
    return nodes.map((node) => {
      const field = node.dataset.field;
      const first = !seen.has(field);
      seen.add(field);
      return {
        id: node.id.slice(2),
        field,
        item: node.classList.contains('item'),
        followUp: node.classList.contains('follow-up'),
        first,
      };
    });
  });
}

async function emergencyShown(page) {
  return (await ui.count('.emergency')) > 0;
}

/** With the keyboard alone: Tab until `selector` has focus (at most `limit` presses). */
async function tabTo(page, selector, limit = 250) {
  for (let i = 0; i < limit; i += 1) {
    if (await ui.focused(selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`keyboard: could not reach ${selector} with Tab`);
}

async function chooseRadio(page, field, value, keyboard) {
  const selector = `input[name="${field}"][value="${value}"]`;
  if (!keyboard) {
    // A click, not check(): an emergency answer replaces the question at once, so there may
    // be no radio left to confirm as checked.
    await ui.click(selector);
    return;
  }
  // Tab into the group, then arrow keys to the value, as a keyboard user would.
  await tabTo(page, `input[type="radio"][name="${field}"]`);
  for (let i = 0; i < 12; i += 1) {
    if (await ui.focused(selector)) break;
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Space');
}

async function typeInto(page, selector, text, keyboard) {
  if (!keyboard) {
    await ui.fill(selector, text);
    return;
  }
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(text));
}

async function setCheckbox(page, selector, wanted, keyboard) {
  if ((await ui.checked(selector)) === wanted) return;
  if (!keyboard) {
    await ui.click(selector);
    return;
  }
  await tabTo(page, selector);
  await page.keyboard.press('Space');
}

async function answerQuestion(page, field, value, keyboard) {
  switch (field) {
    case 'age':
      return typeInto(page, '#q-age-input', value, keyboard);
    case 'pt_weeks':
      return typeInto(page, '#q-pt_weeks-input', value, keyboard);
    case 'duration_weeks':
      // Typed in weeks (the unit the contract uses); the unit list stays on weeks.
      return typeInto(page, '#q-duration_weeks input', value, keyboard);
    case 'pain_score':
      return chooseRadio(page, field, String(value), keyboard);
    case 'relief': {
      // One group of radios per treatment ticked, named relief-<option id>.
      const options = await ui.all('#q-relief fieldset[data-option]', (groups) =>
        groups.filter((group) => !group.querySelector('input:checked')).map((group) => group.dataset.option));
      for (const option of options) await chooseRadio(page, `relief-${option}`, value[option] ?? 'none', keyboard);
      return undefined;
    }
    case 'treatments_tried': {
      const wanted = new Set(value);
      if (wanted.size === 0) return setCheckbox(page, 'input[name="treatments_tried"][value="none"]', true, keyboard);
      for (const id of wanted) {
        const box = `input[name="treatments_tried"][value="${id}"]`;
        // Injections and procedures are folded: open them first, as a person would.
        if (await ui.one(box, (el) => Boolean(el.closest('details') && !el.closest('details').open))) {
          await ui.click('details.more-treatments summary');
        }
        await setCheckbox(page, box, true, keyboard);
      }
      return undefined;
    }
    default:
      return chooseRadio(page, field, value, keyboard);
  }
}

/** Questions a person may leave (folded on the page): answered only when a case gives them. */
const OPTIONAL = new Set(['diagnosis', 'recent_imaging']);

/** Opens the folded part of the page that holds question `field`, if it is folded. */
async function unfold(field) {
  if (await ui.one(`#q-${field}`, (q) => Boolean(q.closest('details') && !q.closest('details').open))) {
    await ui.click('details.optional-questions summary');
  }
}

/** Answers every question on the screen that has no answer yet with its mildest choice. */
export async function answerPageMildly(page, { inside } = {}) {
  within(page, inside);
  for (const question of await questionsOnScreen(page)) {
    const field = question.id;
    if (OPTIONAL.has(field)) continue;
    // Answered: a choice made (in every group, for the relief of each treatment) or a number typed.
    const answered = await ui.one(`#q-${field}`, (question) => {
      const groups = [...question.querySelectorAll('fieldset[data-option]')];
      if (groups.length > 0) return groups.every((group) => group.querySelector('input:checked'));
      return Boolean(question.querySelector('input:checked') || [...question.querySelectorAll('input[type="text"]')].some((i) => i.value));
    });
    if (!answered) await answerQuestion(page, field, answerFor({}, question), false);
  }
}

/**
 * Answers a whole questionnaire from `answers`. By default it stops as soon as the emergency
 * panel interrupts and returns { outcome: 'emergency', causedBy } (the field whose answer
 * caused it; null when it came on going to the next page). With `readOnPastEmergency`, it
 * acknowledges each panel, as a person may, and goes on to the result; `interruptions` then
 * lists the fields that caused a panel.
 */
export async function answerQuestionnaire(page, answers, { keyboard = false, readOnPastEmergency = false, inside } = {}) {
  within(page, inside);
  const interruptions = [];
  const acknowledge = async (causedBy) => {
    interruptions.push(causedBy);
    if (!readOnPastEmergency) return false;
    await ui.click('button.acknowledge');
    await ui.waitFor('#page-title, #check-title, #result-title');
    return true;
  };
  if (keyboard) {
    await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');
  } else {
    await ui.click('button.begin');
  }
  for (let pageNumber = 0; pageNumber < 14; pageNumber += 1) {
    await ui.waitFor('#page-title, #check-title');
    if ((await ui.count('#check-title')) > 0) {
      // Check your answers, then the result, as a person does.
      if (keyboard) {
        await tabTo(page, '.check .actions button.primary');
        await page.keyboard.press('Enter');
      } else {
        await ui.click('.check .actions button.primary');
      }
      await ui.waitFor('#page-title, #result-title, .emergency');
      if ((await emergencyShown(page)) && !(await acknowledge(null))) {
        return { outcome: 'emergency', causedBy: null, interruptions };
      }
      if ((await ui.count('#result-title')) > 0) return { outcome: 'result', interruptions };
      continue;
    }
    // An "any of these?" group whose every item is no: "None of these", one tap.
    if ((await ui.count('button.none-of-these')) > 0) {
      const items = await questionsOnScreen(page);
      if (items.every((question) => answerFor(answers, question) === 'no')) {
        if (keyboard) {
          await tabTo(page, 'button.none-of-these');
          await page.keyboard.press('Enter');
        } else {
          await ui.click('button.none-of-these');
        }
        await ui.waitFor('#page-title, #check-title, .emergency');
        continue;
      }
    }
    const done = new Set();
    for (;;) {
      const question = (await questionsOnScreen(page)).find((q) => !done.has(q.id));
      if (!question) break;
      const field = question.id;
      done.add(field);
      if (OPTIONAL.has(field)) {
        if (answers[field] === undefined || answers[field] === null) continue;
        await unfold(field);
      }
      await answerQuestion(page, field, answerFor(answers, question), keyboard);
      if ((await emergencyShown(page)) && !(await acknowledge(field))) {
        return { outcome: 'emergency', causedBy: field, interruptions };
      }
    }
    if (keyboard) {
      await tabTo(page, 'form button[type="submit"]');
      await page.keyboard.press('Enter');
    } else {
      await ui.click('form button[type="submit"]');
    }
    await ui.waitFor('#page-title, #check-title, #result-title, .emergency');
    if ((await emergencyShown(page)) && !(await acknowledge(null))) {
      return { outcome: 'emergency', causedBy: null, interruptions };
    }
    if ((await ui.count('#result-title')) > 0) return { outcome: 'result', interruptions };
    if ((await ui.count('.problems')) > 0) {
      throw new Error(`the page would not go on: ${await ui.text('.problems')}`);
    }
  }
  throw new Error('the questionnaire never reached a result');
}

/** The result screen as the person sees it: the level, and the ladder's next step if drawn. */
export async function readResult(page, { inside } = {}) {
  within(page, inside);
  const level = await ui.attribute('.advice', 'data-level');
  const nextStep = (await ui.count('.ladder-step.next')) > 0
    ? Number((await ui.attribute('.ladder-step.next', 'class')).match(/step-(\d)/)[1])
    : null;
  const options = await ui.all('.option-card', (cards) => cards.map((card) => card.dataset.option));
  return { level, nextStep, options, ladderShown: (await ui.count('.ladder')) > 0 };
}
