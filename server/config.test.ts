/** Configuration from the environment: defaults, and a clear error naming the variable and the allowed values. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('has working defaults', () => {
    const c = readConfig({}, '/srv/sprout');
    expect(c).toEqual(expect.objectContaining({ port: 8080, host: '0.0.0.0', dataDir: '/srv/sprout/data', syncFlush: 'background', secureCookies: false }));
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
});
