// A visitor opens a workshop's master page while it is Upcoming. A helper
// flips the workshop to Live with the command line and the site is rendered
// again. Without reloading or touching the keyboard, the open page must show
// the live player. Served by a real nginx, shown in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startNginx } from './servers.mjs';

const app = process.env.WEBCAST_ADMIN_BINARY;
if (!app) throw new Error('set WEBCAST_ADMIN_BINARY');
const work = mkdtempSync(join(tmpdir(), 'webcast-browser-'));
const db = join(work, 'site.sqlite');
const site = join(work, 'site');
const env = { ...process.env, HOME: work, XDG_DATA_HOME: join(work, 'data') };
const cli = (...args) => execFileSync(app, ['--database', db, ...args], { env, encoding: 'utf8' });

let passed = 0;
let failed = 0;
let nginx;
let browser;
try {
  cli('init', '--demo');
  const slug = cli('list').split('\n').map((l) => l.split('\t')[0])
    .find((s) => s.startsWith('quantum-materials-') && !s.includes('/'));
  cli('state', slug, 'upcoming');
  cli('render', '--out', site);

  nginx = await startNginx(site);
  const status = await fetch(`${nginx.base}workshops/${slug}/live.ref.mov`);
  if (status.headers.get('content-type') !== 'video/quicktime') {
    throw new Error(`live.ref.mov served as ${status.headers.get('content-type')}`);
  }

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const page = await browser.newPage();
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.goto(`${nginx.base}workshops/${slug}/index.html`);
  const before = await page.getAttribute('#state-block', 'class');
  if (!before.includes('state-upcoming')) throw new Error(`expected Upcoming, page shows ${before}`);
  await page.evaluate(() => { window.visitorWasHere = true; });

  const flippedAt = Date.now();
  cli('state', slug, 'live');
  cli('render', '--out', site);
  await page.waitForSelector('#state-block.state-live .player', { timeout: 40000 });
  const seconds = ((Date.now() - flippedAt) / 1000).toFixed(1);
  const stillSamePage = await page.evaluate(() => window.visitorWasHere === true);
  if (!stillSamePage || loads !== 1) throw new Error('the page was reloaded');
  const dom = await page.content();
  writeFileSync(join(work, 'after-flip.html'), dom);
  if (!dom.includes('href="live.ref.mov"')) throw new Error('no link to the live reference movie');
  console.log(`PASS: master page switched to the live player ${seconds} s after the flip, no reload`);
  passed += 1;
} catch (e) {
  console.log(`FAIL: ${e.stack || e}`);
  failed += 1;
} finally {
  if (browser) await browser.close();
  if (nginx) await nginx.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
