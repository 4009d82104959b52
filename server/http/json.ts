/** Reading JSON request bodies (size-limited, never throws anything but ApiError) and writing JSON answers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, badRequest, refuse } from './errors';

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw refuse(413, 'body_too_large', 'body_too_large', { limitBytes });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage, limitBytes = 1 << 20): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  const body = await readBody(req, limitBytes);
  if (body.length === 0) return {};
  if (!type.includes('application/json')) throw badRequest('unsupported_media_type', { allowed: 'application/json' }, 'content-type');
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    const detail = (e as Error).message; // the parser's English: for API users and the console, not the app's sentence
    throw refuse(400, 'malformed_json', 'malformed_json', {}, { message: `the request body is not valid JSON: ${detail}`, details: { detail } });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, err: ApiError): void {
  const error = { ...err.details, code: err.code, reason: err.reason, params: err.params, message: err.message, ...(err.field ? { field: err.field } : {}) };
  sendJson(res, err.status, { error }, err.headers);
}
