// The start page on a slow phone, cold: when its static start text shows, and when the first
// question shows for a person who taps Start the moment the live app offers it, both from
// navigation start. Part of the benchmark (bench/run.mjs); also runs alone on a built dist/:
// `node bench/slow-phone.mjs`. Its figures are measurements, never test assertions.
//
// The profile, a slow phone on a poor mobile network: 1.6 Mbps down, 750 kbps up, 150 ms round trip, the CPU slowed 4x,
// through the DevTools Protocol (Network.emulateNetworkConditions,
// Emulation.setCPUThrottlingRate). Every load is cold: a new browser context (no service
// worker, no cache) with the HTTP cache disabled as well.
import { fileURLToPath } from 'node:url';
import { DIST, launch } from '../tests/e2e/support.mjs';
import { startServer } from '../scripts/static-server.mjs';

export const PROFILE = {
  download_bytes_per_s: 1_600_000 / 8,
  upload_bytes_per_s: 750_000 / 8,
  latency_ms: 150,
  cpu_slowdown: 4,
};

/** In the page, before any of its scripts: taps the live app's Start button as soon as it is
 *  drawn (in the page itself, so no round trip of the test driver is counted), and notes when
 *  the app mounted and when the first question was drawn (at the next animation frame, the
 *  paint it goes out in). */
function watch() {
  const times = {};
  window.__slowPhone = times;
  let tapped = false;
  new MutationObserver(() => {
    const app = document.getElementById('app');
    if (times.mounted === undefined && app?.hasAttribute('data-mounted')) times.mounted = performance.now();
    const begin = app?.hasAttribute('data-mounted') ? app.querySelector('button.begin:not([disabled])') : null;
    if (begin && !tapped) {
      tapped = true;
      begin.click();
    }
    if (tapped && times.question === undefined && document.getElementById('page-title')) {
      times.question = -1;
      requestAnimationFrame(() => { times.question = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const spread = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: median(s), min: s[0], max: s.at(-1), n: s.length }; };

/** `loads` cold loads of `url` under the profile: the static start text (first contentful
 *  paint), the app mounted, and the first question, in ms from navigation start. */
export async function runSlowPhone(browser, url, loads = 10) {
  const runs = [];
  // One load more than counted: the first fills the server's cache of compressed files.
  for (let i = 0; i <= loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await context.addInitScript(watch);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latency_ms,
      downloadThroughput: PROFILE.download_bytes_per_s,
      uploadThroughput: PROFILE.upload_bytes_per_s,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu_slowdown });
    await page.goto(url);
    await page.waitForFunction(() => window.__slowPhone.question > 0, null, { timeout: 60000 });
    const times = await page.evaluate(() => ({
      ...window.__slowPhone,
      static_text: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    runs.push(times);
    await context.close();
  }
  runs.shift();
  return {
    profile: PROFILE,
    loads,
    static_text_ms: spread(runs.map((r) => r.static_text)),
    mounted_ms: spread(runs.map((r) => r.mounted)),
    first_question_ms: spread(runs.map((r) => r.question)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({ root: DIST, compress: true });
  const browser = await launch();
  const result = await runSlowPhone(browser, server.url, Number(process.env.BENCH_SLOW_LOADS ?? 10));
  console.log(JSON.stringify(result));
  await browser.close();
  await server.close();
}
