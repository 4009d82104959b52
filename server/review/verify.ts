/**
 * `npm run verify-reviews`: checks every project's review hash chain in DATA_DIR's database and prints
 * one line per project (OK, or BROKEN at entry N and why). Exit code 1 if any chain is broken.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readConfig } from '../config';
import { SqliteStore } from '../store/sqlite';
import { verifyChain } from './hash-chain';

export async function verifyAll(store: SqliteStore, print: (line: string) => void): Promise<{ projects: number; broken: number }> {
  const ids = await store.reviews.projectsWithLog();
  let broken = 0;
  for (const id of ids) {
    const r = verifyChain(await store.reviews.log(id), await store.reviews.logHead(id));
    if (r.ok) {
      print(`OK      ${id}  ${r.entries} entries  head ${r.headHash.slice(0, 16)}…`);
    } else {
      broken++;
      print(`BROKEN  ${id}  at entry ${r.brokenAt} of ${r.entries}: ${r.reason}`);
    }
  }
  print(ids.length === 0 ? 'No review history to check.' : `${ids.length} project(s) checked, ${broken} broken.`);
  return { projects: ids.length, broken };
}

async function main(): Promise<void> {
  let dataDir: string;
  try {
    dataDir = readConfig(process.env).dataDir;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (!existsSync(join(dataDir, 'sprout-lab.db'))) {
    console.error(`no database at ${join(dataDir, 'sprout-lab.db')} (set DATA_DIR)`);
    process.exit(2);
  }
  const store = new SqliteStore({ dataDir, documents: 'read' }); // may run beside a live server
  try {
    const { broken } = await verifyAll(store, (l) => console.log(l));
    process.exitCode = broken > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && /verify\.ts$/.test(process.argv[1])) void main();
