// Reads a JSON list of settings files on standard input and prints, as JSON, the schema problems of each:
// { "<path>": ["<instancePath> <message>", ...] }. Usage: node validate.mjs <schema.json> < files.json
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { parse } from "yaml";

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));
// strict: false lets the editor-only keywords through (defaultSnippets, enumDescriptions), as editors do.
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);
const files = JSON.parse(readFileSync(0, "utf8"));
const result = {};
for (const file of files) {
  let data;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    result[file] = [`not YAML: ${error.message}`];
    continue;
  }

  result[file] = validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
}

process.stdout.write(JSON.stringify(result));
