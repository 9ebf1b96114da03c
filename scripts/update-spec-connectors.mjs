#!/usr/bin/env node
// Regenerates src/KibanaConnectors.Rules/Catalogue/SpecConnectors.Data.cs: the connector types of Kibana's
// kbn-connector-specs package that Kibana registers, and the secrets schema of each auth type they use.
//
// Usage:
//   node scripts/update-spec-connectors.mjs <kibana-checkout> [--out <file>] [--json <file>]
//   node scripts/update-spec-connectors.mjs --from-json <readings.json> [--out <file>]
//
// From a checkout it reads, relative to the checkout:
//   src/platform/packages/shared/kbn-connector-specs/src/all_specs.ts        the specs Kibana registers (its exports)
//   .../kbn-connector-specs/src/specs/**/<spec>.ts                           each spec's metadata and auth.types
//   .../kbn-connector-specs/src/all_auth_types.ts, src/auth_types/*.ts       each auth type's id and authSchema fields
//   x-pack/platform/plugins/shared/stack_connectors/server/connector_types_from_spec/index.ts
//                                                                            GATED_CONNECTOR_SPECS (feature flags)
// --json also writes the readings (the input of --from-json). A checkout does not say from which release an id is
// registered, so every entry gets since: null; the rules take the spec connectors' first release for those.
// Needs Node 18 or later and nothing else. The TypeScript is scanned, not compiled: quotes, template literals and
// comments are skipped, braces matched; an entry the scan cannot read is reported and left out, never guessed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SPECS_PACKAGE = 'src/platform/packages/shared/kbn-connector-specs/src';
const GATE_FILES = [
  'x-pack/platform/plugins/shared/stack_connectors/server/connector_types_from_spec/index.ts',
  'x-pack/platform/plugins/shared/stack_connectors/server/connector_types_from_spec.ts',
];
const LICENSES = { basic: 'Basic', gold: 'Gold', platinum: 'Platinum', enterprise: 'Enterprise' };

// ---- scanning -----------------------------------------------------------------------------------------------------

/** The index just past the string, template or comment that starts at i; i itself when none starts there. */
function skipNonCode(text, i) {
  const c = text[i];
  if (c === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (c === '/' && startsRegex(text, i)) {
    let j = i + 1;
    let inClass = false;
    while (j < text.length && text[j] !== '\n' && (inClass || text[j] !== '/')) {
      if (text[j] === '\\') j += 1;
      else if (text[j] === '[') inClass = true;
      else if (text[j] === ']') inClass = false;
      j += 1;
    }
    j += 1;
    while (/[a-z]/.test(text[j] ?? '')) j += 1;
    return j;
  }
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== '`') {
      if (text[j] === '\\') j += 2;
      else if (text[j] === '$' && text[j + 1] === '{') j = matching(text, j + 1) + 1;
      else j += 1;
    }
    return j + 1;
  }
  return i;
}

/** Whether a / at i begins a regular expression literal (where an expression may start) rather than a division. */
function startsRegex(text, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j -= 1;
  if (j < 0) return true;
  if ('(,=:[!&|?{};+-*%<>~^'.includes(text[j])) return true;
  const word = /([A-Za-z_$]+)$/.exec(text.slice(Math.max(0, j - 10), j + 1));
  return word != null && ['return', 'typeof', 'case', 'in', 'of'].includes(word[1]);
}

/** The index of the bracket that closes the one at open. */
function matching(text, open) {
  const pairs = { '{': '}', '[': ']', '(': ')' };
  const stack = [pairs[text[open]]];
  let i = open + 1;
  while (i < text.length) {
    const skipped = skipNonCode(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = text[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
    i += 1;
  }
  throw new Error(`unbalanced ${text[open]} at ${open}`);
}

/** The parts of a list or object body split at its top-level commas, trimmed, empty ones dropped. */
function topLevel(body) {
  const parts = [];
  let start = 0;
  let i = 0;
  while (i < body.length) {
    const skipped = skipNonCode(body, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = body[i];
    if (c === '{' || c === '[' || c === '(') {
      i = matching(body, i) + 1;
      continue;
    }
    if (c === ',') {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  parts.push(body.slice(start));
  return parts.map((p) => stripComments(p).trim()).filter((p) => p.length > 0);
}

function stripComments(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const skipped = skipNonCode(text, i);
    if (skipped !== i) {
      if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
        i = skipped;
        continue;
      }
      out += text.slice(i, skipped);
      i = skipped;
      continue;
    }
    out += text[i];
    i += 1;
  }
  return out;
}

/** An object literal's body (between its braces) as key -> value text; spreads under '...'. */
function properties(body) {
  const props = {};
  for (const part of topLevel(body)) {
    if (part.startsWith('...')) {
      (props['...'] ??= []).push(part.slice(3).trim());
      continue;
    }
    const m = /^(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$]*))\s*:\s*([\s\S]*)$/.exec(part);
    if (m) props[m[1] ?? m[2] ?? m[3]] = m[4].trim();
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) props[part] = part; // shorthand
  }
  return props;
}

/** The body of the first { ... } at or after index from. */
function braceBody(text, from) {
  const open = text.indexOf('{', from);
  if (open < 0) return null;
  return text.slice(open + 1, matching(text, open));
}

function unquote(expr) {
  const m = /^(['"])((?:\\.|(?!\1).)*)\1$/.exec(expr.trim());
  return m ? m[2].replace(/\\(.)/g, '$1') : null;
}

/** A string value: a literal, a const of the file, or an i18n.translate(...)'s defaultMessage. */
function stringValue(expr, file) {
  if (expr == null) return null;
  const literal = unquote(expr);
  if (literal != null) return literal;
  const ident = /^[A-Za-z_$][\w$]*$/.exec(expr.trim());
  if (ident) {
    const m = new RegExp(`const\\s+${ident[0]}\\s*(?::[^=]+)?=\\s*(['"])((?:\\\\.|(?!\\1).)*)\\1`).exec(file);
    return m ? m[2] : null;
  }
  const message = /defaultMessage:\s*(['"])((?:\\.|(?!\1).)*)\1/.exec(expr);
  return message ? message[2] : null;
}

function stringList(expr) {
  const m = /^\[([\s\S]*)\]$/.exec((expr ?? '').trim());
  return m ? topLevel(m[1]).map(unquote).filter((s) => s != null) : [];
}

// ---- reading a checkout -------------------------------------------------------------------------------------------

/** One entry of auth.types: a bare id, or an object { type, defaults }; a spread's objects are taken as written. */
function authEntries(typesExpr, notes) {
  const m = /^\[([\s\S]*)\]/.exec(typesExpr.trim());
  if (!m) return null;
  const entries = [];
  for (const part of topLevel(m[1])) {
    const bare = unquote(part);
    if (bare != null) {
      entries.push({ type: bare, hasDefaults: false, defaults: [] });
    } else if (part.startsWith('{')) {
      const entry = authObject(part.slice(1, matching(part, 0)));
      if (!entry) return null;
      entries.push(entry);
    } else if (part.startsWith('...')) {
      // A conditional spread such as ...(FLAG ? [{ type: 'bearer' }] : []): its objects, as if the flag were on.
      notes.push('auth.types has a conditional spread, read as if its condition held');
      for (const object of objectsWithType(part)) entries.push(object);
    } else {
      return null;
    }
  }
  return entries;
}

function authObject(body) {
  const props = properties(body);
  const type = unquote(props.type ?? '');
  if (type == null) return null;
  if (props.defaults == null) return { type, hasDefaults: false, defaults: [] };
  const defaults = properties(props.defaults.replace(/^\{|\}$/g, ''));
  return {
    type,
    hasDefaults: true,
    defaults: Object.keys(defaults)
      .filter((k) => k !== '...')
      .map((k) => (k === 'headerField' && unquote(defaults[k]) != null ? `headerField=${unquote(defaults[k])}` : k)),
  };
}

function objectsWithType(text) {
  const found = [];
  for (let i = 0; i < text.length; i += 1) {
    const skipped = skipNonCode(text, i);
    if (skipped !== i) {
      i = skipped - 1;
      continue;
    }
    if (text[i] === '{') {
      const close = matching(text, i);
      const entry = authObject(text.slice(i + 1, close));
      if (entry) {
        found.push(entry);
        i = close;
      }
    }
  }
  return found;
}

/** A spec file's ConnectorSpec object: its metadata and auth.types. */
export function readSpec(file, source) {
  const at = /:\s*ConnectorSpec\s*=\s*\{/.exec(file);
  if (!at) return { error: 'no `: ConnectorSpec = {` in the file' };
  const spec = properties(braceBody(file, at.index));
  if (!spec.metadata) return { error: 'no metadata in the spec' };
  const metadata = properties(spec.metadata.replace(/^\{|\}$/g, ''));
  const id = stringValue(metadata.id, file);
  const license = LICENSES[stringValue(metadata.minimumLicense, file) ?? ''];
  if (!id || !license) return { error: `metadata.id or metadata.minimumLicense not read (${metadata.id}, ${metadata.minimumLicense})` };
  const notes = [];
  let authTypes = [];
  if (spec.auth) {
    const auth = properties(spec.auth.replace(/^\{|\}$/g, ''));
    authTypes = auth.types == null ? [] : authEntries(auth.types, notes);
    if (authTypes == null) notes.push('auth.types not read');
  }
  return {
    id,
    displayName: stringValue(metadata.displayName, file) ?? id,
    license,
    technicalPreview: (metadata.isTechnicalPreview ?? '').trim() === 'true',
    features: stringList(metadata.supportedFeatureIds),
    source,
    storedCommit: null,
    authTypes,
    since: null,
    note: notes.length ? notes.join('; ') : null,
  };
}

/** An auth type file: its id and the fields of its authSchema object. */
export function readAuthType(file, source) {
  const idMatch = /\bid:\s*(?:(['"])([^'"]+)\1|([A-Z_][A-Z0-9_]*))/.exec(file);
  const id = idMatch ? idMatch[2] ?? stringValue(idMatch[3], file) : null;
  const schemaAt = /const\s+authSchema\s*=/.exec(file);
  if (!id || !schemaAt) return { error: 'no id or no authSchema' };
  const objectAt = /\bz\s*\.\s*object\s*\(/g;
  objectAt.lastIndex = schemaAt.index;
  const object = objectAt.exec(file);
  if (!object) return { error: 'authSchema is not a z.object(...)' };
  const fields = properties(braceBody(file, object.index));
  const keyedByHeader = /normalizeSchema/.test(file);
  if (keyedByHeader && !/headerField/.test(file)) return { error: 'a normalizeSchema this script does not know' };
  const required = [];
  const optional = [];
  for (const [name, expr] of Object.entries(fields)) {
    if (name === '...') continue;
    (/\.optional\(|\.default\(/.test(expr) ? optional : required).push(name);
  }
  return { id, source, required, optional, keyedByHeader };
}

/** GATED_CONNECTOR_SPECS: spec id -> the experimental feature that turns it on. */
function readGates(root) {
  for (const rel of GATE_FILES) {
    const full = path.join(root, rel);
    if (!fs.existsSync(full)) continue;
    const file = fs.readFileSync(full, 'utf8');
    const at = /GATED_CONNECTOR_SPECS[^=]*=\s*\{/.exec(file);
    if (!at) return {};
    const gates = {};
    for (const [k, v] of Object.entries(properties(braceBody(file, at.index)))) gates[k] = unquote(v) ?? v;
    return gates;
  }
  return {};
}

export function readCheckout(root) {
  const pkg = path.join(root, SPECS_PACKAGE);
  const allSpecs = fs.readFileSync(path.join(pkg, 'all_specs.ts'), 'utf8');
  const specs = [];
  const problems = [];
  for (const m of stripComments(allSpecs).matchAll(/from\s+'\.\/(specs\/[^']+)'/g)) {
    const rel = `${SPECS_PACKAGE}/${m[1]}.ts`;
    const entry = readSpec(fs.readFileSync(path.join(root, rel), 'utf8'), rel);
    if (entry.error) problems.push(`${rel}: ${entry.error}`);
    else specs.push(entry);
  }
  const gates = readGates(root);
  for (const spec of specs) {
    if (gates[spec.id]) spec.note = [spec.note, `registered only with the experimental feature ${gates[spec.id]}`].filter(Boolean).join('; ');
  }
  const authTypes = [];
  const allAuth = fs.readFileSync(path.join(pkg, 'all_auth_types.ts'), 'utf8');
  for (const m of stripComments(allAuth).matchAll(/from\s+'\.\/(auth_types\/[^']+)'/g)) {
    const rel = `${SPECS_PACKAGE}/${m[1]}.ts`;
    const entry = readAuthType(fs.readFileSync(path.join(root, rel), 'utf8'), rel);
    if (entry.error) problems.push(`${rel}: ${entry.error}`);
    else authTypes.push(entry);
  }
  return { specs, authTypes, problems };
}

// ---- writing ------------------------------------------------------------------------------------------------------

const cs = (s) => (s == null ? 'null' : `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
const csList = (items) => (items.length ? `new[] { ${items.map(cs).join(', ')} }` : 'new string[0]');

function authLine(a) {
  const args = [cs(a.type), ...a.defaults.map(cs)].join(', ');
  return a.hasDefaults ? `SpecAuth.With(${args})` : `SpecAuth.Plain(${cs(a.type)})`;
}

/** Words in lines of at most width characters. */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}

export function render(readings) {
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const specs = [...readings.specs].sort(byId).map((s) => {
    const auth = s.authTypes == null ? 'null' : `new[] { ${s.authTypes.map(authLine).join(', ')} }`;
    const tail = [s.since != null || s.note != null ? `since: ${cs(s.since)}` : null, s.note != null ? `note: ${cs(s.note)}` : null].filter(Boolean);
    return [
      `            new SpecConnector(${cs(s.id)}, ${cs(s.displayName)}, KibanaLicense.${s.license}, ${s.technicalPreview}, ${csList(s.features)},`,
      `                ${cs(s.source)}, ${cs(s.storedCommit)},`,
      `                ${auth}${tail.length ? ', ' + tail.join(', ') : ''}),`,
    ].join('\n');
  });
  const auths = [...readings.authTypes].sort(byId).map(
    (a) => `            new SpecAuthSchema(${cs(a.id)}, ${cs(a.source)}, ${csList(a.required)}, ${csList(a.optional)}${a.keyedByHeader ? ', keyedByHeader: true' : ''}),`
  );
  return `using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// The spec connectors Kibana registers (kbn-connector-specs all_specs.ts), each spec's metadata and auth.types, and
    /// the secrets schema of the auth types they use. Generated by scripts/update-spec-connectors.mjs; do not edit by hand.
${wrap(readings.origin ?? '', 112).map((line) => `    /// ${line}`).join('\n')}
    /// </summary>
    internal static partial class SpecConnectors
    {
        private static readonly SpecConnector[] s_specs =
        {
${specs.join('\n')}
        };

        private static readonly SpecAuthSchema[] s_authTypes =
        {
${auths.join('\n')}
        };
    }
}
`;
}

// ---- command line -------------------------------------------------------------------------------------------------

function main(argv) {
  const options = { out: null, json: null, fromJson: null, root: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out') options.out = argv[++i];
    else if (argv[i] === '--json') options.json = argv[++i];
    else if (argv[i] === '--from-json') options.fromJson = argv[++i];
    else options.root = argv[i];
  }
  if (!options.root && !options.fromJson) {
    console.error('usage: node scripts/update-spec-connectors.mjs <kibana-checkout> [--out file] [--json file] | --from-json file');
    return 2;
  }
  const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const out = options.out ?? path.join(repo, 'src/KibanaConnectors.Rules/Catalogue/SpecConnectors.Data.cs');
  let readings;
  if (options.fromJson) {
    readings = JSON.parse(fs.readFileSync(options.fromJson, 'utf8'));
  } else {
    readings = readCheckout(options.root);
    readings.origin = 'Read from a Kibana checkout.';
    for (const problem of readings.problems) console.error(`not read: ${problem}`);
    delete readings.problems;
  }
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(readings, null, 2) + '\n');
  fs.writeFileSync(out, render(readings));
  console.log(`${readings.specs.length} spec connectors, ${readings.authTypes.length} auth types -> ${out}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
