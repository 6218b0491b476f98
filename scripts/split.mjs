// One split wasm build: the page's (scripts/post-build.mjs) and the guest's (scripts/guest.mjs).
// The later screens are `#[wasm_split]` points (src/ui/later.rs, the cargo feature `split`);
// wasm-split-cli cuts them out of the wasm rustc linked, before wasm-bindgen runs, so this does
// what Trunk does for a wasm, in the order the split needs:
//
//   cargo build for wasm32-unknown-unknown, the profile Trunk uses, with `features`
//     (.cargo/config.toml keeps the linker's relocations, which the split reads);
//   wasm-split-cli: the main module, one module per split point (and a shared chunk when two
//     points share code), and __wasm_split.js, which loads them;
//   wasm-bindgen --target web --keep-lld-exports on the main module (the split modules reach
//     the main module's functions through those exports);
//   in release, wasm-opt on every module, at the level and with the parameters of index.html's
//     rust link (the ones Trunk would use);
//   every file named for its content.
//
// __wasm_split.js fetches a module and instantiates it as it streams in, unchecked. Here each
// fetch gets the module's integrity digest, and the module is instantiated from the bytes the
// digest was checked on: a module changed on the server is refused like the start wasm is, and
// the app shows its "could not load" state (ui/later.rs). A __wasm_split.js that no longer reads
// as expected (another wasm-split-cli) stops the build rather than ship unchecked fetches.
//
// The glue imports the split loader and the loader imports the glue, so the two share one name
// hash, made from both and the main wasm; each split module has its own. Written into `staging`:
//   <stem>-<hash>.js and <stem>-<hash>_bg.wasm   the glue and the main module, as Trunk names them;
//   <stem>-split-<hash>.js                       the split loader;
//   <stem>-split-<module>-<hash>.wasm            each split module ("-split-" keeps them off
//                                                the critical path: scripts/runtime.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrity } from './runtime.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The name wasm-split-cli gives its loader, and the glue imports it by. */
const LOADER = '__wasm_split.js';

/** index.html's `<link data-trunk rel="rust" ...>` attributes: the cargo features, and the
 *  wasm-opt level and parameters every module of every build takes (Trunk's own wasm-opt run
 *  is off there, `data-wasm-opt="0"`: its output gives way to the split build's). */
export function rustLink() {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const link = html.match(/<link data-trunk rel="rust"[^>]*>/)?.[0];
  if (!link) throw new Error('index.html has no rust link');
  const attribute = (name) => link.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return {
    level: attribute('data-split-wasm-opt') ?? 'z',
    params: (attribute('data-wasm-opt-params') ?? '').split(/\s+/).filter(Boolean),
    features: attribute('data-cargo-features') ?? '',
  };
}

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 }).toString();
const hash = (...parts) => parts.reduce((h, part) => h.update(part), createHash('sha256')).digest('hex').slice(0, 16);

/** The wasm cargo links for `features`, as cargo reports it (its own path, not a guessed one). */
function cargoWasm(features, release) {
  const messages = run('cargo', [
    'build', '--lib', '--target', 'wasm32-unknown-unknown', '--features', features,
    ...(release ? ['--release'] : []), '--message-format=json',
  ]);
  const wasm = messages.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.target?.name === 'backstep')
    .flatMap((m) => m.filenames).find((file) => file.endsWith('.wasm'));
  if (!wasm) throw new Error(`cargo reported no backstep .wasm for the features ${features}`);
  return wasm;
}

/** Replaces `pattern` in `source` by `replacement`, `count` times exactly (at least once for
 *  'some'), or stops the build. */
function patch(source, pattern, replacement, count, what) {
  const found = source.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  if (count === 'some' ? found === 0 : found !== count) {
    throw new Error(`split: found ${found} ${what}, expected ${count}: wasm-split-cli or wasm-bindgen writes another form, which scripts/split.mjs must learn`);
  }
  return source.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), replacement);
}

/** Builds, splits, binds and optimises one build of the wasm into `staging`. Returns the
 *  names written there: { glue, wasm, loader, modules: [...] }. */
export function buildSplit(staging, { stem, features, release = process.env.TRUNK_PROFILE !== 'debug' }) {
  const raw = cargoWasm(features, release);
  const work = mkdtempSync(join(tmpdir(), `${stem}-split-`));
  try {
    const split = join(work, 'split');
    const bound = join(work, 'bound');
    run('wasm-split-cli', [raw, split, '--target', 'web', '--out-name', stem]);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', stem, join(split, `${stem}.wasm`)]);
    const main = join(bound, `${stem}_bg.wasm`);
    const moduleFiles = readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`).sort();
    if (!moduleFiles.length) throw new Error(`split: wasm-split-cli found no split point in ${raw}; was it built with the feature split?`);
    const optimise = release ? rustLink() : null;
    for (const file of [main, ...moduleFiles.map((name) => join(split, name))]) {
      if (optimise) run('wasm-opt', [`-O${optimise.level}`, ...optimise.params, file, '-o', file]);
    }

    // Each split module under its hashed name, fetched with its digest, instantiated from the
    // bytes the digest was checked on.
    let loader = readFileSync(join(split, LOADER), 'utf8');
    const modules = [];
    for (const file of moduleFiles) {
      const body = readFileSync(join(split, file));
      const name = `${stem}-split-${file.replace(/^split_/, '').replace(/\.wasm$/, '').replace(/_/g, '-')}-${hash(body)}.wasm`;
      writeFileSync(join(staging, name), body);
      modules.push(name);
      const url = new RegExp(`fetch\\(new URL\\("\\./${file.replace(/\./g, '\\.')}", import\\.meta\\.url\\)\\)`);
      loader = patch(loader, url, `fetch(new URL(${JSON.stringify(`./${name}`)}, import.meta.url), { integrity: ${JSON.stringify(integrity(body))} })`, 1, `fetch of ${file}`);
    }
    loader = patch(loader, /WebAssembly\.instantiateStreaming\(src, imports\)/, 'src.then(checkedBytes).then((bytes) => WebAssembly.instantiate(bytes, imports))', moduleFiles.length, 'streaming instantiations');
    loader = patch(loader, /fetch\(new URL\("\.\/[^"]+", import\.meta\.url\)\)/, '', 0, 'unchecked fetches');
    loader = `${loader}
// Added by scripts/split.mjs: the bytes of a module fetched with its integrity digest (the
// fetch rejects bytes that do not match it), or an error a failed answer can be told by.
function checkedBytes(response) {
    if (!response.ok) throw new Error(\`\${response.url}: HTTP \${response.status}\`);
    return response.arrayBuffer();
}
`;

    // The glue and the loader import each other: one hash for both, and the main wasm.
    let glue = readFileSync(join(bound, `${stem}.js`), 'utf8');
    const mainBody = readFileSync(main);
    const shared = hash(glue, loader, mainBody);
    const names = { glue: `${stem}-${shared}.js`, wasm: `${stem}-${shared}_bg.wasm`, loader: `${stem}-split-${shared}.js`, modules };
    // Only the imports (one per split point): the wasm's imports keep the module name the
    // wasm asks for.
    glue = patch(glue, new RegExp(`from (["'])\\./${LOADER.replace(/\./g, '\\.')}\\1`), `from ${JSON.stringify(`./${names.loader}`)}`, 'some', 'imports of the loader from the glue');
    loader = patch(loader, new RegExp(`from "\\./${stem}\\.js"`), `from ${JSON.stringify(`./${names.glue}`)}`, 1, 'import of the glue');
    writeFileSync(join(staging, names.glue), glue);
    writeFileSync(join(staging, names.wasm), mainBody);
    writeFileSync(join(staging, names.loader), loader);
    return names;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
