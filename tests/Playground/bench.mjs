// The playground's numbers, printed against its targets (never asserted by a test): the download (the bytes the
// browser receives, compressed as a static host sends them), the first diagnostics after the page is opened, and a
// keystroke to its squiggle in a file of 100 connectors. `node bench.mjs` after publishing (see setup.mjs).
import { serve } from './serve.mjs';
import { site, chromium, missing } from './setup.mjs';

const why = missing();
if (why) { console.error(`bench: ${why}`); process.exit(2); }
const { chromium: launcher } = await import('playwright-core');
const server = await serve(site);
const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const loads = [], runtimes = [];
let bytes = 0, files = 0;
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.served.clear();
  await page.goto(server.url);
  await page.waitForFunction(() => window.kcStats?.firstDiagnosticsSinceNavigation > 0, null, { timeout: 60000 });
  loads.push(await page.evaluate(() => window.kcStats.firstDiagnosticsSinceNavigation));
  runtimes.push(await page.evaluate(() => window.kcStats.loadedSinceNavigation));
  bytes = [...server.served.values()].reduce((a, b) => a + b, 0);
  files = server.served.size;
  await context.close();
}

// 100 connectors of several types; the keystroke breaks the last one's type (and the next one mends it).
const types = [
  (i) => `  log-${i}:\n    actionTypeId: .server-log\n    name: Log ${i}\n`,
  (i) => `  slack-${i}:\n    actionTypeId: .slack\n    name: Slack ${i}\n    secrets:\n      webhookUrl: \${SLACK_${i}}\n`,
  (i) => `  hook-${i}:\n    actionTypeId: .webhook\n    name: Hook ${i}\n    config:\n      url: https://hooks.example.com/${i}\n      method: post\n      hasAuth: false\n`,
  (i) => `  index-${i}:\n    actionTypeId: .index\n    name: Index ${i}\n    config:\n      index: alerts-${i}\n`,
];
let text = 'xpack.actions.allowedHosts: [hooks.example.com]\nxpack.actions.preconfigured:\n';
for (let i = 0; i < 99; i++) text += types[i % types.length](i);
text += '  last:\n    actionTypeId: .server-log\n    name: Last\n';

const page = await browser.newPage();
await page.goto(server.url);
// As a user who opens the page and then pastes a file: the page has warmed up meanwhile (main.js, warmUp).
await page.waitForFunction(() => window.kcStats?.warmups >= 12, null, { timeout: 60000 });
await page.evaluate((t) => window.kcPlayground.editor.setText(t), text);
await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('100 connectors'), null, { timeout: 30000 });
await page.click('.cm-content');
await page.keyboard.press('Control+End');
await page.keyboard.press('ArrowUp');
await page.keyboard.press('ArrowUp');
await page.keyboard.press('End');
const keystrokes = [], checks = [];
const parts = { toCheck: [], check: [], toSquiggle: [], toFrame: [] };
for (let i = 0; i < 21; i++) {
  const broken = i % 2 === 0;
  // Times in the page: from the key's event to the frame after the squiggle appears (or goes).
  await page.evaluate((broken) => {
    window.kcBench = new Promise((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', () => { pressed = performance.now(); }, { once: true, capture: true });
      const done = () => !!document.querySelector('.cm-lintRange-error') === broken;
      const observer = new MutationObserver(() => {
        if (pressed && done()) {
          observer.disconnect();
          const shown = performance.now();
          requestAnimationFrame(() => resolve({ total: performance.now() - pressed, toCheck: window.kcStats.lintStarted - pressed, check: window.kcStats.lintEnded - window.kcStats.lintStarted, toSquiggle: shown - window.kcStats.lintEnded, toFrame: performance.now() - shown }));
        }
      });
      observer.observe(document.querySelector('.cm-editor'), { subtree: true, childList: true, attributes: true });
    });
  }, broken);
  if (broken) await page.keyboard.type('x'); else await page.keyboard.press('Backspace');
  const times = await page.evaluate(() => window.kcBench);
  keystrokes.push(times.total);
  for (const k of Object.keys(parts)) parts[k].push(times[k]);
  checks.push(await page.evaluate(() => window.kcStats.lastCheckMs));
}
const delay = await page.evaluate(() => window.kcPlayground.pause());
await browser.close();
await server.close();

const mb = bytes / 1024 / 1024;
const row = (name, value, target, ok) => console.log(`${name.padEnd(44)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}  (${(ok ? '' : '')}ratio ${(parseFloat(value) / parseFloat(target)).toFixed(2)})`);
console.log(`playground at ${site}: ${files} files downloaded`);
row('download (compressed, as served)', `${mb.toFixed(2)} MB`, '3 MB', mb <= 3);
row('first diagnostics after opening (median of 3)', `${median(loads).toFixed(0)} ms`, '2000 ms', median(loads) <= 2000);
console.log(`  of which the .NET runtime started and the rules loaded: ${median(runtimes).toFixed(0)} ms after opening`);
row(`keystroke to squiggle, 100 connectors (pause now ${delay.toFixed(0)} ms)`, `${median(keystrokes).toFixed(1)} ms`, '50 ms', median(keystrokes) <= 50);
console.log(`  medians: key to check ${median(parts.toCheck).toFixed(1)} ms, check and problems list ${median(parts.check).toFixed(1)} ms, to squiggle in the DOM ${median(parts.toSquiggle).toFixed(1)} ms, to the next frame ${median(parts.toFrame).toFixed(1)} ms`);
row('  of which the check in WebAssembly (median)', `${median(checks).toFixed(1)} ms`, '50 ms', median(checks) <= 50);
