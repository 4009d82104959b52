/**
 * The text of a class-list file. Excel and WPS in Chinese save "CSV" in GB18030 (GBK) unless told
 * "CSV UTF-8", so bytes that are not valid UTF-8 are read as GB18030 (WHATWG Encoding: the gb18030
 * decoder also reads GBK); a UTF-8 byte-order mark is dropped either way.
 */
export function classListText(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Whether the bytes are a zip, as an .xlsx workbook is ("PK\3\4"); the server reads those, the browser only sends them. */
export function isXlsxFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The bytes in base64, for the JSON body of the class-list routes (`xlsx`). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
