// What the playground's browser tests and benchmark need: the published site, Chromium, the CLI. A missing one makes
// the tests skip with a message saying how to run them, unless KIBANACONNECTORS_REQUIRE_BROWSER=1 (CI), where it fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const site = path.resolve(process.env.KIBANACONNECTORS_PLAYGROUND_SITE ?? path.join(repo, 'artifacts/playground/wwwroot'));
export const chromium = process.env.KIBANACONNECTORS_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
export const cli = process.env.KIBANACONNECTORS_CLI ?? path.join(repo, 'src/KibanaConnectors.Cli/bin/Debug/net10.0/kibana-connectors.dll');
export const artifacts = path.resolve(process.env.KIBANACONNECTORS_ARTIFACTS ?? path.join(repo, 'artifacts/playground-tests'));
export const required = process.env.KIBANACONNECTORS_REQUIRE_BROWSER === '1';

/** Why the browser tests cannot run here, or null when they can. */
export function missing() {
  if (!fs.existsSync(path.join(site, 'index.html')) || !fs.existsSync(path.join(site, '_framework/dotnet.js'))) {
    return `no published playground at ${site}: run 'dotnet publish src/KibanaConnectors.Playground -c Release -o artifacts/playground' (after 'npm ci' in src/KibanaConnectors.Playground/editor)`;
  }
  if (!chromium) return "no Chromium: install it ('apt-get install chromium') or set KIBANACONNECTORS_CHROMIUM";
  return null;
}
