import { describe, expect, it } from 'vitest';
import { bytesToBase64, classListText, isXlsxFile } from './class-list-file';

describe('classListText', () => {
  it('reads UTF-8 (with or without its byte-order mark)', () => {
    const bytes = new TextEncoder().encode('\uFEFF姓名,学号,班级\n张三,2026001,初二(3)班');
    expect(classListText(bytes)).toEqual({ text: '姓名,学号,班级\n张三,2026001,初二(3)班', encoding: 'utf-8' });
  });

  it('reads what Excel saves as CSV in Chinese Windows (GBK)', () => {
    // 姓名,学号 in GBK: 姓 D0D5, 名 C3FB, 学 D1A7, 号 BAC5 (GB 2312 code chart)
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd1, 0xa7, 0xba, 0xc5]);
    expect(classListText(gbk)).toEqual({ text: '姓名,学号', encoding: 'gb18030' });
  });
});

describe('xlsx uploads', () => {
  it('recognises a zip by its signature and not a CSV', () => {
    expect(isXlsxFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe(true);
    expect(isXlsxFile(new TextEncoder().encode('姓名,学号,班级'))).toBe(false);
  });

  it('encodes bytes in base64 past the chunk size (RFC 4648 alphabet and padding)', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 1 }, (_, i) => (i * 7) & 0xff);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    // RFC 4648 §10 test vector
    expect(bytesToBase64(new TextEncoder().encode('foob'))).toBe('Zm9vYg==');
  });
});
