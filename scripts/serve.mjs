// A dependency-free static server for dist/, mounted under a sub-path the way intranet servers host it,
// sending the same CSP the deployment guide asks for: tests and the bench see what users will see.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_BASE_PATH = '/cchc/bang-chi-so/';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };

// Vite names emitted files `name-<hash>.ext`; only those may be cached forever.
const HASHED_ASSET = /^assets\/.+[-.][A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;

/** '/a/b' and 'a/b/' both become '/a/b/'. */
function normaliseBasePath(basePath) {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function send(res, status, headers, body = '') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache', ...headers });
  res.end(body);
}

function sendText(res, status, text) {
  send(res, status, { 'Content-Type': 'text/plain; charset=utf-8' }, `${text}\n`);
}

/** Resolves a request path inside `root`; null when it would escape it. */
function resolveInside(root, relativePath) {
  if (relativePath.includes('\0')) return null;
  const target = resolve(root, `./${relativePath}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

async function findFile(root, relativePath) {
  const target = resolveInside(root, relativePath);
  if (target === null) return null;
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return { file: target, size: info.size };
  if (!info?.isDirectory()) return null;
  const index = resolve(target, 'index.html');
  const indexInfo = await stat(index).catch(() => null);
  return indexInfo?.isFile() ? { file: index, size: indexInfo.size } : null;
}

async function serveFile(req, res, mount, relativePath) {
  const found = await findFile(mount.root, relativePath);
  if (found === null) return sendText(res, 404, 'Không tìm thấy / Not found');
  const type = MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  const cache = HASHED_ASSET.test(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': found.size,
    'Cache-Control': cache,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function handle(mounts, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, '');
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return sendText(res, 400, 'Yêu cầu không hợp lệ / Bad request');
  }
  const app = mounts[0];
  if (pathname === '/' && app.basePath !== '/') return send(res, 302, { Location: app.basePath });
  for (const mount of mounts) {
    if (`${pathname}/` === mount.basePath) return send(res, 301, { Location: mount.basePath });
    if (pathname.startsWith(mount.basePath)) {
      return serveFile(req, res, mount, pathname.slice(mount.basePath.length));
    }
  }
  return sendText(res, 404, 'Không tìm thấy / Not found');
}

function listen(server, port, host) {
  return new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen(server.address().port);
    });
  });
}

/**
 * Serves `root` under `basePath`; `mounts` adds more roots (the bench's floor page) under their own paths.
 * Port 0 picks a free port. Resolves to { url, origin, port, close }.
 */
export async function startServer({
  root,
  basePath = DEFAULT_BASE_PATH,
  port = 0,
  host = '127.0.0.1',
  mounts = [],
}) {
  const allMounts = [{ root, basePath }, ...mounts].map((mount) => ({
    root: resolve(mount.root),
    basePath: normaliseBasePath(mount.basePath),
  }));
  const server = createServer((req, res) => {
    Promise.resolve(handle(allMounts, req, res)).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Lỗi máy chủ / Server error');
      else res.destroy();
    });
  });
  // Keep-alive sockets would hold close() open after a browser disconnects.
  server.keepAliveTimeout = 1000;
  const actualPort = await listen(server, port, host);
  const origin = `http://${host}:${actualPort}`;
  return {
    url: `${origin}${allMounts[0].basePath}`,
    origin,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

async function main() {
  const root = fileURLToPath(new URL('../dist/', import.meta.url));
  const indexExists = await stat(resolve(root, 'index.html')).catch(() => null);
  if (!indexExists) {
    console.error(
      'Chưa có dist/index.html: hãy chạy `npm run build` / dist/index.html is missing: run `npm run build`.',
    );
    process.exit(1);
  }
  const basePath = process.env.BASE_PATH ?? DEFAULT_BASE_PATH;
  const host = process.env.HOST ?? '127.0.0.1';
  const wanted = Number(process.env.PORT ?? 4173);
  const server = await startServer({ root, basePath, port: wanted, host }).catch((error) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.warn(`Cổng ${wanted} đang bận, dùng cổng khác / Port ${wanted} is busy, using a free port.`);
    return startServer({ root, basePath, port: 0, host });
  });
  const shown = host === '127.0.0.1' ? server.url.replace('127.0.0.1', 'localhost') : server.url;
  const message = `Bảng chỉ số đang chạy tại / Dashboard running at: ${shown}`;
  const line = '='.repeat(message.length + 4);
  console.log(`\n${line}\n  ${message}\n${line}`);
  console.log('  Nhấn Ctrl+C để dừng / Press Ctrl+C to stop.\n');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
