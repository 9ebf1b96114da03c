'use strict';
// Reads settings files as Kibana reads them, for KibanaConnectors' differential test. Written for this project after
// Kibana's kbn-config read_config.ts (splitKey, listEntries, processEntryValue, merge with lodash set),
// kbn-std ensureValidObjectPath and the actions plugin's config schema; it uses the real YAML readers:
//   yaml      the npm package yaml, parse(text) with its defaults (Kibana main, 9.3 and later, 8.19)
//   js-yaml   js-yaml 4 load(text) (Kibana 9.1 and 9.2)
//   js-yaml-3 js-yaml 3 safeLoad(text) (Kibana 8.18 and earlier, 9.0)
// Input (stdin): JSON {"files": [{"mode": "yaml", "text": "..."}, ...]}.
// Output (stdout): JSON [{"loads": true, "connectors": [{"id", "actionTypeId", "name"}], "writtenTwice": false} or
// {"loads": false, "stage": "yaml" | "path" | "schema", "error": "..."}, ...], one per file, in order.

const YAML = require('yaml');
const jsYaml4 = require('js-yaml');
const jsYaml3 = require('js-yaml-3');

// YAML.parse, noting when two keys of one map name one property (1 and '1', hi and !!binary aGk=): the yaml package
// keeps both keys and sets the property twice, the last value winning, which is one setting written twice.
function parseYaml(text, state) {
  const doc = YAML.parseDocument(text);
  if (doc.errors.length > 0) throw doc.errors[0];
  YAML.visit(doc, {
    Map(_, map) {
      const names = new Set();
      for (const { key } of map.items) {
        const node = YAML.isAlias(key) ? key.resolve(doc) : key;
        if (!YAML.isScalar(node) || node.value === '<<') continue;
        const name = node.value === null ? '' : String(node.value);
        if (names.has(name)) state.writtenTwice = true;
        names.add(name);
      }
    },
  });
  return doc.toJS();
}

const readers = {
  yaml: (text, state) => parseYaml(text, state),
  'js-yaml': (text) => jsYaml4.load(text),
  'js-yaml-3': (text) => jsYaml3.safeLoad(text),
};

// The yaml package reports warnings (an unknown tag, %YAML 2.0) through process.emitWarning; Kibana goes on.
process.removeAllListeners('warning');
process.on('warning', () => {});

const isPlainObject = (value) => {
  if (value === null || typeof value !== 'object' || Object.prototype.toString.call(value) !== '[object Object]') {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
};

// A key that is [...] as a whole keeps its dots; any other key is split at every dot.
const splitKey = (key) => (key.startsWith('[') && key.endsWith(']') ? [key.slice(1, -1)] : key.split('.'));
const unsplittable = (key) => (key.startsWith('[') && key.endsWith(']') ? key.slice(1, -1) : undefined);

// Environment references are left as written: the test compares reading, not a machine's environment, and an
// unknown variable would stop Kibana before anything is compared.
const replaceEnvVarRefs = (text) => text.replace(/\$\{(\w+)(:(\w+))?\}/g, (match) => match);

const isIndex = (key) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < Number.MAX_SAFE_INTEGER;

// lodash set as @kbn/safer-lodash-set has it, noting when a value replaces one set before.
function set(object, path, value, state) {
  let nested = object;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (i === path.length - 1) {
      if (Object.prototype.hasOwnProperty.call(nested, key)) {
        const old = nested[key];
        const emptyOverEmpty = isPlainObject(value) && Object.keys(value).length === 0 && isPlainObject(old) && Object.keys(old).length === 0;
        if (!emptyOverEmpty) {
          state.writtenTwice = true;
        }
      }
      define(nested, key, value);
      return;
    }
    const own = Object.prototype.hasOwnProperty.call(nested, key) ? nested[key] : undefined;
    let next = own;
    if (own === null || typeof own !== 'object') {
      if (own !== undefined) {
        state.writtenTwice = true;
      }
      next = isIndex(path[i + 1]) ? [] : {};
      define(nested, key, next);
    }
    nested = next;
  }
}

function define(object, key, value) {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

function processEntryValue(value, state) {
  if (isPlainObject(value) || Array.isArray(value)) {
    for (const [subKey, subVal] of Object.entries(value)) {
      const whole = unsplittable(subKey);
      if (whole) {
        delete value[subKey];
        set(value, [whole], processEntryValue(subVal, state), state);
      } else {
        const parts = splitKey(subKey);
        if (parts.length > 1) delete value[subKey];
        set(value, parts, processEntryValue(subVal, state), state);
      }
    }
  } else if (typeof value === 'string') {
    return replaceEnvVarRefs(value);
  }
  return value;
}

function listEntries(root, state) {
  const entries = [];
  const walk = (level, path) => {
    if (isPlainObject(level) && Object.keys(level).length > 0) {
      for (const [key, value] of Object.entries(level)) {
        walk(value, [...path, ...splitKey(key)]);
      }
    } else if (path.length) {
      entries.push({ path, value: processEntryValue(level, state) });
    }
  };
  walk(root, []);
  return entries;
}

function ensureValidObjectPath(path) {
  const flat = path.join('.');
  for (const pattern of ['__proto__', 'constructor.prototype']) {
    if (flat.includes(pattern)) {
      throw new Error(`Forbidden path detected: ${flat}`);
    }
  }
}

class SchemaError extends Error {}

// @kbn/config-schema: object and record fields also take JSON text of one; booleans the text true/false in any case.
function object(value, what) {
  if (isPlainObject(value)) return value;
  if (typeof value === 'string') {
    let parsed;
    try {
      parsed = JSON.parse(value);
    } catch (e) {
      throw new SchemaError(`${what}: could not parse object value from json input`);
    }
    if (isPlainObject(parsed)) return parsed;
  }
  throw new SchemaError(`${what}: expected value of type [object]`);
}

function text(value, what) {
  if (typeof value !== 'string' || value.length < 1) throw new SchemaError(`${what}: expected a non-empty string`);
  return value;
}

function boolean(value, what) {
  if (value === undefined || typeof value === 'boolean') return;
  if (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase())) return;
  throw new SchemaError(`${what}: expected value of type [boolean]`);
}

// The actions plugin's schema for xpack.actions.preconfigured (config.ts), with validatePreconfigured.
function connectors(config) {
  if (config.xpack === undefined) return [];
  if (!isPlainObject(config.xpack)) throw new SchemaError('xpack: expected an object');
  if (config.xpack.actions === undefined) return [];
  const actions = object(config.xpack.actions, 'xpack.actions');
  if (actions.preconfigured === undefined) return [];
  const preconfigured = object(actions.preconfigured, 'xpack.actions.preconfigured');
  const result = [];
  for (const id of Object.keys(preconfigured)) {
    if (['', '__proto__', 'constructor'].includes(id)) throw new SchemaError(`invalid preconfigured action id "${id}"`);
    const entry = object(preconfigured[id], `[${id}]`);
    for (const key of Object.keys(entry)) {
      if (!['name', 'actionTypeId', 'config', 'secrets', 'exposeConfig'].includes(key)) {
        throw new SchemaError(`[${id}.${key}]: definition for this key is missing`);
      }
    }
    const name = text(entry.name, `[${id}.name]`);
    const actionTypeId = text(entry.actionTypeId, `[${id}.actionTypeId]`);
    if (entry.config !== undefined) object(entry.config, `[${id}.config]`);
    if (entry.secrets !== undefined) object(entry.secrets, `[${id}.secrets]`);
    boolean(entry.exposeConfig, `[${id}.exposeConfig]`);
    result.push({ id, actionTypeId, name });
  }
  if (Object.getPrototypeOf(preconfigured) !== Object.prototype) throw new SchemaError('invalid preconfigured action id "__proto__"');
  return result;
}

function read(mode, text) {
  let parsed;
  const state = { writtenTwice: false };
  try {
    parsed = readers[mode](text, state);
  } catch (e) {
    return { loads: false, stage: 'yaml', error: String(e.message).split('\n')[0] };
  }
  const entries = parsed ? listEntries(parsed, state) : [];
  try {
    entries.forEach((entry) => ensureValidObjectPath(entry.path));
  } catch (e) {
    return { loads: false, stage: 'path', error: e.message };
  }
  const root = {};
  entries.forEach((entry) => set(root, entry.path, entry.value, state));
  try {
    return { loads: true, connectors: connectors(root), writtenTwice: state.writtenTwice };
  } catch (e) {
    if (e instanceof SchemaError) return { loads: false, stage: 'schema', error: e.message };
    throw e;
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const { files } = JSON.parse(input);
  const results = files.map((file) => {
    try {
      return read(file.mode, file.text);
    } catch (e) {
      return { loads: false, stage: 'crash', error: String(e && e.stack) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
