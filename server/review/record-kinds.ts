/**
 * What each event of the review log records. Every review record (a frozen submission, a comment or
 * reply, its resolution, a score, a decision, a defense and its record) is written in the same
 * transaction as the log entry that creates or changes it, and that entry carries the SHA-256 of the
 * record as stored (`payload.recordSha256`; null when the event removes it, as reopening a comment removes
 * its resolution). `npm run verify-reviews` reads every record again, hashes it, and compares it with the
 * newest entry about it: a record changed, deleted or added behind the log's back is named.
 *
 * A new kind of event is one line in REVIEW_EVENTS (its record kind and where the record's id is in the
 * entry), plus the store listing that record kind (ReviewStore.facts / fact).
 */
import { canonicalJson, sha256Hex, type ChainEntryBody, type JsonValue } from './hash-chain';

/** A review record as the log vouches for it: its kind, its id, and its content (the hashed part). */
export interface ReviewFact {
  kind: string;
  id: string;
  projectId: string;
  content: JsonValue;
  /** How people call it ("submission 2", "comment abc…"). */
  label: string;
  /** Something wrong that the record shows by itself (snapshot bytes that do not match their SHA-256). */
  selfCheck?: string;
}

type EventId = (e: Pick<ChainEntryBody, 'payload' | 'actorId'>) => string;
const field = (name: string): EventId => (e) => String(e.payload[name] ?? '');

/** Every kind of review event: the record it creates or changes, and that record's id. */
export const REVIEW_EVENTS = {
  submit: { record: 'submission', id: field('submissionId') },
  comment: { record: 'comment', id: field('commentId') },
  reply: { record: 'comment', id: field('commentId') },
  resolve: { record: 'resolution', id: field('commentId') },
  reopen: { record: 'resolution', id: field('commentId') },
  score: { record: 'score', id: (e) => `${String(e.payload.submissionId ?? '')}:${e.actorId}` },
  decision: { record: 'decision', id: field('submissionId') },
  defense_scheduled: { record: 'defense', id: field('defenseId') },
  defense_recorded: { record: 'defense_record', id: field('defenseId') },
  // process evaluation (server/evaluation): entries of a class's evaluation log, `class:<id>`
  rating: { record: 'rating', id: (e) => `${String(e.payload.classId ?? '')}:${String(e.payload.studentId ?? '')}:${String(e.payload.indicator ?? '')}:${e.actorId}` },
  weights: { record: 'weights', id: field('classId') },
  // a school's evaluation policy (floor, default scheme): entries of the school's log, `school:<id>`
  policy: { record: 'policy', id: field('schoolId') },
} as const satisfies Record<string, { record: string; id: EventId }>;

export type ReviewEventType = keyof typeof REVIEW_EVENTS;
export const REVIEW_EVENT_TYPES = Object.keys(REVIEW_EVENTS) as ReviewEventType[];

export function isReviewEventType(t: string): t is ReviewEventType {
  return Object.hasOwn(REVIEW_EVENTS, t);
}

/** The record an entry is about: `kind:id`. */
export function recordKeyOf(e: Pick<ChainEntryBody, 'type' | 'payload' | 'actorId'>): { kind: string; id: string } | null {
  if (!isReviewEventType(e.type)) return null;
  const spec = REVIEW_EVENTS[e.type];
  return { kind: spec.record, id: spec.id(e) };
}

export const factKey = (kind: string, id: string) => `${kind}:${id}`;

/** The SHA-256 an entry carries for its record. */
export function factSha256(f: Pick<ReviewFact, 'kind' | 'id' | 'content'>): string {
  return sha256Hex(canonicalJson({ kind: f.kind, id: f.id, content: f.content }));
}
