/** One process (no REDIS_URL): no other process to tell anything, every lease is this one's, counts in memory. */
import { randomBytes } from 'node:crypto';
import type { Cluster, ConnectionCounter, DocLink, NoticesListener } from './cluster';
import { MemoryRateLimits } from './rate-limit-store';

const NO_BUS: DocLink = {
  publishUpdate() {},
  publishAwareness() {},
  mayCompact: async () => true,
  leave: async () => {},
};

export class LocalConnections implements ConnectionCounter {
  private readonly perUser = new Map<number, number>();

  async tryAdd(userId: number, max: number): Promise<boolean> {
    const n = this.perUser.get(userId) ?? 0;
    if (n >= max) return false;
    this.perUser.set(userId, n + 1);
    return true;
  }

  remove(userId: number): void {
    const n = (this.perUser.get(userId) ?? 1) - 1;
    if (n > 0) this.perUser.set(userId, n);
    else this.perUser.delete(userId);
  }
}

export class LocalCluster implements Cluster {
  readonly kind = 'local' as const;
  readonly nodeId = randomBytes(6).toString('hex');
  readonly rateLimits = new MemoryRateLimits();
  readonly connections = new LocalConnections();
  private readonly secrets = new Map<string, Buffer>();

  async join(): Promise<DocLink> {
    return NO_BUS;
  }

  publishNotices(_userIds: readonly number[]): void {}

  onNotices(_listener: NoticesListener): () => void {
    return () => {};
  }

  async sharedSecret(name: string): Promise<Buffer> {
    let s = this.secrets.get(name);
    if (!s) this.secrets.set(name, (s = randomBytes(32)));
    return s;
  }

  async close(): Promise<void> {}
}
