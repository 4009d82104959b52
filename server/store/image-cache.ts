/**
 * Image bytes kept in memory, least recently used first out, at most `maxBytes` in all. An image never
 * changes once stored (its id is new for every upload), so a cached copy is never stale: a class opening
 * the same notebook reads each picture from the database once per process instead of once per student.
 */
export class ImageCache<V extends { data: Uint8Array }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(readonly maxBytes = 32 * 1024 * 1024) {}

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (!v) return undefined;
    this.entries.delete(key); // re-inserted last: the map stays in order of use
    this.entries.set(key, v);
    return v;
  }

  set(key: string, value: V): void {
    if (value.data.length > this.maxBytes / 4) return; // one huge image would push everything else out
    const old = this.entries.get(key);
    if (old) this.bytes -= old.data.length;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.bytes += value.data.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.data.length;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
