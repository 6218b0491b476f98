// What each level tells the person (triage.md, version 3), read off the real screens of the
// release bundle in English and in Spanish: the emergency panel names the action and says
// "now", asks for an ambulance where the heart or the aorta may be the cause, and its control
// for going on says more answers will not change the advice; "urgent" says "today" and where
// to go; every other result lists the emergency warning signs and what to do if one appears,
// and states its time frame in words. No screen or printout names a source "seed 0...".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAppAt, servedBundle } from './support.mjs';
import { answerQuestionnaire, readResult } from './drive.mjs';

// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

/** What each language must say; each entry a pattern the screen must match. */
const WORDS = {
  en: {
    locale: 'en-US',
    now: /\bnow\b/i,
    ambulance: /ambulance/i,
    notDriven: /do not drive yourself/i,
    willNotChange: /will not change this advice/i,
    keptInDoubt: /not being sure is treated like a "Yes"/i,
    today: /\btoday\b/i,
    urgentWhere: [/urgent care/i, /same-day appointment/i, /out-of-hours service/i],
    signsTitle: /Call 911 or go to an emergency department now if any of these appear/,
    cancerSign: /may have had cancer/i,
    timeframe: {
      urgent: /^Today$/, soon: /^Within a week$/, routine: /^In the next few weeks$/, self_care: /^Check again in 2 to 6 weeks$/,
    },
    appointment: /appointment/i,
    whatHelps: /What helps now/,
    guidelineNote: /NICE, the UK guideline body, does not recommend acupuncture/,
    safetyNet: /not clearly easing within an hour of taking pain relief, or you keep being sick, go to an emergency department now/,
    newSigns: [/strong pain that moves/i, /suddenly becomes much worse, or comes with faintness, sweating or breathlessness/i],
  },
  es: {
    locale: 'es-MX',
    now: /\bahora\b/i,
    ambulance: /ambulancia/i,
    notDriven: /No maneje usted mismo\(a\)/,
    willNotChange: /no cambiarán esta recomendación/i,
    keptInDoubt: /no estar seguro\(a\) cuenta como un "Sí"/i,
    today: /\bhoy\b/i,
    urgentWhere: [/atención de urgencia/i, /consulta el mismo día/i, /fuera de horario/i],
    signsTitle: /Llame al 911 o vaya ahora a la sala de emergencias \(urgencias\) del hospital/,
    cancerSign: /puede haber tenido cáncer/i,
    timeframe: {
      urgent: /^Hoy$/, soon: /^Dentro de una semana$/, routine: /^En las próximas semanas$/, self_care: /^Vuelva a revisar en 2 a 6 semanas$/,
    },
    appointment: /\bcita\b/i,
    whatHelps: /Lo que ayuda ahora/,
    guidelineNote: /NICE, la institución del Reino Unido que hace guías clínicas, no recomienda la acupuntura/,
    safetyNet: /no se alivia claramente en una hora después de tomar un analgésico, o si sigue vomitando, vaya ahora a la sala de emergencias/,
    newSigns: [/dolor fuerte que se ha movido de un lugar a otro/i, /de repente empeora mucho, o que viene con desmayo, sudor o falta de aire/i],
  },
};

/** Text on screen and in the printed summary, for the "no internal label" check. */
async function screenAndPrintText(page) {
  const screen = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'print' });
  const print = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'screen' });
  return `${screen}\n${print}`;
}

async function resultFor(lang, answers) {
  const opened = await openAppAt(bundle.browser, bundle.server.url, { locale: WORDS[lang].locale });
  const { outcome } = await answerQuestionnaire(opened.page, answers);
  assert.equal(outcome, 'result');
  return opened;
}

for (const lang of ['en', 'es']) {
  const w = WORDS[lang];

  test(`${lang}: the emergency panel for chest pain names the action, says now, asks for an ambulance, and going on changes nothing`, async () => {
    const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { locale: w.locale });
    const { outcome, causedBy } = await answerQuestionnaire(page, { chest_or_breathing: 'yes' });
    assert.equal(outcome, 'emergency');
    assert.equal(causedBy, 'chest_pain', 'the chest pain item');
    const panel = await page.locator('.emergency').innerText();
    assert.match(panel, w.now);
    assert.match(panel, w.ambulance);
    assert.match(panel, w.notDriven);
    assert.match(await page.locator('button.acknowledge').innerText(), w.willNotChange);
    assert.doesNotMatch(panel, /within hours|en cuestión de horas/i);
    assert.doesNotMatch(await screenAndPrintText(page), /seed 0/i);
    await context.close();
  });

  test(`${lang}: a known aneurysm with pain getting worse, and sudden severe pain at 50, are emergencies with an ambulance; saddle numbness is an emergency without one`, async () => {
    const aneurysm = await openAppAt(bundle.browser, bundle.server.url, { locale: w.locale });
    assert.equal((await answerQuestionnaire(aneurysm.page, { known_aneurysm: 'yes', worsening: 'yes' })).outcome, 'emergency');
    assert.match(await aneurysm.page.locator('.emergency').innerText(), w.ambulance);
    assert.equal(await aneurysm.page.locator('.emergency [data-rule="known_aneurysm_symptomatic"]').count(), 1);
    await aneurysm.context.close();

    const sudden = await openAppAt(bundle.browser, bundle.server.url, { locale: w.locale });
    const drive = await answerQuestionnaire(sudden.page, { age: 50, sudden_severe_pain: 'yes' });
    assert.equal(drive.outcome, 'emergency');
    assert.equal(drive.causedBy, 'sudden_unrelenting', 'the panel comes with the second sudden-pain item, after the age');
    assert.match(await sudden.page.locator('.emergency').innerText(), w.ambulance);
    assert.equal(await sudden.page.locator('.emergency [data-rule="sudden_severe_pain_over_50"]').count(), 1);
    await sudden.context.close();

    const saddle = await openAppAt(bundle.browser, bundle.server.url, { locale: w.locale });
    assert.equal((await answerQuestionnaire(saddle.page, { saddle_numbness: 'yes' })).outcome, 'emergency');
    const panel = await saddle.page.locator('.emergency').innerText();
    assert.match(panel, w.now);
    assert.equal(await saddle.page.locator('.emergency-ambulance').count(), 0, 'no ambulance sentence for cauda equina alone');
    await saddle.context.close();
  });

  test(`${lang}: "not sure" about chest pain keeps the emergency, and the panel says why`, async () => {
    const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { locale: w.locale });
    assert.equal((await answerQuestionnaire(page, { chest_or_breathing: 'unsure' })).outcome, 'emergency');
    const reason = await page.locator('.emergency [data-rule="chest_or_breathing"]').innerText();
    assert.match(reason, w.keptInDoubt);
    await context.close();
  });

  test(`${lang}: urgent says today and where to go, lists the warning signs, and shows no ladder`, async () => {
    const { context, page } = await resultFor(lang, { fever: 'yes' });
    const shown = await readResult(page);
    assert.equal(shown.level, 'urgent');
    assert.equal(shown.ladderShown, false);
    const advice = await page.locator('.advice').innerText();
    assert.match(advice, w.today);
    for (const where of w.urgentWhere) assert.match(advice, where);
    assert.match(await page.locator('.timeframe').innerText(), w.timeframe.urgent);
    assert.match(await page.locator('.warning-signs h2').innerText(), w.signsTitle);
    assert.equal(await page.locator('.warning-signs li').count(), 10, 'the ten emergency warning signs');
    for (const sign of w.newSigns) assert.match(await page.locator('.warning-signs').innerText(), sign);
    assert.doesNotMatch(await screenAndPrintText(page), /seed 0|within hours|en cuestión de horas/i);
    await context.close();
  });

  test(`${lang}: a sudden severe pain under 50 is urgent with the one-hour safety net, on screen and in the printout`, async () => {
    const { context, page } = await resultFor(lang, { age: 32, sudden_severe_pain: 'yes' });
    const shown = await readResult(page);
    assert.equal(shown.level, 'urgent');
    assert.match(await page.locator('.advice').innerText(), w.safetyNet);
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.locator('.summary-copy').first().innerText(), w.safetyNet);
    for (const sign of w.newSigns) assert.match(await page.locator('.summary-copy').first().innerText(), sign, 'the printout lists the warning signs');
    await page.emulateMedia({ media: 'screen' });
    await context.close();
    // Fever is urgent too, and says nothing of the hour.
    const fever = await resultFor(lang, { fever: 'yes' });
    assert.doesNotMatch(await fever.page.locator('.advice').innerText(), w.safetyNet);
    await fever.context.close();
  });

  test(`${lang}: soon and routine state their time frames and list the warning signs; past cancer adds its own sign`, async () => {
    const soon = await resultFor(lang, { cancer_history: 'yes' });
    assert.equal((await readResult(soon.page)).level, 'soon');
    assert.match(await soon.page.locator('.timeframe').innerText(), w.timeframe.soon);
    assert.equal(await soon.page.locator('.warning-signs li').count(), 11, 'ten signs and the cancer one');
    for (const sign of w.newSigns) assert.match(await soon.page.locator('.warning-signs').innerText(), sign);
    assert.match(await soon.page.locator('.warning-signs').innerText(), w.cancerSign);
    // Below urgent, self-care is where every person starts: "What helps now" is there too.
    assert.match(await soon.page.locator('.helps-now').innerText(), w.whatHelps);
    await soon.context.close();

    const routine = await resultFor(lang, { duration_weeks: 8 });
    assert.equal((await readResult(routine.page)).level, 'routine');
    assert.match(await routine.page.locator('.timeframe').innerText(), w.timeframe.routine);
    assert.equal(await routine.page.locator('.warning-signs li').count(), 10);
    for (const sign of w.newSigns) assert.match(await routine.page.locator('.warning-signs').innerText(), sign);
    assert.doesNotMatch(await routine.page.locator('.warning-signs').innerText(), w.cancerSign);
    assert.doesNotMatch(await screenAndPrintText(routine.page), /seed 0/i);
    assert.match(await routine.page.locator('.helps-now').innerText(), w.whatHelps);
    await routine.context.close();
  });

  test(`${lang}: self-care says what helps now and when to check again, lists the warning signs, and speaks of no appointment`, async () => {
    const { context, page } = await resultFor(lang, {});
    const shown = await readResult(page);
    assert.equal(shown.level, 'self_care');
    assert.equal(shown.nextStep, 1);
    assert.match(await page.locator('.timeframe').innerText(), w.timeframe.self_care);
    assert.match(await page.locator('.helps-now').innerText(), w.whatHelps);
    assert.equal(await page.locator('.warning-signs li').count(), 10);
    for (const sign of w.newSigns) assert.match(await page.locator('.warning-signs').innerText(), sign);
    assert.doesNotMatch(await page.locator('main').innerText(), w.appointment, 'no appointment is advised, so none is mentioned');
    await context.close();
  });

  test(`${lang}: an option a guideline does not recommend keeps its card, with the note and its source`, async () => {
    // Heat and ice for 3 weeks, no better: step 2, where acupuncture is one of the options.
    const { context, page } = await resultFor(lang, { duration_weeks: 3, treatments_tried: ['heat_ice'], relief: { heat_ice: 'none' } });
    const shown = await readResult(page);
    assert.equal(shown.nextStep, 2);
    assert.ok(shown.options.includes('acupuncture'), 'the option is still offered');
    // Folded under its name and one line; opened, the note and its source.
    await page.locator('.option-card[data-option="acupuncture"] summary').click();
    const card = await page.locator('.option-card[data-option="acupuncture"]').innerText();
    assert.match(card, w.guidelineNote);
    assert.match(card, /NICE guideline NG59/);
    await context.close();
  });
}

test('each treatment ticked gets its own "how much did it help" question, and the answers reach the ladder', async () => {
  // Facet block helped for a while, physical therapy a little: radiofrequency ablation fits
  // (ladder.md), so the next step is 4 with ablation offered.
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { locale: 'en-US' });
  const answers = {
    age: 58,
    duration_weeks: 30,
    treatments_tried: ['physical_therapy', 'facet_joint_block'],
    pt_weeks: 8,
    relief: { physical_therapy: 'partial', facet_joint_block: 'temporary' },
  };
  const { outcome } = await answerQuestionnaire(page, answers);
  assert.equal(outcome, 'result');
  const shown = await readResult(page);
  assert.equal(shown.nextStep, 4);
  assert.ok(shown.options.includes('radiofrequency_ablation'), shown.options.join());
  // The printed answers carry one relief answer per treatment.
  await page.emulateMedia({ media: 'print' });
  const summary = await page.locator('.summary').innerText();
  assert.match(summary, /Facet joint injection: It helped, then wore off/);
  assert.match(summary, /Physical therapy \(physiotherapy\): It helped a little, but not enough/);
  await context.close();
});
