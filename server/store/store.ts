/**
 * The one persistence interface of the server. SQLite (embedded, default) implements it;
 * a PostgreSQL implementation can stand behind the same interface when one machine is not enough.
 */
export interface StoreStatus {
  ok: boolean;
  kind: 'sqlite' | 'postgres';
  /** Where the data lives (file path or connection target without credentials). */
  location: string;
  detail?: string;
}

export interface Store {
  readonly kind: StoreStatus['kind'];
  status(): StoreStatus;
  close(): void;
}
