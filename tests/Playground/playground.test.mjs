// The published playground in headless Chromium (the system's, driven by playwright-core), served from 127.0.0.1:
// a broken connector typed gets its squiggle and problem, the fix takes them away; hover, explain, the choosers; no
// request after load; and the page's diagnostics are the CLI's on the repository's test files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';
import { repo, site, chromium, cli, artifacts, required, missing } from './setup.mjs';

const why = missing();
if (why && required) throw new Error(`KIBANACONNECTORS_REQUIRE_BROWSER=1 but the playground tests cannot run: ${why}`);
const skip = why ? `${why} (KIBANACONNECTORS_REQUIRE_BROWSER=1 makes this a failure)` : false;
if (why) console.log(`# skipped: ${why}`);

let server, browser, page;
const afterLoad = [];

before(async () => {
  if (why) return;
  const { chromium: launcher } = await import('playwright-core');
  server = await serve(site);
  browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(server.url);
  await page.waitForFunction(() => window.kcPlayground && window.kcStats.firstDiagnostics > 0, null, { timeout: 60000 });
  assert.deepEqual(errors, []);
  // From here on the page must not ask for anything: the file never leaves it.
  page.on('request', (r) => afterLoad.push(r.url()));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const problems = () => page.$$eval('#problems li', (items) => items.map((li) => ({ id: li.dataset.id ?? null, text: li.textContent })));
const squiggles = (severity) => page.locator(`.cm-lintRange-${severity}`);

async function replaceText(text) {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test('the sample is checked at load: its problem is listed with the message of the rules core', { skip }, async () => {
  await page.locator('#problems li[data-id="KC0108"]').waitFor();
  const listed = await problems();
  assert.ok(listed.some((p) => p.id === 'KC0108' && p.text.includes("config.method is 'putt'") && p.text.includes("did you mean 'put'")), JSON.stringify(listed));
  assert.ok(await squiggles('error').count() >= 1);
});

test('a broken connector typed gets its squiggle and problem; fixing it takes both away', { skip }, async () => {
  await replaceText('xpack.actions.preconfigured:\n  ops-log:\n    actionTypeId: .server-log\n    name: Server log\n');
  await page.locator('#problems li.none').waitFor();
  assert.equal(await squiggles('error').count(), 0);

  // A typo in the type: KC0102 under '.server-lgo', with its suggestion.
  await page.click('.cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('  broken:\n    actionTypeId: .server-lgo\n    name: Broken\n');
  await page.locator('#problems li[data-id="KC0102"]').waitFor();
  const squiggle = squiggles('error').first();
  await squiggle.waitFor();
  assert.equal(await squiggle.textContent(), '.server-lgo');
  const listed = await problems();
  assert.equal(listed.length, 1, JSON.stringify(listed));
  assert.match(listed[0].text, /^6:19KC0102Connector 'broken': actionTypeId '\.server-lgo' is not a connector type Kibana registers; did you mean '\.server-log'\?/);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'playground-broken.png') });

  // The fix, typed: 'lgo' becomes 'log'.
  await squiggle.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('og');
  await page.locator('#problems li.none').waitFor();
  assert.equal(await squiggles('error').count(), 0);
  assert.equal(await page.locator('.cm-lintRange').count(), 0);
  await page.screenshot({ path: path.join(artifacts, 'playground-fixed.png') });
});

test('hover over a field shows its catalogue text, as the editor server gives it', { skip }, async () => {
  await replaceText('xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com/x\n');
  await page.locator('.cm-line', { hasText: 'url: https' }).locator('text=url').first().hover();
  const tooltip = page.locator('.cm-tooltip-hover .kc-hover');
  await tooltip.waitFor();
  const text = await tooltip.textContent();
  assert.match(text, /config\.url/);
  assert.match(text, /URL \(absolute http or https\)/);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'playground-hover.png') });
});

test('explain shows the id\'s page from docs/diagnostics, and each problem links to it', { skip }, async () => {
  await replaceText('xpack.actions.preconfigured:\n  x:\n    actionTypeId: .slak\n    name: X\n');
  const item = page.locator('#problems li[data-id="KC0102"]');
  await item.waitFor();
  assert.equal(await item.locator('a.docs').getAttribute('href'), '#KC0102');
  await item.locator('button.explain').click();
  const page0102 = fs.readFileSync(path.join(repo, 'docs/diagnostics/KC0102.md'), 'utf8');
  const heading = page0102.split('\n')[0].replace(/^#\s*/, '').replace(/`/g, '');
  await page.locator('#explain:not([hidden])').waitFor();
  assert.equal(await page.locator('#explain h1').textContent(), heading);
  await page.screenshot({ path: path.join(artifacts, 'playground-explain.png') });
  await page.click('#explain-close');
  // The id's link opens the same page in place: no navigation, no request.
  await item.locator('a.docs').click();
  await page.locator('#explain:not([hidden])').waitFor();
  assert.equal(await page.locator('#explain h1').textContent(), heading);
  await page.click('#explain-close');
});

// Waits until the problems list shows exactly these ids, in order.
async function listed(ids) {
  await page.waitForFunction((want) => {
    const items = [...document.querySelectorAll('#problems li')];
    const shown = items.filter((li) => li.dataset.id).map((li) => li.dataset.id);
    return JSON.stringify(shown) === JSON.stringify(want) && (want.length > 0 || items.some((li) => li.classList.contains('none')));
  }, ids, { timeout: 15000 }).catch(async (e) => {
    throw new Error(`problems shown: ${JSON.stringify(await problems())}, expected ids ${JSON.stringify(ids)}: ${e.message}`);
  });
}

test('the shape chooser reads the text as settings, an ECK resource or Helm values, as --shape does', { skip }, async () => {
  for (const [file, shape] of [['samples/Kubernetes/eck/observability.yaml', 'eck'], ['samples/Kubernetes/helm/kibana-values.yaml', 'helm']]) {
    await replaceText(fs.readFileSync(path.join(repo, file), 'utf8'));
    for (const chosen of ['settings', shape, 'auto']) {
      await page.selectOption('#shape', chosen);
      const expected = cliFindings(path.join(repo, file), chosen === 'auto' ? [] : ['--shape', chosen]);
      await listed(expected.map((d) => d.id));
    }
  }
  // The ECK file as plain settings has no connectors (KC0001); as ECK it has five.
  await replaceText(fs.readFileSync(path.join(repo, 'samples/Kubernetes/eck/observability.yaml'), 'utf8'));
  await page.selectOption('#shape', 'settings');
  await listed(['KC0001']);
  await page.selectOption('#shape', 'eck');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('5 connectors'));
  await page.selectOption('#shape', 'auto');
});

test('the version chooser checks the text against that Kibana release, as --kibana-version does', { skip }, async () => {
  const versions = await page.$$eval('#version option', (o) => o.map((x) => x.value));
  assert.ok(versions.includes('8.0') && versions.includes('8.19') && versions.includes('9.0'), versions.join(','));
  assert.equal(await page.inputValue('#version'), versions[0], 'the newest release is chosen at first');
  // .bedrock appeared in Kibana 8.11: 8.0 does not register it.
  const text = 'xpack.actions.preconfigured:\n  ai:\n    actionTypeId: .bedrock\n    name: AI\n    config:\n      apiUrl: https://bedrock-runtime.us-east-1.amazonaws.com\n    secrets:\n      accessKey: ${A}\n      secret: ${B}\n';
  const file = path.join(artifacts, 'version.yml');
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(file, text);
  await replaceText(text);
  const newest = cliFindings(file).map((d) => d.id);
  const old = cliFindings(file, ['--kibana-version', '8.0']).map((d) => d.id);
  assert.notDeepEqual(newest, old, 'the file is checked differently by 8.0 and the newest release');
  await listed(newest);
  await page.selectOption('#version', '8.0');
  await listed(old);
  assert.match(await page.textContent('#problems'), /appeared in Kibana 8\.11/);
  await page.selectOption('#version', versions[0]);
  await listed(newest);
});

function cliFindings(file, extra = []) {
  let out;
  try {
    out = execFileSync('dotnet', [cli, 'check', '--format', 'json', ...extra, file], { cwd: repo, encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit code 1: errors found
  }
  return JSON.parse(out).diagnostics;
}

const comparable = (d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, id: d.id, severity: d.severity, message: d.message });

test('the page gives the diagnostics of `kibana-connectors check` at the same places, on the repository\'s test files', { skip: skip || (!fs.existsSync(cli) && !required && `no CLI at ${cli}: build src/KibanaConnectors.Cli`) }, async () => {
  const files = execFileSync('git', ['ls-files', '*.yml', '*.yaml'], { cwd: repo, encoding: 'utf8' }).split('\n')
    .filter((f) => /^(tests\/KibanaConnectors\.Generator\.Tests\/TestData|samples|tests\/Differential)\//.test(f));
  assert.ok(files.length >= 20, `only ${files.length} files`);
  let compared = 0;
  for (const file of files) {
    for (const version of ['9.4', '8.14']) {
      const expected = cliFindings(file, ['--kibana-version', version]).map(comparable);
      const text = fs.readFileSync(path.join(repo, file), 'utf8');
      const got = await page.evaluate(([f, t, v]) => window.kcPlayground.check(t, f, 'auto', v).diagnostics, [file, text, version]);
      assert.deepEqual(got.map(comparable), expected, `${file} at ${version}`);
      compared += expected.length;
    }
  }
  // The same files with CRLF line ends and a byte order mark, as a file from Windows comes: read as the CLI reads it.
  const variants = path.join(artifacts, 'variants');
  fs.mkdirSync(variants, { recursive: true });
  for (const file of files) {
    const text = fs.readFileSync(path.join(repo, file), 'utf8').replace(/\r?\n/g, '\r\n');
    const variant = path.join(variants, file.replace(/[\/]/g, '_'));
    fs.writeFileSync(variant, '\uFEFF' + text);
    const expected = cliFindings(variant).map(comparable);
    const got = await page.evaluate(([f, t]) => window.kcPlayground.check(t, f, 'auto', '9.4').diagnostics, [variant, '\uFEFF' + text]);
    assert.deepEqual(got.map(comparable), expected, `${variant} (CRLF, BOM)`);
    compared += expected.length;
  }
  console.log(`# ${files.length} files (and their CRLF/BOM variants), ${compared} diagnostics the same as the CLI's`);
  assert.ok(compared > 50);
});

test('the published site is static and relative: any host, any path, GitHub Pages included', { skip }, () => {
  // Without .nojekyll, GitHub Pages' Jekyll drops the _framework folder.
  assert.ok(fs.existsSync(path.join(site, '.nojekyll')));
  const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  const addresses = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(addresses.filter((a) => /^(\/|[a-z]+:\/\/)/i.test(a)), [], 'no absolute address');
  assert.ok(fs.readdirSync(path.join(site, '_framework')).some((f) => f.endsWith('.wasm.br')), 'precompressed variants');
});

test('the site works under a path, as on GitHub Pages (https://owner.github.io/repo/)', { skip }, async () => {
  const parent = await serve(path.dirname(site));
  const other = await browser.newPage();
  try {
    const failed = [];
    other.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    await other.goto(`${parent.url}${path.basename(site)}/`);
    await other.waitForFunction(() => window.kcStats?.firstDiagnostics > 0, null, { timeout: 60000 });
    assert.ok(await other.locator('#problems li[data-id="KC0108"]').count() === 1);
    assert.deepEqual(failed, []);
  } finally {
    await other.close();
    await parent.close();
  }
});

test('no request after load', { skip }, () => {
  assert.deepEqual(afterLoad, []);
});
