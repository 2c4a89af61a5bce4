/**
 * What a write shows while Salesforce has not answered: after STILL_WAITING_MS, a
 * line saying so (the button stays disabled; the worker reads the case again at
 * its deadline and the answer then says what is true).
 */
import { useEffect, useState } from "react";

import { STILL_WAITING_MS } from "../../messaging/write-deadlines";

/** True once `pending` has lasted `afterMs`; false again as soon as it ends. */
export function useStillWaiting(pending: boolean, afterMs: number = STILL_WAITING_MS): boolean {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!pending) {
      setWaiting(false);
      return undefined;
    }
    const timer = setTimeout(() => setWaiting(true), afterMs);
    return () => clearTimeout(timer);
  }, [pending, afterMs]);
  return pending && waiting;
}

export function StillWaiting({ pending }: { pending: boolean }) {
  const waiting = useStillWaiting(pending);
  if (!waiting) return null;
  return (
    <p role="status" className="still-waiting">
      Still waiting for Salesforce… If no answer comes, the panel reads the case again to tell you what happened.
    </p>
  );
}
