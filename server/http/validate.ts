/** Request bodies checked with zod: the first problem becomes a 400 naming the field and what is allowed. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { badRequest } from './errors';
import { readJson } from './json';

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.map(String).join('.') || 'body';
  throw badRequest('invalid_field', `${field}: ${issue.message}`, field);
}

export async function readBodyAs<S extends z.ZodType>(req: IncomingMessage, schema: S, limitBytes = 64 * 1024): Promise<z.infer<S>> {
  return parseWith(schema, await readJson(req, limitBytes));
}
