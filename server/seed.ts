/**
 * `npm run seed` creates the demo school in an empty data directory; `npm run seed -- --reset` wipes
 * every row first and recreates it. Stop the server before resetting (it keeps open documents in memory).
 * `--locale en` (or DEMO_LOCALE=en) makes the sample projects English; default zh-CN.
 */
import { ConfigError, readConfig } from './config';
import { createDemoSchool, formatDemoLogins, isEmpty } from './demo-school';
import { openStore } from './store/open-store';

async function seed(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--locale');
  const localeArg = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && localeArg !== 'zh-CN' && localeArg !== 'en') {
    console.error(`--locale must be zh-CN or en; got '${localeArg ?? ''}'`);
    process.exit(2);
  }
  const unknown = args.filter((a, i) => a !== '--reset' && !(at >= 0 && (i === at || i === at + 1)));
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}; allowed: --reset, --locale zh-CN|en`);
    process.exit(2);
  }
  const config = readConfig(process.env);
  const store = await openStore(config);
  const where = (await store.status()).location;
  try {
    if (args.includes('--reset')) {
      await store.wipe();
      console.log(`Wiped all data in ${where}.`);
    } else if (!(await isEmpty(store))) {
      console.log(`${where} already has data; use --reset to wipe it and recreate the demo school.`);
      return;
    }
    const demo = await createDemoSchool(store, { password: process.env.DEMO_PASSWORD || undefined, locale: (localeArg as 'zh-CN' | 'en' | undefined) ?? config.demoLocale });
    console.log(formatDemoLogins(demo));
  } finally {
    await store.close();
  }
}

seed().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `seed: ${e.message}` : e);
  process.exit(1);
});
