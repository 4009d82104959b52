/** What the REST route modules are built from (no singletons: each server has its own). */
import type { Auth } from '../auth/auth';
import type { Store } from '../store/store';

export interface ApiDeps {
  store: Store;
  auth: Auth;
  log: (line: string) => void;
  /** Biggest image upload, bytes. */
  maxImageBytes: number;
  /** Most bytes of images one project may hold. */
  imageQuotaBytes: number;
  /**
   * Called after a change that can take access away from these users (team members or mentor changed):
   * the sync service re-checks their open connections at once (permissions.ts still decides).
   */
  onAccessChanged?: (change: { userIds: readonly number[] }) => void;
  /** A project document's current state as one Yjs update (the sync service's live copy). */
  docState: (projectId: string) => Promise<Uint8Array>;
}
