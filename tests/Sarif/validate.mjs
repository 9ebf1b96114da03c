// Checks SARIF logs as code scanning reads them. Usage: node validate.mjs <log.sarif>...
// Prints, as JSON, for each log: { "<path>": { "schema": ["<instancePath> <message>", ...],
// "validator": ["<ruleId> <level>: <message>", ...] } }: the problems ajv finds against the SARIF 2.1.0 JSON Schema
// (draft 2020-12) that Microsoft's SARIF Multitool ships, and the results of the Multitool's own validator ('validate':
// SARIF's rules beyond the schema, SARIF1xxx errors and SARIF2xxx advice).
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
// The Multitool for this platform: an optional dependency of @microsoft/sarif-multitool, holding the binary and the schema.
const platform = readdirSync(join("node_modules", "@microsoft"))
  .map((name) => join("node_modules", "@microsoft", name))
  .find((folder) => existsSync(join(folder, "sarif-2.1.0.json")));
if (!platform) {
  throw new Error("no @microsoft/sarif-multitool-<platform> package with sarif-2.1.0.json: run npm ci");
}

const schema = JSON.parse(readFileSync(join(platform, "sarif-2.1.0.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

// The package's postinstall only marks the binary executable, which npm may not run: do it here.
const binary = require("@microsoft/sarif-multitool");
try {
  chmodSync(binary, 0o755);
} catch {
  // Not ours to change (a read-only install): run it as it is.
}

const work = mkdtempSync(join(tmpdir(), "kc-sarif-"));
const result = {};
for (const [index, file] of process.argv.slice(2).entries()) {
  const log = JSON.parse(readFileSync(file, "utf8"));
  const schemaProblems = validate(log) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);

  const output = join(work, `validation-${index}.sarif`);
  const run = spawnSync(binary, ["validate", file, "--output", output, "--log", "ForceOverwrite"], { encoding: "utf8" });
  if (run.status !== 0 || !existsSync(output)) {
    throw new Error(`sarif validate ${file} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  }

  const validation = JSON.parse(readFileSync(output, "utf8"));
  const findings = validation.runs.flatMap((r) => r.results ?? []).map((r) => `${r.ruleId} ${r.level ?? "warning"}: ${r.message?.text ?? JSON.stringify(r.message)}`);
  result[file] = { schema: schemaProblems, validator: findings };
}

process.stdout.write(JSON.stringify(result));
