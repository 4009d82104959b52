/**
 * Sharing a setup without a server round trip:
 * - a link: the setup's JSON, deflated (the platform's CompressionStream('deflate-raw'), in every browser
 *   we support and in Node) and base64url-encoded into the URL fragment `#setup=…` (the fragment never
 *   reaches the server);
 * - a QR code of that link for the projector (uqr, a small dependency-free encoder, loaded only when asked);
 * - a file: the setup as pretty JSON, and back through the same validation as everything else.
 */
import type { PartCatalog } from './part';
import { parseSetup, parseSetupText, type Setup, type SetupResult } from './setup';
import { ruledProblem } from './setup-shape';

export const FRAGMENT_KEY = 'setup';
/** The most a shared setup may inflate to: a link is not a way to make a browser allocate gigabytes. */
export const MAX_SETUP_JSON_BYTES = 256 * 1024;
/** A QR code holds about 2.9 KB in binary at the lowest error correction; past this, share the file or link. */
export const MAX_QR_URL_CHARS = 2000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`the shared setup is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link is damaged: unexpected characters');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The setup as the fragment's value (deflate-raw + base64url). */
export async function encodeSetup(setup: Setup): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(setup));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Decode a fragment value back into a validated setup; a damaged or hostile link becomes an error, never a crash. */
export async function decodeSetup(encoded: string, catalog: PartCatalog): Promise<SetupResult> {
  let text: string;
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'), MAX_SETUP_JSON_BYTES);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return { ok: false, errors: [{ field: '(link)', message: `the link does not hold a setup: ${(e as Error).message}`, rule: 'setup_link_unreadable', params: {} }] };
  }
  return parseSetupText(text, catalog);
}

/** `https://…/labs/circuit-ohms-law#setup=…` for the page at `baseUrl` (any existing fragment replaced). */
export async function setupLink(baseUrl: string, setup: Setup): Promise<string> {
  return `${baseUrl.split('#')[0]}#${FRAGMENT_KEY}=${await encodeSetup(setup)}`;
}

/** The encoded setup in a URL fragment (`#setup=…`), or null. */
export function setupFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY);
}

/** A QR code of a link as an SVG string (the encoder is loaded on first use). */
export async function qrSvg(text: string): Promise<string> {
  if (text.length > MAX_QR_URL_CHARS) throw new Error(`the link is ${text.length} characters; a QR code for a projector holds at most ${MAX_QR_URL_CHARS}`);
  const { renderSVG } = await import('uqr');
  return renderSVG(text, { ecc: 'L', border: 2 });
}

/** The setup as a file's text (pretty JSON, versioned). */
export function setupFileText(setup: Setup): string {
  return JSON.stringify(setup, null, 2) + '\n';
}

/** A setup file's text back, validated: errors name the field (`parts[2].props.resistanceOhm`). */
export function readSetupFile(text: string, catalog: PartCatalog): SetupResult {
  if (text.length > MAX_SETUP_JSON_BYTES) return { ok: false, errors: [ruledProblem('(file)', 'setup_file_too_large', { max: MAX_SETUP_JSON_BYTES })] };
  return parseSetupText(text, catalog);
}

export { parseSetup };
