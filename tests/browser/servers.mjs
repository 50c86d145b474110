// Real servers for browser tests: nginx serving a folder on a free loopback
// port, started in a temporary directory and stopped afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer at ${url}: ${lastError}`);
}

// Serves `root` with the MIME types the site needs (the README's snippet).
export async function startNginx(root) {
  const dir = mkdtempSync(join(tmpdir(), 'webcast-nginx-'));
  mkdirSync(join(dir, 'tmp'));
  const port = await freePort();
  const asRoot = process.getuid && process.getuid() === 0;
  const conf = `
${asRoot ? 'user root root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  # Debian's mime.types already maps .mov and .json; these are the rest.
  types {
    application/x-quicktime-media-link qtl;
    audio/x-mpegurl m3u;
    text/calendar ics;
  }
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location ~ status\\.json$ { add_header Cache-Control no-cache; }
  }
}`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const base = `http://127.0.0.1:${port}/`;
  await Promise.race([
    waitForHttp(base, 10000),
    exited.then((code) => { throw new Error(`nginx exited with ${code}`); }),
  ]);
  return {
    base,
    stop: async () => { child.kill('SIGTERM'); await exited; },
  };
}
