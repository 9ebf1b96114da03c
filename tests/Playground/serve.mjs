// A tiny static server for the published playground, as a static host serves it: 127.0.0.1 only, .wasm as
// application/wasm, and the precompressed .br/.gz variant of a file when the browser accepts it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.dat': 'application/octet-stream',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close, served } (served: bytes sent by path). */
export function serve(root, port = 0) {
  const served = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(path.normalize(root))) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body = file;
    if (/\bbr\b/.test(accepts) && fs.existsSync(file + '.br')) { body = file + '.br'; headers['content-encoding'] = 'br'; }
    else if (/\bgzip\b/.test(accepts) && fs.existsSync(file + '.gz')) { body = file + '.gz'; headers['content-encoding'] = 'gzip'; }
    const data = fs.readFileSync(body);
    headers['content-length'] = data.length;
    served.set(url.pathname, data.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : data);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () =>
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, served, close: () => new Promise((r) => server.close(r)) })));
}

// `node serve.mjs <folder> [port]`: serve a published site to look at it.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? '.');
  const { url } = await serve(root, Number(process.argv[3] ?? 8080));
  console.log(`serving ${root} at ${url}`);
}
