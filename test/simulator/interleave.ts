/**
 * Makes Composite requests lose the races a real org lets them lose. The REST API promises
 * no transaction (and no row locks) across subrequests when allOrNone is false, and with
 * collateSubrequests (default true since API 49.0) unrelated same-method /sobjects
 * subrequests may run out of order ("Composite Request Body"). Tests decide what lands
 * between two subrequests:
 * - between(): "after subrequest N of the next composite matching X, run this write /
 *   this code / pause until released";
 * - yield mode: between every two subrequests, let every other HTTP request already
 *   received by the simulator run first;
 * - reversed collation: collatable runs of subrequests execute last-first.
 * It also tracks the requests in flight, so yields and lock waits know who is waiting on purpose.
 */
import { matches, type RequestFilter } from "./faults";
import type { OrgStore } from "./store";
import type { Transaction } from "./transactions";

export interface CompositeMatch extends RequestFilter {
  /** A subrequest with this referenceId (together with method / path when given). */
  referenceId?: string;
  /** The composite's user. */
  userId?: string;
}

export type ScriptedWrite =
  | { op: "insert"; type: string; fields: Record<string, unknown>; asUserId?: string; autoAssign?: boolean }
  | { op: "update"; type: string; id: string; fields: Record<string, unknown>; asUserId?: string; autoAssign?: boolean }
  | { op: "delete"; type: string; id: string };

export interface BetweenOptions {
  /** After which subrequest: its 0-based position in compositeRequest, or its referenceId. */
  after: number | string;
  /** Which composite: the next one with a subrequest matching this (the next one at all when left out). */
  match?: CompositeMatch;
  /** Writes that land there, as another user (default: the seed's first user). */
  write?: ScriptedWrite | ScriptedWrite[];
  /** In-process code that runs there; it may send HTTP requests to the simulator and await them. */
  run?: () => unknown;
  /** Park the composite there until release(), or until timeoutMs (default 10 s) has passed. */
  pause?: boolean;
  timeoutMs?: number;
}

/** armed: waiting for a composite; claimed: its composite runs; paused; fired; failed (a write or run() threw); missed (the composite ended first). */
export type HookState = "armed" | "claimed" | "paused" | "fired" | "failed" | "missed";

export interface SubrequestInfo {
  method: string;
  url: string;
  referenceId: string;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());

export class BetweenHook {
  state: HookState = "armed";
  error: string | undefined;
  /** Settles when the composite reaches the point (paused, fired, failed) or ends without reaching it (missed). */
  readonly reached: Promise<HookState>;
  /** Settles when the composite goes on past the point, or missed it. */
  readonly finished: Promise<HookState>;
  private settleReached!: (s: HookState) => void;
  private settleFinished!: (s: HookState) => void;
  private releaseNow: (() => void) | undefined;
  private released = false;

  constructor(
    readonly id: number,
    readonly options: BetweenOptions,
  ) {
    this.reached = new Promise((resolve) => (this.settleReached = resolve));
    this.finished = new Promise((resolve) => (this.settleFinished = resolve));
  }

  /** Lets a paused composite go on (or tells a pause that hasn't started yet not to wait). */
  release(): void {
    this.released = true;
    this.releaseNow?.();
  }

  matchesComposite(subs: SubrequestInfo[], userId: string): boolean {
    const m = this.options.match;
    if (!m) return true;
    if (m.userId !== undefined && m.userId !== userId) return false;
    return subs.some((s) => (m.referenceId === undefined || m.referenceId === s.referenceId) && matches(m, s.method, s.url));
  }

  isAt(index: number, referenceId: string): boolean {
    return this.options.after === index || this.options.after === referenceId;
  }

  async fire(store: OrgStore): Promise<void> {
    try {
      for (const w of [this.options.write ?? []].flat()) applyScriptedWrite(store, w);
      await this.options.run?.();
    } catch (e) {
      this.finish("failed", e instanceof Error ? e.message : String(e));
      return;
    }
    if (this.options.pause && !this.released) {
      this.state = "paused";
      this.settleReached("paused");
      const timeoutMs = this.options.timeoutMs ?? 10_000;
      const timedOut = await Promise.race([new Promise<false>((resolve) => (this.releaseNow = () => resolve(false))), sleep(timeoutMs).then(() => true)]);
      if (timedOut) this.error = `released after ${timeoutMs} ms without release()`;
    }
    this.finish("fired");
  }

  finish(state: HookState, error?: string): void {
    this.state = state;
    if (error !== undefined) this.error = error;
    this.settleReached(state);
    this.settleFinished(state);
  }

  describe() {
    return { id: this.id, state: this.state, after: this.options.after, ...(this.error ? { error: this.error } : {}) };
  }
}

function applyScriptedWrite(store: OrgStore, w: ScriptedWrite): void {
  const asUser = ("asUserId" in w ? w.asUserId : undefined) ?? store.credentials[0]?.userId ?? "";
  const options = "autoAssign" in w && w.autoAssign !== undefined ? { autoAssign: w.autoAssign } : {};
  if (w.op === "insert") store.insert(w.type, w.fields, asUser, options);
  else if (w.op === "update") store.update(w.type, w.id, w.fields, asUser, options);
  else store.delete(w.type, w.id);
}

export type Collation = "in-order" | "reversed";

export class CompositeControl {
  yieldBetweenSubrequests = false;
  collation: Collation = "in-order";
  /** How long a writer waits for a row another transaction holds (a real org waits about 10 s). */
  lockWaitMs = 10_000;
  /** HTTP requests received whose work hasn't finished, and how many of them wait on purpose (yield, lock, pause). */
  inFlight = 0;
  parked = 0;
  /** Armed hooks, and those already handed to a composite (kept for list() until clear()). */
  private hooks: BetweenHook[] = [];
  private recent: BetweenHook[] = [];
  private counter = 0;

  between(options: BetweenOptions): BetweenHook {
    const hook = new BetweenHook(++this.counter, options);
    this.hooks.push(hook);
    return hook;
  }

  /** The armed hooks for a composite that is starting; they are its own from now on. */
  claim(subs: SubrequestInfo[], userId: string): BetweenHook[] {
    const mine = this.hooks.filter((h) => h.state === "armed" && h.matchesComposite(subs, userId));
    for (const h of mine) h.state = "claimed";
    this.hooks = this.hooks.filter((h) => !mine.includes(h));
    this.recent.push(...mine);
    return mine;
  }

  /** Runs the hooks set after subrequest `index` / `referenceId`; the composite waits, parked. */
  async after(hooks: BetweenHook[], index: number, referenceId: string, store: OrgStore): Promise<void> {
    const due = hooks.filter((h) => h.state === "claimed" && h.isAt(index, referenceId));
    if (!due.length) return;
    await this.park(async () => {
      for (const h of due) await h.fire(store);
    });
  }

  /** A composite ended: hooks it never reached are missed. */
  done(hooks: BetweenHook[]): void {
    for (const h of hooks) if (h.state === "claimed") h.finish("missed");
  }

  /** Lets every other request already received run (or park) before the caller goes on. */
  async yieldToOthers(): Promise<void> {
    await this.park(async () => {
      const deadline = Date.now() + 5_000;
      for (let turns = 0; turns < 2 || (this.inFlight > this.parked && Date.now() < deadline); turns++) await turn();
    });
  }

  /** Waits while `holder` names a transaction holding the row, up to lockWaitMs; the store refuses the write if it is still held. */
  async waitForLock(holder: () => Transaction | undefined): Promise<void> {
    let txn = holder();
    if (!txn) return;
    const deadline = Date.now() + this.lockWaitMs;
    await this.park(async () => {
      while (txn && Date.now() < deadline) {
        await Promise.race([txn.ended, sleep(deadline - Date.now())]);
        txn = holder();
      }
    });
  }

  private async park<T>(fn: () => Promise<T>): Promise<T> {
    this.parked += 1;
    try {
      return await fn();
    } finally {
      this.parked -= 1;
    }
  }

  hook(id: number): BetweenHook | undefined {
    return [...this.hooks, ...this.recent].find((h) => h.id === id);
  }

  list() {
    return [...this.recent, ...this.hooks].map((h) => h.describe());
  }

  /** Drops armed hooks, lets paused composites go on, and puts the modes back to their defaults. */
  clear(): void {
    for (const h of [...this.hooks, ...this.recent]) h.release();
    for (const h of this.hooks) h.finish("missed");
    this.hooks = [];
    this.recent = [];
    this.yieldBetweenSubrequests = false;
    this.collation = "in-order";
    this.lockWaitMs = 10_000;
  }
}
