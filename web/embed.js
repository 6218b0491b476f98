// The iframe page's loader (embed.html): starts backstep in #app with the settings of the
// page's query string, validated by the wasm like the widget's attributes. No service worker
// and no update offer here: the iframe lives inside a clinic's page.
//
// The build (scripts/runtime.mjs) copies this file to dist/ and fills in the start module's
// hashed name.
import { startPage } from '__BACKSTEP_START__';

await startPage('mount_embedded', window.location.search);
