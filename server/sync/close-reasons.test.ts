/**
 * Every reason the sync endpoint closes a connection for starts with a stable name the app words in both
 * languages (src/i18n/{en,zh-CN}/notebook.json `notebook.connection.reason.<name>`), and no close in
 * server/sync gives free text without one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSE_REASONS, closeReason } from './limits';

const root = resolve(import.meta.dirname, '../..');
const catalogue = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(root, 'src/i18n', lang, 'notebook.json'), 'utf8'));

describe('websocket close reasons', () => {
  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}: the notebook says every one, with what to do`, () => {
      const words = catalogue(lang);
      expect(CLOSE_REASONS.filter((n) => !words[`notebook.connection.reason.${n}`])).toEqual([]);
      if (lang === 'zh-CN') expect(CLOSE_REASONS.filter((n) => !/[\u4e00-\u9fff]/.test(words[`notebook.connection.reason.${n}`]))).toEqual([]);
    });
  }

  it('is the name, then the English detail, within the 123 bytes a close frame carries', () => {
    expect(closeReason('too_many_connections', 'at most 6 per user')).toBe('too_many_connections: at most 6 per user');
    expect(Buffer.byteLength(closeReason('origin_not_allowed', `origin https://${'x'.repeat(300)} is not this site`))).toBeLessThanOrEqual(123);
  });

  it('every close in server/sync goes through closeReason (no free-text reason)', () => {
    const dir = resolve(import.meta.dirname);
    const offenders: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/(close\(CLOSE\.\w+, |reason: )['`]/.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
