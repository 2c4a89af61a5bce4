/**
 * One upgrade create per AE at a time in this worker (all of the browser's tabs
 * and the popup share it). A second request for the same org, AE and case while
 * one runs joins it: it is the same click from another tab or a double click, and
 * it gets the same truthful answer instead of a second opportunity on the account.
 * A request for another case waits for the running one, then runs: the AE asked
 * for it, and by then the first create is counted, so its own check (and the
 * verification after the POST) sees the real number. Refusing it instead would
 * make the AE click again for nothing. Other browsers are held by the verified
 * create itself (create-upgrade-opportunity.ts).
 */
interface AeCreates {
  /** The last create queued: a new one runs after it. */
  tail: Promise<unknown>;
  /** Every create queued or running, by case: a second request for one of them joins it. */
  byCase: Map<string, Promise<unknown>>;
}

const creates = new Map<string, AeCreates>();

export function oneCreatePerAe<T>(aeKey: string, caseId: string, create: () => Promise<T>): Promise<T> {
  const queue = creates.get(aeKey) ?? { tail: Promise.resolve(), byCase: new Map() };
  creates.set(aeKey, queue);
  const joined = queue.byCase.get(caseId);
  if (joined) return joined as Promise<T>;
  const done = queue.tail.catch(() => undefined).then(create);
  queue.tail = done;
  queue.byCase.set(caseId, done);
  const clear = () => {
    if (queue.byCase.get(caseId) === done) queue.byCase.delete(caseId);
    if (queue.tail === done) creates.delete(aeKey);
  };
  done.then(clear, clear);
  return done;
}
