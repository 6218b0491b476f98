// Renders the app icons' PNGs from their SVGs with headless Chromium (run by hand when an
// icon changes; the PNGs are committed): node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/support.mjs';

const assets = fileURLToPath(new URL('../assets/', import.meta.url));
const browser = await launch();
for (const [svg, sizes] of [['icon.svg', [192, 512]], ['icon-maskable.svg', [192, 512]]]) {
  const source = readFileSync(`${assets}${svg}`, 'utf8');
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    const name = svg.replace('.svg', `-${size}.png`);
    await page.locator('svg').screenshot({ path: `${assets}${name}`, omitBackground: true });
    console.log(`wrote assets/${name}`);
    await page.close();
  }
}
await browser.close();
