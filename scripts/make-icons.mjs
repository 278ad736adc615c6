// Renders the app icons (PNG) from public/favicon.svg with headless Chromium, once; the PNGs are
// committed. Usage: node scripts/make-icons.mjs. "any" icons fill the square; the maskable one keeps
// the mark inside the central 80 % safe zone on the icon's own background colour (W3C Web App
// Manifest, "purpose": "maskable").
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const BACKGROUND = '#0f5132';
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, scale: 1, background: 'transparent' },
  { file: 'public/icons/icon-512.png', size: 512, scale: 1, background: 'transparent' },
  { file: 'public/icons/icon-maskable-512.png', size: 512, scale: 0.7, background: BACKGROUND },
  { file: 'public/icons/apple-touch-icon.png', size: 180, scale: 0.8, background: BACKGROUND },
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = Math.round(icon.size * icon.scale);
    await page.setContent(
      `<html><body style="margin:0;background:${icon.background};display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: icon.file, omitBackground: icon.background === 'transparent' });
    await page.close();
  }
} finally {
  await browser.close();
}
