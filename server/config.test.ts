/** Configuration from the environment: defaults, and a clear error naming the variable and the allowed values. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('has working defaults', () => {
    const c = readConfig({}, '/srv/sprout');
    expect(c).toEqual(expect.objectContaining({ port: 8080, host: '0.0.0.0', dataDir: '/srv/sprout/data', syncFlush: 'background', secureCookies: false }));
  });

  it('reads SOCKET_PATH (a Unix socket instead of HOST:PORT) and refuses a relative or too long path, or both at once', () => {
    expect(readConfig({}).socketPath).toBeNull();
    expect(readConfig({ SOCKET_PATH: '/run/sprout-lab/1.sock' }).socketPath).toBe('/run/sprout-lab/1.sock');
    expect(() => readConfig({ SOCKET_PATH: 'run/1.sock' })).toThrow(new ConfigError("SOCKET_PATH must be an absolute path of at most 107 bytes; got 'run/1.sock'"));
    expect(() => readConfig({ SOCKET_PATH: `/${'x'.repeat(107)}` })).toThrow(/at most 107 bytes/);
    expect(() => readConfig({ SOCKET_PATH: '/run/1.sock', PORT: '8081' })).toThrow('SOCKET_PATH replaces PORT and HOST: set one or the other');
  });

  it('reads SYNC_FLUSH and refuses other values by name', () => {
    expect(readConfig({ SYNC_FLUSH: 'before-relay' }).syncFlush).toBe('before-relay');
    expect(() => readConfig({ SYNC_FLUSH: 'always' })).toThrow(new ConfigError("SYNC_FLUSH must be background or before-relay; got 'always'"));
  });

  it('reads DEMO_LOCALE (the language of the demo school\'s sample projects) and refuses other values by name', () => {
    expect(readConfig({}).demoLocale).toBe('zh-CN');
    expect(readConfig({ DEMO_LOCALE: 'en' }).demoLocale).toBe('en');
    expect(() => readConfig({ DEMO_LOCALE: 'english' })).toThrow(new ConfigError("DEMO_LOCALE must be zh-CN or en; got 'english'"));
  });

  it('names the variable and the range of a bad number or flag', () => {
    expect(() => readConfig({ PORT: '80a' })).toThrow(/PORT must be a whole number from 0 to 65535/);
    expect(() => readConfig({ SESSION_TTL_S: '5' })).toThrow(/SESSION_TTL_S must be a whole number from 60/);
    expect(() => readConfig({ SECURE_COOKIES: 'maybe' })).toThrow(/SECURE_COOKIES must be 1\/true\/yes or 0\/false\/no; got 'maybe'/);
  });

  it('reads DATABASE_URL and REDIS_URL, refuses malformed ones without printing a password, and needs PostgreSQL for several processes', () => {
    const c = readConfig({ DATABASE_URL: 'postgres://sprout:pw@db.school:5432/sprout', DATABASE_SCHEMA: 'district', REDIS_URL: 'redis://cache:6379', REDIS_PREFIX: 'sl:' });
    expect(c.database).toEqual({ url: 'postgres://sprout:pw@db.school:5432/sprout', schema: 'district', poolSize: 10 });
    expect(c.redis).toEqual({ url: 'redis://cache:6379', prefix: 'sl:' });
    expect(readConfig({}).database).toBeNull();
    expect(readConfig({}).redis).toBeNull();
    expect(() => readConfig({ DATABASE_URL: 'mysql://u:secret@h/db' })).toThrow("DATABASE_URL must look like postgres://user@host:5432/database; got 'mysql://u:***@h/db'");
    expect(() => readConfig({ DATABASE_URL: 'postgres://h/db', DATABASE_SCHEMA: 'Bad-Name' })).toThrow(/DATABASE_SCHEMA must be lower-case letters/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://h/db', DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must be a whole number from 1 to 200/);
    expect(() => readConfig({ REDIS_URL: 'http://cache' , DATABASE_URL: 'postgres://h/db' })).toThrow(/REDIS_URL must look like redis:\/\/host:6379/);
    expect(() => readConfig({ REDIS_URL: 'redis://cache' })).toThrow('REDIS_URL (several processes) needs DATABASE_URL: one SQLite data directory serves one process');
    expect(() => readConfig({ DATABASE_SCHEMA: 'x' })).toThrow('DATABASE_SCHEMA and DATABASE_POOL_SIZE need DATABASE_URL');
  });
});
