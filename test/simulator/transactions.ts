/**
 * Open transactions of the simulated org: a Composite with allOrNone true runs as one
 * transaction (REST API "Composite Request Body": "the entire composite request is rolled
 * back"), so while it is open, and other requests interleave with it:
 * - rows it has written are locked: another writer waits for the lock and, when it isn't
 *   released in time, fails with UNABLE_TO_LOCK_ROW, as on a real org;
 * - other readers see those rows as they were before it (nothing uncommitted leaks);
 * - a rollback restores only what it wrote, so writes that landed meanwhile on other rows survive.
 * Rows it has only read are not locked: SOQL takes no lock without FOR UPDATE.
 */
import { SfError } from "./errors";
import type { Row } from "./values";

/** A row's state before the transaction first wrote it: live, deleted (recycle bin), or absent. */
export interface PreImage {
  type: string;
  id: string;
  live: Row | undefined;
  deleted: Row | undefined;
}

export class Transaction {
  readonly preImages = new Map<string, PreImage>();
  open = true;
  /** Settles when the transaction commits or rolls back: lock waiters wake up then. */
  readonly ended: Promise<void>;
  private settle!: () => void;

  constructor(readonly id: number) {
    this.ended = new Promise((resolve) => (this.settle = resolve));
  }

  end(): void {
    this.open = false;
    this.settle();
  }
}

const keyOf = (type: string, id: string) => `${type}/${id}`;

export class TransactionBook {
  private readonly open = new Set<Transaction>();
  private counter = 0;
  /** The transaction whose subrequest is running right now (subrequests run synchronously). */
  private active: Transaction | undefined;

  begin(): Transaction {
    const txn = new Transaction(++this.counter);
    this.open.add(txn);
    return txn;
  }

  /** Runs one subrequest inside `txn`: its writes are recorded and locked, its reads see them. */
  runIn<T>(txn: Transaction, fn: () => T): T {
    const previous = this.active;
    this.active = txn;
    try {
      return fn();
    } finally {
      this.active = previous;
    }
  }

  commit(txn: Transaction): void {
    this.open.delete(txn);
    txn.end();
  }

  /** Puts back what `txn` wrote (through `restore`) and releases its locks. */
  rollback(txn: Transaction, restore: (pre: PreImage) => void): void {
    for (const pre of txn.preImages.values()) restore(pre);
    this.commit(txn);
  }

  /** The open transaction, other than the running one (or `self`), holding a lock on a row. */
  lockHolder(type: string, id: string, self: Transaction | undefined = this.active): Transaction | undefined {
    if (this.open.size === 0) return undefined;
    const key = keyOf(type, id);
    for (const txn of this.open) if (txn !== self && txn.preImages.has(key)) return txn;
    return undefined;
  }

  /** Called before every write of a row: refuses a row another transaction holds, records the pre-image for the running one. */
  beforeWrite(type: string, id: string, current: () => Omit<PreImage, "type" | "id">): void {
    if (this.open.size === 0) return;
    if (this.lockHolder(type, id)) {
      throw new SfError(400, "UNABLE_TO_LOCK_ROW", `unable to obtain exclusive access to this record or 1 records: ${id}`);
    }
    const key = keyOf(type, id);
    if (this.active && !this.active.preImages.has(key)) this.active.preImages.set(key, { type, id, ...current() });
  }

  /** Whether any read may have to be answered from a pre-image. */
  get isolating(): boolean {
    return this.open.size > 0;
  }

  /** The committed version of a row for a reader outside the transaction that wrote it; undefined when absent. */
  committed(type: string, id: string): PreImage | undefined {
    const holder = this.lockHolder(type, id);
    return holder?.preImages.get(keyOf(type, id));
  }

  /** Rows of one type written by transactions other than the running one, as they were committed. */
  committedOfType(type: string): PreImage[] {
    const out: PreImage[] = [];
    for (const txn of this.open) {
      if (txn === this.active) continue;
      for (const pre of txn.preImages.values()) if (pre.type === type) out.push(pre);
    }
    return out;
  }
}
