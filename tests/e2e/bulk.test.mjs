// No bulk control undoes an emergency answer. For every item that raises the emergency panel on
// its own, in every group: answer it yes, read the panel, go back to the group, then use every
// control a person meets on that screen and after it ("No to the rest", "None of these", Next,
// Check your answers). The result must stay an emergency. Only that answer's own control may
// change it, and then the result says, at the top, that they had said yes to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAppAt, servedBundle } from './support.mjs';
import { answerPageMildly } from './drive.mjs';

const bundle = servedBundle();
const openApp = () => openAppAt(bundle.browser, bundle.server.url);

const SCREEN = '#page-title, #check-title, #result-title, .emergency';

/** The ids of the screening items on the screen, in order (a group has the group button). */
async function itemsOnScreen(page) {
  if ((await page.locator('button.none-of-these').count()) === 0) return [];
  return page.locator('.question[id^="q-"]').evaluateAll((nodes) =>
    nodes.filter((node) => node.querySelector('input[value="unsure"]')).map((node) => node.id.slice(2)));
}

/** On to the next step the way a person in a hurry does: the group's button where there is one,
 *  else mild answers to what is open and Next. */
async function goOn(page) {
  if ((await page.locator('button.none-of-these').count()) > 0) {
    await page.locator('button.none-of-these').click();
  } else {
    await answerPageMildly(page);
    await page.locator('form button[type="submit"]').click();
  }
  await page.waitForSelector(SCREEN);
}

/** From the step the app is on to the result, with every bulk control on the way. */
async function toTheResult(page) {
  for (let step = 0; step < 16; step += 1) {
    await page.waitForSelector(SCREEN);
    if ((await page.locator('.emergency').count()) > 0) {
      await page.locator('button.acknowledge').click();
      continue;
    }
    if ((await page.locator('#result-title').count()) > 0) return;
    if ((await page.locator('#check-title').count()) > 0) {
      await page.locator('.check .actions button.primary').click();
      continue;
    }
    await goOn(page);
  }
  throw new Error('never reached the result');
}

/** A fresh page at the group `step` steps after the first, each before it answered "None". */
async function openAtStep(step) {
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  for (let at = 0; at < step; at += 1) {
    await page.waitForSelector('#page-title');
    await goOn(page);
  }
  await page.waitForSelector('#page-title');
  return { context, page };
}

/** Every screening item that raises the emergency panel by itself, with the step it is on:
 *  each tried yes on a fresh page (a panel read once is not shown again for its rule). */
async function emergencyItems() {
  const groups = [];
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  for (let step = 0; step < 8; step += 1) {
    await page.waitForSelector('#page-title, #check-title');
    if ((await page.locator('#check-title').count()) > 0) break;
    groups.push(await itemsOnScreen(page));
    await goOn(page);
  }
  await context.close();
  const found = [];
  for (const [step, items] of groups.entries()) {
    for (const item of items) {
      const { context: fresh, page: at } = await openAtStep(step);
      await at.locator(`input[name="${item}"][value="yes"]`).click();
      await at.waitForSelector(SCREEN);
      if ((await at.locator('.emergency').count()) > 0) found.push({ item, step });
      await fresh.close();
    }
  }
  return found;
}

test('no bulk control lowers an emergency answer, in any group; changing that answer is said at the top of the result', async () => {
  const raising = await emergencyItems();
  const names = raising.map(({ item }) => item);
  for (const must of ['saddle_numbness', 'bladder_change', 'chest_pain']) {
    assert.ok(names.includes(must), `${must} raises the emergency panel on its own; found ${names.join(', ')}`);
  }
  assert.ok(new Set(raising.map(({ step }) => step)).size >= 2, 'emergency items on more than one group');

  for (const { item, step } of raising) {
    const { context, page } = await openAtStep(step);
    await page.locator(`input[name="${item}"][value="yes"]`).click();
    await page.locator('.emergency').waitFor();
    await page.locator('button.acknowledge').click();
    await page.waitForSelector('#page-title');
    // Back on the same group: the yes is still ticked, and the big button answers only the rest.
    assert.equal(await page.locator(`input[name="${item}"][value="yes"]`).isChecked(), true, item);
    assert.match(await page.locator('button.none-of-these').innerText(), /No to the rest/, item);
    await toTheResult(page);
    assert.equal(await page.locator('.advice').getAttribute('data-level'), 'emergency', `${item}: every bulk control kept the emergency`);
    assert.equal(await page.locator('.emergency-changed').count(), 0, `${item}: nothing was changed`);

    // The person changes that very answer, through "Change" and its own radio.
    await page.locator('.result button', { hasText: 'Change my answers' }).first().click();
    await page.waitForSelector('#check-title');
    const changeButtons = page.locator('.check button', { hasText: /^Change/ });
    const count = await changeButtons.count();
    let changed = false;
    for (let i = 0; i < count && !changed; i += 1) {
      await changeButtons.nth(i).click();
      await page.waitForSelector('#page-title');
      if ((await page.locator(`#q-${item}`).count()) > 0) {
        await page.locator(`input[name="${item}"][value="no"]`).click();
        changed = true;
      }
      await page.locator('form button[type="submit"]').click();
      await page.waitForSelector('#check-title, #page-title');
    }
    assert.ok(changed, `${item}: reached through Change`);
    await toTheResult(page);
    const notice = page.locator('.emergency-changed');
    assert.equal(await notice.count(), 1, `${item}: the changed emergency answer is said`);
    const box = await notice.boundingBox();
    const advice = await page.locator('.advice').boundingBox();
    assert.ok(box.y < advice.y, `${item}: at the top, above the advice`);
    assert.match(await notice.innerText(), /Earlier you said yes/);
    assert.equal(await notice.locator('a.call').getAttribute('href'), 'tel:911');
    await context.close();
  }
});
