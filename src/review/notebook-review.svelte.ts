/**
 * The mentor's review as the notebook shows it: the latest submission (its decision) and its comment
 * threads by cell, loaded once when the notebook opens; which thread is pointed at (hovered or
 * focused, its passage highlighted) and which quoted passages were found in the text as it is now.
 */
import type { CommentThread, ProjectReview } from './review-api';
import { reviewApi } from './review-api';

export class NotebookReview {
  data = $state<ProjectReview | null>(null);
  /** The thread whose passage is emphasised. */
  active = $state<string | null>(null);
  /** Threads whose quoted passage is in the cell's text now. */
  located = $state.raw<ReadonlySet<string>>(new Set());

  async load(projectId: string): Promise<void> {
    try {
      this.data = await reviewApi.projectComments(projectId);
    } catch {
      this.data = null; // offline or not allowed: the notebook works without its review
    }
  }

  /** Every thread, with the cell it is on. */
  get threads(): CommentThread[] {
    return Object.values(this.data?.byCell ?? {}).flat();
  }

  threadsOf(cellId: string): CommentThread[] {
    return this.data?.byCell[cellId] ?? [];
  }

  /** Threads on cells that are not in the notebook any more (deleted since the submission). */
  orphans(cellIds: ReadonlySet<string>): CommentThread[] {
    return this.threads.filter((th) => !th.cellId || !cellIds.has(th.cellId));
  }

  /** A thread changed (a reply, resolved): keep the copy everyone reads current. */
  update(thread: CommentThread): void {
    if (!this.data) return;
    const cell = thread.cellId ?? '';
    const list = this.data.byCell[cell];
    if (list) this.data.byCell[cell] = list.map((x) => (x.id === thread.id ? thread : x));
  }
}
