/**
 * "New feedback since you last looked": when this student last looked at each project's feedback,
 * kept in this browser per user (localStorage), compared with the newest mentor event the server
 * reports (GET /api/feedback). Simple on purpose: the inbox can take it over later.
 */
import type { ProjectFeedback } from './review-api';

const key = (userId: number) => `sprout.feedback.seen.${userId}`;

function read(userId: number): Record<string, number> {
  try {
    const v = JSON.parse(localStorage.getItem(key(userId)) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Feedback newer than the last look (a first look counts everything as new). */
export function isNewFeedback(userId: number, f: Pick<ProjectFeedback, 'project' | 'latestFeedbackAt'>): boolean {
  return f.latestFeedbackAt !== null && f.latestFeedbackAt > (read(userId)[f.project.id] ?? 0);
}

/** The student has seen the project's feedback up to `at` (the newest event they were shown). */
export function markFeedbackSeen(userId: number, projectId: string, at: number): void {
  const seen = read(userId);
  if ((seen[projectId] ?? 0) >= at) return;
  seen[projectId] = at;
  try {
    localStorage.setItem(key(userId), JSON.stringify(seen));
  } catch {
    /* private mode: the notice shows again next time */
  }
}
