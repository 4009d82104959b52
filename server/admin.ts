/**
 * `npm run admin -- <command>` on the server: school administrator accounts without the web app (the first
 * start makes one for the demo school; a real school's comes from here).
 *
 *   create --username <name> --name <display name> [--school <id> | --new-school <school name>]
 *       A school administrator account; prints its password once (they choose their own at first log-in).
 *       Without --school, the only school there is (several: --school is needed; none: --new-school).
 *   reset-password --username <name>
 *       A new password for anyone (e.g. the administrator who forgot theirs); their sessions end.
 *   schools
 *       The schools and their ids.
 */
import { hashPassword } from './auth/password';
import { assertPasswordAllowed } from './auth/password-policy';
import { ConfigError, readConfig } from './config';
import { ApiError } from './http/errors';
import { temporaryPassword } from './classroom/temporary-password';
import { USERNAME_RULE } from '../projects/contracts/accounts';
import { openStore } from './store/open-store';
import { StoreConflictError, type Store } from './store/store';

export class AdminCliError extends Error {}

/** `--key value` pairs; anything else is refused, naming what is allowed. */
export function parseOptions(args: readonly string[], allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i];
    if (!key.startsWith('--') || !allowed.includes(key.slice(2))) throw new AdminCliError(`unknown option ${key}; allowed: ${allowed.map((a) => `--${a}`).join(', ')}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new AdminCliError(`${key} needs a value`);
    out[key.slice(2)] = value;
  }
  return out;
}

export async function runAdminCommand(store: Store, args: readonly string[]): Promise<string> {
  const [command, ...rest] = args;
  if (command === 'schools') {
    const schools = await store.accounts.schools();
    return schools.length ? schools.map((s) => `  ${String(s.id).padStart(4)}  ${s.name}`).join('\n') : 'no schools yet (create one with: create … --new-school <name>)';
  }
  if (command === 'create') {
    const o = parseOptions(rest, ['username', 'name', 'school', 'new-school']);
    if (!o.username || !USERNAME_RULE.test(o.username)) throw new AdminCliError('--username: 3 to 32 letters, digits, dots, dashes or underscores');
    if (!o.name?.trim() || o.name.length > 64) throw new AdminCliError('--name: the name people see, 1 to 64 characters');
    if (o.school && o['new-school']) throw new AdminCliError('give --school or --new-school, not both');
    const schools = await store.accounts.schools();
    let schoolId: number;
    if (o['new-school']) schoolId = (await store.accounts.createSchool(o['new-school'].trim())).id;
    else if (o.school) {
      const found = schools.find((s) => String(s.id) === o.school);
      if (!found) throw new AdminCliError(`--school: no school has id ${o.school}; the schools are: ${schools.map((s) => `${s.id} (${s.name})`).join(', ') || 'none'}`);
      schoolId = found.id;
    } else if (schools.length === 1) schoolId = schools[0].id;
    else throw new AdminCliError(schools.length ? `there are ${schools.length} schools: choose one with --school <id> (npm run admin -- schools)` : 'there is no school yet: add --new-school <school name>');
    const password = temporaryPassword(o.username);
    try {
      await store.accounts.createUser({ username: o.username, displayName: o.name.trim(), role: 'admin', schoolId, passwordHash: await hashPassword(password), mustChangePassword: true });
    } catch (e) {
      if (e instanceof StoreConflictError) throw new AdminCliError(`the username "${o.username}" is taken; choose another`);
      throw e;
    }
    return `School administrator created: ${o.username} / ${password}  (school ${schoolId}; asked to choose their own password at the first log-in)`;
  }
  if (command === 'reset-password') {
    const o = parseOptions(rest, ['username']);
    const user = o.username ? await store.accounts.userByUsername(o.username) : undefined;
    if (!user) throw new AdminCliError(`--username: no account is called "${o.username ?? ''}"`);
    const password = temporaryPassword(user.username);
    assertPasswordAllowed(password, user.username);
    await store.accounts.setPassword(user.id, await hashPassword(password), true);
    return `New password for ${user.username} (${user.role}): ${password}  (their sessions were ended; asked to choose their own at the next log-in)`;
  }
  throw new AdminCliError(`unknown command "${command ?? ''}"; allowed: create, reset-password, schools`);
}

async function main(): Promise<void> {
  const store = await openStore(readConfig(process.env));
  try {
    console.log(await runAdminCommand(store, process.argv.slice(2)));
  } finally {
    await store.close();
  }
}

if (process.argv[1]?.endsWith('admin.ts') || process.argv[1]?.endsWith('admin.js')) {
  main().catch((e: unknown) => {
    console.error(e instanceof AdminCliError || e instanceof ConfigError || e instanceof ApiError ? `admin: ${e.message}` : e);
    process.exit(e instanceof AdminCliError || e instanceof ConfigError ? 2 : 1);
  });
}
