// The guest build: the wasm the widget (widget.js) and the iframe page (embed.html) load, with
// the `guest` cargo feature, which adds their entry points (mount_widget, Widget,
// mount_embedded) and the reading of a clinic's settings. The start page's wasm leaves them
// out: it is on the critical path, and they cost it 14 KB gzip.
// Called by scripts/post-build.mjs, so `trunk build` still makes everything.
//
// It is split as the page's wasm is (scripts/split.mjs), with the page's features and
// `guest`: a clinic visitor's critical path is the widget's. It writes
// backstep-guest-<hash>.js, backstep-guest-<hash>_bg.wasm, backstep-guest-split-<hash>.js and
// the guest's split modules into the staging folder.
import { buildSplit, rustLink } from './split.mjs';

/** Builds the guest wasm into `staging`; returns the names of its glue, wasm, split loader
 *  and split modules there. */
export function buildGuest(staging) {
  const features = [...rustLink().features.split(/[\s,]+/).filter(Boolean), 'guest'].join(',');
  return buildSplit(staging, { stem: 'backstep-guest', features });
}
