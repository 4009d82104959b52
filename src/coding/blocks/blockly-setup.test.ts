import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as Blockly from 'blockly';
import { describe, expect, it } from 'vitest';
import zh from '../../i18n/zh-CN/coding.json';
import { setBlocklyLanguage } from './blockly-setup';

describe('Blockly in Chinese', () => {
  it('has Chinese for the messages its own zh-hans file leaves in English (zoom buttons, workspace name, screen-reader text)', () => {
    setBlocklyLanguage('zh-CN', zh);
    expect(Blockly.Msg['ZOOM_IN']).toBe('放大');
    expect(Blockly.Msg['ZOOM_OUT']).toBe('缩小');
    expect(Blockly.Msg['RESET_ZOOM']).toBe('重置缩放');
    expect(Blockly.Msg['WORKSPACE_LABEL_PLAIN']).toBe('积木工作区。');
    // Every message Blockly marks "untranslated" in zh-hans, apart from help addresses, key legends
    // (printed in English on Chinese keyboards) and operator symbols, now has Chinese.
    const src = readFileSync(resolve(import.meta.dirname, '../../../node_modules/blockly/msg/zh-hans.js'), 'utf8');
    const untranslated = [...src.matchAll(/Blockly\.Msg\["([A-Z_0-9]+)"\] = "(.*)";\s+\/\/ untranslated/g)]
      .filter(([, name, text]) => !name.endsWith('HELPURL') && !name.endsWith('_KEY') && /[A-Za-z]{2,}/.test(text))
      .map(([, name]) => name);
    expect(untranslated.length).toBeGreaterThan(50);
    const keys = /\b(Shift|Esc|Enter|Tab)\b/g; // key legends stay as printed on the keys
    const stillEnglish = untranslated.filter((name) => /[A-Za-z]{3,}/.test((Blockly.Msg[name] ?? '').replace(keys, '')));
    expect(stillEnglish).toEqual([]);
  });
});
