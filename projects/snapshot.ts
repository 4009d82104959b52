/**
 * A frozen submission: the project's full encoded state plus its SHA-256, so anyone can check later
 * that what a mentor reviewed is byte for byte what was handed in. WebCrypto only (browser and Node 20).
 */
import * as Y from 'yjs';
import { createProjectDoc } from './schema';

export interface FrozenSnapshot {
  /** Y.encodeStateAsUpdate of the whole document (v1 encoding). */
  state: Uint8Array;
  /** Lowercase hex SHA-256 of `state`. */
  sha256: string;
  bytes: number;
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function freezeProject(doc: Y.Doc): Promise<FrozenSnapshot> {
  const state = Y.encodeStateAsUpdate(doc);
  return { state, sha256: await sha256Hex(state), bytes: state.length };
}

export class SnapshotIntegrityError extends Error {
  constructor(expected: string, actual: string) {
    super(`snapshot hash mismatch: expected sha256 ${expected}, got ${actual}; the submission was altered or corrupted`);
    this.name = 'SnapshotIntegrityError';
  }
}

/** Check the hash, then decode into a fresh Y.Doc (read-only by convention). */
export async function thawProject(state: Uint8Array, expectedSha256: string): Promise<Y.Doc> {
  const actual = await sha256Hex(state);
  if (actual !== expectedSha256.toLowerCase()) throw new SnapshotIntegrityError(expectedSha256, actual);
  const doc = createProjectDoc();
  Y.applyUpdate(doc, state);
  return doc;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
