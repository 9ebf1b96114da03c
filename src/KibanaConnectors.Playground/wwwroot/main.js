// The playground page: loads the rules core (.NET on WebAssembly, _framework/), makes the editor, and shows the
// problems of the text as it is typed. Everything happens here: no request leaves the page after it has loaded.
import { dotnet } from './_framework/dotnet.js';
import { createEditor } from './editor.js';

const started = performance.now();
// Times in ms: since this script started, and since the page was opened (performance.now()).
const stats = { loaded: 0, loadedSinceNavigation: 0, firstDiagnostics: 0, firstDiagnosticsSinceNavigation: 0, lastCheckMs: 0, averageCheckMs: 0, checks: 0 };
window.kcStats = stats;

const sample = `# A kibana.yml to try: edit it, or paste your own (nothing leaves this page).
server.publicBaseUrl: https://kibana.example.com

xpack.actions.allowedHosts:
  - hooks.slack.com
  - alerts.example.com

xpack.actions.preconfigured:
  ops-slack:
    actionTypeId: .slack
    name: 'Slack #ops-alerts'
    secrets:
      webhookUrl: \${OPS_SLACK_WEBHOOK_URL}

  incident-webhook:
    actionTypeId: .webhook
    name: Incident service
    config:
      url: https://alerts.example.com/api/incidents
      method: putt
    secrets:
      password: \${INCIDENT_API_PASSWORD}

  server-log:
    actionTypeId: .server-log
    name: Kibana server log
`;

const $ = (id) => document.getElementById(id);

// Markdown as the diagnostics pages and hover texts write it: headings, paragraphs, lists, fenced code, `code`,
// **bold**, [links](...). Everything is escaped first, so no text becomes markup of its own.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function inline(s) {
  return escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (m, text, href) =>
      /^(https?:|#|[A-Z0-9]+\.md$)/i.test(href)
        ? `<a href="${/^KC\d{4}\.md$/.test(href) ? '#' + href.slice(0, 6) : href}" target="_blank" rel="noopener">${text}</a>`
        : text);
}
export function markdown(text) {
  const out = [];
  let list = null, code = null, para = [];
  const flush = () => { if (para.length) { out.push(`<p>${inline(para.join(' '))}</p>`); para = []; } if (list) { out.push(`<ul>${list.join('')}</ul>`); list = null; } };
  for (const line of text.split('\n')) {
    if (code !== null) {
      if (line.startsWith('```')) { out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`); code = null; } else code.push(line);
      continue;
    }
    if (line.startsWith('```')) { flush(); code = []; continue; }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) { flush(); out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`); continue; }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) { if (para.length) { out.push(`<p>${inline(para.join(' '))}</p>`); para = []; } (list ??= []).push(`<li>${inline(item[1])}</li>`); continue; }
    if (line.trim() === '') { flush(); continue; }
    if (list && /^\s+/.test(line)) { list[list.length - 1] = list[list.length - 1].replace(/<\/li>$/, ' ' + inline(line.trim()) + '</li>'); continue; }
    para.push(line.trim());
  }
  if (code !== null) out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`);
  flush();
  return out.join('');
}

const { getAssemblyExports, getConfig } = await dotnet.create();
const exports = (await getAssemblyExports(getConfig().mainAssemblyName)).KibanaConnectors.Playground.PlaygroundExports;
const about = JSON.parse(exports.About());
stats.loaded = performance.now() - started;
stats.loadedSinceNavigation = performance.now();

for (const v of [...about.versions].reverse()) $('version').add(new Option(v, v, false, v === about.newest));
for (const s of about.shapes) $('shape').add(new Option(s, s));
const titles = new Map(about.rules.map((r) => [r.id, r.title]));

const fileName = 'kibana.yml';
/** The rules core's diagnostics of a text, as `kibana-connectors check --format json` gives them. */
function checkText(text, file = fileName, shape = $('shape').value, version = $('version').value) {
  return JSON.parse(exports.Check(file, text, shape, version));
}

function explain(id) {
  const page = exports.Explain(id);
  $('explain-text').innerHTML = page ? markdown(page) : `<p><strong>${escape(id)}</strong>: ${escape(titles.get(id) ?? 'no page')}</p>`;
  $('explain').hidden = false;
  $('explain').dataset.id = id;
  $('explain').scrollIntoView({ block: 'nearest' });
}
$('explain-close').onclick = () => { $('explain').hidden = true; };
// A link to an id's page (#KC0102) opens it here, without leaving the page.
window.addEventListener('hashchange', () => { if (/^#KC\d{4}$/.test(location.hash)) explain(location.hash.slice(1)); });

let editor;
function showProblems(diagnostics) {
  const list = $('problems');
  list.replaceChildren();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const notes = diagnostics.filter((d) => d.severity === 'info').length;
  const warnings = diagnostics.length - errors - notes;
  $('count').textContent = `(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
    + `${notes ? `, ${notes} note${notes === 1 ? '' : 's'}` : ''})`;
  if (diagnostics.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = 'No problems: Kibana would start with these connectors.';
    list.append(li);
  }
  for (const d of diagnostics) {
    const li = document.createElement('li');
    li.className = d.severity;
    li.dataset.id = d.id;
    li.innerHTML = `<span class="where">${d.hasPlace ? `${d.line}:${d.column}` : 'file'}</span><span class="id">${escape(d.id)}</span>`
      + `<span class="message">${escape(d.message)}</span><div class="actions"><button type="button" class="explain">explain</button>`
      + `<a class="docs" href="${escape(d.helpUri ?? '#' + d.id)}"${d.helpUri ? ' target="_blank" rel="noopener"' : ''}>${escape(d.id)} page</a></div>`;
    li.querySelector('.explain').onclick = (e) => { e.stopPropagation(); explain(d.id); };
    li.querySelector('.docs').onclick = (e) => { e.stopPropagation(); if (!d.helpUri) { e.preventDefault(); explain(d.id); } };
    if (d.hasPlace) {
      li.tabIndex = 0;
      li.onclick = () => editor.select(editor.offset(d.line, d.column));
      li.onkeydown = (e) => { if (e.key === 'Enter' && e.target === li) li.onclick(); };
    }
    list.append(li);
  }
}

function lint(text) {
  const t0 = performance.now();
  stats.lintStarted = t0;
  const result = checkText(text);
  stats.lastCheckMs = performance.now() - t0;
  stats.averageCheckMs = stats.checks === 0 ? stats.lastCheckMs : 0.7 * stats.averageCheckMs + 0.3 * stats.lastCheckMs;
  stats.checks++;
  showProblems(result.diagnostics);
  if (!stats.firstDiagnostics) {
    stats.firstDiagnostics = performance.now() - started;
    stats.firstDiagnosticsSinceNavigation = performance.now();
  }
  $('status').textContent = `${result.connectors} connector${result.connectors === 1 ? '' : 's'} checked in ${stats.lastCheckMs.toFixed(0)} ms`;
  stats.lintEnded = performance.now();
  return result.diagnostics.filter((d) => d.hasPlace).map((d) => {
    const from = editor.offset(d.line, d.column);
    const to = Math.max(from, editor.offset(d.endLine, d.endColumn));
    return { from, to, severity: d.severity, source: d.id, message: `${d.id}: ${d.message}` };
  });
}

function hover(text, line, character) {
  const json = exports.Hover(fileName, text, line, character);
  if (!json) return null;
  const found = JSON.parse(json);
  const dom = document.createElement('div');
  dom.className = 'kc-hover';
  dom.innerHTML = markdown(found.contents.value);
  const r = found.range;
  return { from: editor.offset(r.start.line + 1, r.start.character + 1), to: editor.offset(r.end.line + 1, r.end.character + 1), dom };
}

const params = new URLSearchParams(location.search);
// The pause after a keystroke before the text is checked: none while checks take under 100 ms on average (the
// squiggle comes in the keystroke's frame; a file of 100 connectors takes 25 to 50 ms here), else as long as a check
// takes on average (up to 300 ms), so that a burst of typing in a long file is checked once at its end and typing
// never waits on checks more than half the time. The average is a moving one (the last few checks count most), so
// that one slow check changes little. ?delay=ms fixes the pause.
const fixedDelay = params.has('delay') ? Number(params.get('delay')) : null;
const pause = () => fixedDelay ?? (stats.averageCheckMs < 100 ? 0 : Math.min(300, stats.averageCheckMs));
editor = createEditor({ parent: $('editor'), doc: sample, check: lint, hover, pause });
$('version').onchange = $('shape').onchange = () => editor.recheck();

// Warming up: .NET on WebAssembly interprets the rules at first and compiles the code it runs often to WebAssembly
// as it goes (the jiterpreter), so the first checks of a long file are slower than the later ones. While the page is
// idle after the first diagnostics, a few checks of a made-up file of 40 connectors (never shown) make the rules hot
// before the user's long file comes; it stops as soon as the user types.
function warmUp() {
  const blocks = [
    (i) => `  log-${i}:\n    actionTypeId: .server-log\n    name: Log ${i}\n`,
    (i) => `  slack-${i}:\n    actionTypeId: .slack\n    name: Slack ${i}\n    secrets:\n      webhookUrl: \${SLACK_${i}}\n`,
    (i) => `  hook-${i}:\n    actionTypeId: .webhook\n    name: Hook ${i}\n    config:\n      url: https://hooks.example.com/${i}\n      method: putt\n`,
    (i) => `  mail-${i}:\n    actionTypeId: .email\n    name: Mail ${i}\n    config:\n      service: other\n      from: a@example.com\n      host: smtp.example.com\n      port: 25\n`,
  ];
  let text = 'xpack.actions.allowedHosts: [hooks.example.com]\nxpack.actions.preconfigured:\n';
  for (let i = 0; i < 40; i++) text += blocks[i % blocks.length](i);
  const checksBefore = stats.checks;
  let left = Number(params.get('warmup') ?? 12);
  const step = () => {
    if (left-- <= 0 || stats.checks !== checksBefore) return;
    exports.Check(fileName, text + `# ${left}\n`, 'auto', about.newest);
    stats.warmups = (stats.warmups ?? 0) + 1;
    setTimeout(step, 0);
  };
  setTimeout(step, 0);
}
const firstCheck = setInterval(() => { if (stats.firstDiagnostics) { clearInterval(firstCheck); warmUp(); } }, 50);

/** For tests and benchmarks: the page's check, editor and numbers. */
window.kcPlayground = { check: checkText, editor, stats, explain, pause };
