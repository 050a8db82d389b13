// npm run icons: draws the web app icons from public/favicon.svg with Chromium, so the icons
// follow the favicon. The PNGs are committed; run this again after changing the favicon.
// "any" icons keep the favicon's rounded square; the maskable one fills the whole square, since
// the platform cuts its own shape, with the mark inside the central safe zone (80%).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const maskable = favicon
  .replace(/\srx="[^"]*"/, '')
  .replace(/<path /, '<path transform="translate(3.2 3.2) scale(0.8)" ');
if (maskable === favicon) throw new Error('make-icons: the favicon no longer has the expected shape');

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg: favicon },
  { file: 'public/icons/icon-512.png', size: 512, svg: favicon },
  { file: 'public/icons/icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>*{margin:0}svg{display:block}</style>${sized}`);
    writeFileSync(file, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
