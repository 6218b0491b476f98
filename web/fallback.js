// The static start page's own small script, a classic one that runs before the loader can:
// it remembers a tap on the static Start button while the checker loads, and it says "the
// checker could not start" on a page whose loader cannot even run: loader.js (or embed.js),
// or the start module it imports, missing, blocked or failing to load. The loader shows that
// text itself for every later failure; this covers the one it cannot report.
//
// A classic script file, not a module and not inline (the CSP allows no inline script), with
// `defer`, placed just before the loader: deferred scripts run in document order, so this one
// is listening before the loader's turn comes and its `error` event fires, and it is fetched
// beside the stylesheet, so it is there about when the button is first painted.
// The mark the loader reads once the app is mounted (startPage in web/start.js): a tap on
// Start while the wasm loads starts the questionnaire as soon as it can, rather than being
// lost. The mark is the only thing kept: no time, no position. (In a block: a classic
// script's top-level names would be the page's globals.)
{
  const early = document.getElementById('static-start');
  early?.addEventListener('click', () => early.setAttribute('data-tapped', ''));
}

for (const script of document.querySelectorAll('script[type="module"][src]')) {
  script.addEventListener('error', () => {
    document.getElementById('load-failed')?.removeAttribute('hidden');
    // Nothing is loading any more: no Start button, no "Loading".
    document.querySelector('.start-row.static')?.setAttribute('hidden', '');
    console.error(`backstep could not start: ${script.src} could not be loaded.`);
  });
}
