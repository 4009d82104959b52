/** Wiring only: read the config, open the store, build the server, listen, shut down cleanly. */
import { readFileSync } from 'node:fs';
import { createServer } from './app';
import { ConfigError, readConfig } from './config';
import { SqliteStore } from './store/sqlite';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Sprout Lab cannot start: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const store = new SqliteStore({ dataDir: config.dataDir });
  const server = createServer({ store, distDir: config.distDir, version });
  const port = await server.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`Sprout Lab ${version} is running at http://${shown}:${port}/  (data: ${config.dataDir})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing connections and flushing data…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error('Sprout Lab failed to start:', e);
  process.exit(1);
});
