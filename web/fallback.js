// Says "the checker could not start" on a page whose loader cannot even run: loader.js (or
// embed.js), or the start module it imports, missing, blocked or failing to load. The loader
// shows that text itself for every later failure; this covers the one it cannot report.
//
// A classic script file, not a module and not inline (the CSP allows no inline script), with
// `defer`, placed just before the loader: deferred scripts run in document order, so this one
// is listening before the loader's turn comes and its `error` event fires.
for (const script of document.querySelectorAll('script[type="module"][src]')) {
  script.addEventListener('error', () => {
    document.getElementById('load-failed')?.removeAttribute('hidden');
    console.error(`backstep could not start: ${script.src} could not be loaded.`);
  });
}
