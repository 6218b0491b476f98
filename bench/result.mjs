// The time from the last answer to the result being drawn, on a warm page: the later modules
// already loaded (src/ui/later.rs), as they are once a person has answered the first
// question. Measured in the page, from the tap on "See my result" on "Check your answers" to
// the frame the result goes out in. Part of the benchmark (bench/run.mjs); also runs alone on
// a built dist/: `node bench/result.mjs`. Its figures are measurements, never test assertions.
import { fileURLToPath } from 'node:url';
import { DIST, launch } from '../tests/e2e/support.mjs';
import { answerPageMildly } from '../tests/e2e/drive.mjs';
import { startServer } from '../scripts/static-server.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

/** Milliseconds from "See my result" to the result drawn, over `loads` questionnaires. */
export async function runResultTiming(browser, url, loads = 10) {
  const times = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#app[data-mounted]');
    // Every question answered mildly, to "Check your answers", itself drawn by later code.
    await page.click('button.begin');
    for (;;) {
      await page.waitForSelector('#page-title, #check-title');
      if ((await page.locator('#check-title').count()) > 0) break;
      const title = await page.locator('#page-title').innerText();
      await answerPageMildly(page);
      await page.click('form button[type="submit"]');
      await page.waitForFunction((before) => document.querySelector('#page-title')?.innerText !== before, title);
    }
    // The press and the drawn result, both timed in the page.
    const timed = page.evaluate(() => new Promise((resolve) => {
      const start = performance.now();
      new MutationObserver((_, observer) => {
        if (document.getElementById('result-title')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      }).observe(document.body, { childList: true, subtree: true });
      document.querySelector('.check .actions button.primary').click();
    }));
    times.push(await timed);
    await context.close();
  }
  return { median_ms: median(times), min_ms: Math.min(...times), max_ms: Math.max(...times), n: times.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({ root: DIST });
  const browser = await launch();
  console.log(JSON.stringify(await runResultTiming(browser, server.url, Number(process.env.BENCH_RESULT_LOADS ?? 10))));
  await browser.close();
  await server.close();
}
