// The guest build: the wasm the widget (widget.js) and the iframe page (embed.html) load, with
// the `guest` cargo feature, which adds their entry points (mount_widget, Widget,
// mount_embedded) and the reading of a clinic's settings. The start page's wasm, which Trunk
// builds, leaves them out: it is on the critical path, and they cost it 14 KB gzip.
// Called by scripts/post-build.mjs, so `trunk build` still makes everything.
//
// It does what Trunk does for the page's wasm, by the same settings: cargo for
// wasm32-unknown-unknown in Trunk's profile, wasm-bindgen --target web, and in release
// wasm-opt with the level and parameters of index.html's rust link. It writes
// backstep-guest-<hash>.js and backstep-guest-<hash>_bg.wasm into the staging folder, the
// hash made from both, so a changed build never reuses a name.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STEM = 'backstep-guest';

/** index.html's `<link data-trunk rel="rust" ...>` attributes: the page's wasm-opt level and
 *  parameters, which the guest build takes too. */
function rustLink() {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const link = html.match(/<link data-trunk rel="rust"[^>]*>/)?.[0];
  if (!link) throw new Error('index.html has no rust link');
  const attribute = (name) => link.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return {
    level: attribute('data-wasm-opt') ?? 'z',
    params: (attribute('data-wasm-opt-params') ?? '').split(/\s+/).filter(Boolean),
  };
}

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 }).toString();

/** Builds the guest wasm into `staging`; returns the names of its glue and wasm there. */
export function buildGuest(staging, release = process.env.TRUNK_PROFILE !== 'debug') {
  const messages = run('cargo', [
    'build', '--lib', '--target', 'wasm32-unknown-unknown', '--features', 'guest',
    ...(release ? ['--release'] : []), '--message-format=json',
  ]);
  // The cdylib cargo wrote, as it reports it (cargo's own path, not a guessed one).
  const wasm = messages.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.target?.name === 'backstep')
    .flatMap((m) => m.filenames).find((file) => file.endsWith('.wasm'));
  if (!wasm) throw new Error('cargo reported no backstep .wasm for the guest build');

  const out = mkdtempSync(join(tmpdir(), 'backstep-guest-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', STEM, wasm]);
    const built = join(out, `${STEM}_bg.wasm`);
    if (release) {
      const { level, params } = rustLink();
      run('wasm-opt', [`-O${level}`, ...params, built, '-o', built]);
    }
    const glueBody = readFileSync(join(out, `${STEM}.js`));
    const wasmBody = readFileSync(built);
    const hash = createHash('sha256').update(glueBody).update(wasmBody).digest('hex').slice(0, 16);
    const names = { glue: `${STEM}-${hash}.js`, wasm: `${STEM}-${hash}_bg.wasm` };
    writeFileSync(join(staging, names.glue), glueBody);
    writeFileSync(join(staging, names.wasm), wasmBody);
    return names;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
