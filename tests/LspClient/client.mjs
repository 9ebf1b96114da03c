// An independent LSP client for `kibana-connectors lsp`, on the protocol layer VS Code's language client uses
// (vscode-jsonrpc, vscode-languageserver-protocol). It opens a broken file, waits for its diagnostics, fixes it
// without saving and waits for none, then hovers, completes and applies a quick fix.
// Usage: node client.mjs <command> [args...]   e.g. node client.mjs ~/.dotnet/tools/kibana-connectors lsp
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from "vscode-languageserver-protocol/node.js";

const [command, ...args] = process.argv.slice(2);
assert.ok(command, "usage: node client.mjs <command> [args...]");

const folder = mkdtempSync(join(tmpdir(), "kc-lsp-client-"));
const file = join(folder, "kibana.yml");
const uri = pathToFileURL(file).href;
const broken = [
  "xpack.actions.preconfigured:",
  "  ops-hook:",
  "    actionTypeId: .webhook",
  "    name: Ops hook",
  "    config:",
  "      url: https://hooks.example.com/alerts",
  "      methd: put",
  "      hasAuth: false",
  "  other-hook:",
  "    actionTypeId: .webhok",
  "    name: Other hook",
  "",
].join("\n");
writeFileSync(file, broken);

const server = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const published = [];
let notify = () => {};
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  published.push(params);
  notify();
});
connection.listen();

// The next diagnostics of the file for a version, waiting up to ten seconds.
async function diagnostics(version) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const index = published.findIndex((p) => p.uri === uri && p.version === version);
    if (index >= 0) {
      return published.splice(0, index + 1).pop().diagnostics;
    }

    assert.ok(Date.now() < deadline, `no diagnostics for version ${version}`);
    await new Promise((resolve) => {
      notify = resolve;
      setTimeout(resolve, 200);
    });
  }
}

const step = (name) => console.log(`ok: ${name}`);
try {
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "kc" }],
  });
  assert.equal(init.capabilities.textDocumentSync.change, 2);
  await connection.sendNotification(InitializedNotification.type, {});
  step("initialize");

  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "yaml", version: 1, text: broken } });
  const first = await diagnostics(1);
  assert.deepEqual(first.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort(), ["KC0102@9:18", "KC0106@6:6"]);
  assert.match(first.find((d) => d.code === "KC0102").message, /did you mean '\.webhook'\?/);
  step("diagnostics of the broken file");

  // A quick fix for the misspelt key, applied as the client would.
  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 6, character: 7 }, end: { line: 6, character: 7 } },
    context: { diagnostics: first.filter((d) => d.code === "KC0106") },
  });
  const rename = actions.find((a) => a.title === "Change to 'method'");
  assert.ok(rename, JSON.stringify(actions));
  const edit = rename.edit.changes[uri][0];
  assert.deepEqual(edit.range, { start: { line: 6, character: 6 }, end: { line: 6, character: 11 } });
  assert.equal(edit.newText, "method");
  step("code action");

  // The type fixed by an incremental edit, the key by the code action's edit: no diagnostics, unsaved.
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: edit.range, text: edit.newText },
      { range: { start: { line: 9, character: 18 }, end: { line: 9, character: 25 } }, text: ".server-log" },
    ],
  });
  assert.deepEqual(await diagnostics(2), []);
  step("no diagnostics after the fix, without saving");

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 8 } });
  assert.match(hover.contents.value, /\*\*config\.method\*\*: The HTTP method of the requests\./);
  assert.match(hover.contents.value, /default: `post`/);
  step("hover");

  const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } });
  const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
  for (const type of [".webhook", ".email", ".slack", ".pagerduty"]) {
    assert.ok(labels.includes(type), `completion lacks ${type}: ${labels.join(", ")}`);
  }

  step("completion");

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  const code = await new Promise((resolve) => server.on("exit", resolve));
  assert.equal(code, 0);
  step("shutdown and exit");
} finally {
  connection.dispose();
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}
