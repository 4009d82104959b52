/**
 * `npm run seed` creates the demo school in an empty data directory; `npm run seed -- --reset` wipes
 * every row first and recreates it. Stop the server before resetting (it keeps open documents in memory).
 */
import { ConfigError, readConfig } from './config';
import { createDemoSchool, formatDemoLogins, isEmpty } from './demo-school';
import { SqliteStore } from './store/sqlite';

async function seed(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--reset');
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}; allowed: --reset`);
    process.exit(2);
  }
  const config = readConfig(process.env);
  const store = new SqliteStore({ dataDir: config.dataDir, reviewKeyFile: config.reviewKeyFile });
  try {
    if (args.includes('--reset')) {
      await store.wipe();
      console.log(`Wiped all data in ${store.path}.`);
    } else if (!(await isEmpty(store))) {
      console.log(`${store.path} already has data; use --reset to wipe it and recreate the demo school.`);
      return;
    }
    const demo = await createDemoSchool(store, { password: process.env.DEMO_PASSWORD || undefined });
    console.log(formatDemoLogins(demo));
  } finally {
    await store.close();
  }
}

seed().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `seed: ${e.message}` : e);
  process.exit(1);
});
