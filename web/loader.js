// The start page's loader (index.html, and the installed app): starts backstep in #app, then
// registers the service worker that keeps it working offline and brings new versions.
//
// The build (scripts/runtime.mjs) copies this file to dist/ and fills in the start module's
// hashed name.
import { startPage } from '__BACKSTEP_START__';

await startPage('mount');

// Updates. The app and this loader speak through three window events that carry nothing but
// their names (src/ui/update.rs): the app asks 'backstep:check-for-update' on its start and
// result screens, this loader answers 'backstep:update-ready' when a new version is there,
// and the app sends 'backstep:apply-update' when the person presses "Update now". The page
// never reloads by itself: the answers live only in memory, and a reload clears them.
//
// A new version is "there" for this page in two ways: a new worker is waiting (nobody has
// updated yet), or a newer worker has already taken control of this page because the person
// updated in another tab; this page still runs the old version until it reloads, and then
// there is nothing waiting any more, so "Update now" must reload it all the same.
if ('serviceWorker' in navigator) {
  const workers = navigator.serviceWorker;
  const tell = (name) => window.dispatchEvent(new Event(name));
  // The worker in control: null on a first visit, until the first worker takes over.
  let controller = workers.controller;
  // A newer worker took control after this page had started under an older one.
  let updated = false;
  // The person pressed "Update now" in this page.
  let chosen = false;

  const registration = workers.register('./sw.js');
  const announce = (ready) => {
    if (updated || (ready.waiting && workers.controller)) tell('backstep:update-ready');
  };

  workers.addEventListener('controllerchange', () => {
    // The first worker taking over a first visit is no update: this page is its version.
    if (controller) updated = true;
    controller = workers.controller;
    if (!updated) return;
    if (chosen) window.location.reload();
    else tell('backstep:update-ready');
  });

  registration.then((ready) => {
    announce(ready);
    ready.addEventListener('updatefound', () => {
      const worker = ready.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') announce(ready);
      });
    });
  }, (error) => console.warn('backstep: offline use is not available:', error));

  window.addEventListener('backstep:check-for-update', () => {
    registration.then((ready) => {
      ready.update().catch(() => {});
      announce(ready);
    }, () => {});
  });

  window.addEventListener('backstep:apply-update', () => {
    chosen = true;
    if (updated) {
      window.location.reload();
      return;
    }
    // The waiting worker takes over every tab of this copy; this one reloads when it does
    // (the 'controllerchange' above). If another tab's update is already under way, there
    // is no waiting worker left to ask, and that same event comes all the same.
    registration.then((ready) => ready.waiting?.postMessage('skip-waiting'), () => {});
  });
}
