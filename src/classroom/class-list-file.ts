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
