import { describe, expect, it } from 'vitest';
import { textFile } from './download';

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

describe('saved text files', () => {
  it('CSV starts with the UTF-8 byte-order mark EF BB BF, then the UTF-8 text (Chinese headers readable in Excel)', async () => {
    const b = await bytes(textFile('长度 (m),周期 (s)\n1,2\n', 'text/csv'));
    expect([...b.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // 长 is U+957F: E9 95 BF in UTF-8 (RFC 3629)
    expect([...b.slice(3, 6)]).toEqual([0xe9, 0x95, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)).toBe('\uFEFF长度 (m),周期 (s)\n1,2\n');
  });

  it('Markdown and HTML are saved without a mark, as UTF-8', async () => {
    expect([...(await bytes(textFile('# 标题', 'text/markdown'))).slice(0, 3)]).toEqual([0x23, 0x20, 0xe6]);
    expect((await bytes(textFile('<!doctype html>', 'text/html')))[0]).toBe(0x3c);
    expect(textFile('x', 'text/csv').type).toBe('text/csv;charset=utf-8');
  });
});
