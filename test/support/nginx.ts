/**
 * Debian's nginx in front of several server processes, configured as docs/deploy.md says (the upstream
 * part is the same text: `nginxUpstreamConfig`): consistent hashing on the project id of /sync/<id> and
 * /api/projects/<id>/…, websocket upgrades passed through, the next process tried when one is down.
 * Runs as the test's own process (daemon off), with every file in a temporary directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX_BIN } from './services';

/** The load-balancing part of the configuration (docs/deploy.md shows the same). */
export function nginxUpstreamConfig(backends: readonly string[]): string {
  return `
  # the project a request is about: websocket /sync/<id> and the REST routes under /api/projects/<id>
  map $uri $sprout_project {
    ~^/sync/(?<p1>[A-Za-z0-9_-]+)          $p1;
    ~^/api/projects/(?<p2>[A-Za-z0-9_-]+)  $p2;
    default                                 $request_id;
  }
  map $http_upgrade $sprout_connection {
    default upgrade;
    ''      close;
  }
  upstream sprout {
    # one project's requests go to one process; when it is down, to the next one on the ring
    hash $sprout_project consistent;
${backends.map((b) => `    server ${b} max_fails=1 fail_timeout=10s;`).join('\n')}
  }`;
}

export function nginxServerConfig(listen: string): string {
  return `
  server {
    listen ${listen};
    client_max_body_size 8m;
    location / {
      proxy_pass http://sprout;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $sprout_connection;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningNginx {
  port: number;
  url: string;
  /** The master and worker processes (benchmarks read their CPU time). */
  pids(): number[];
  stop(): Promise<void>;
  log(): string;
}

export async function startNginx(backends: readonly string[]): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-nginx-'));
  for (const t of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, t));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_rlimit_nofile 65536;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path ${dir}/client;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${nginxUpstreamConfig(backends)}
${nginxServerConfig(`127.0.0.1:${port}`)}
}
`,
  );
  const child: ChildProcess = spawn(NGINX_BIN, ['-c', conf, '-p', dir, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${out}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > until) throw new Error(`nginx did not answer within 15 s:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    url,
    pids: () => {
      const master = child.pid!;
      try {
        const kids = readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
        return [master, ...kids];
      } catch {
        return [master];
      }
    },
    log: () => out,
    async stop() {
      if (child.exitCode === null) {
        await new Promise<void>((r) => {
          child.once('exit', () => r());
          child.kill('SIGQUIT');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
