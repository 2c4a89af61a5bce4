/**
 * A write's button must not send the same write twice. react-query marks a mutation
 * pending only after it notifies its observers (a tick later), so a second click in
 * between would start a second request; this flag is set in the click itself.
 */
import type { MutateOptions, UseMutationResult } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

export function useSingleFlight<O, E, I, C>(mutation: UseMutationResult<O, E, I, C>): UseMutationResult<O, E, I, C> {
  const flying = useRef(false);
  const [sending, setSending] = useState(false);
  const mutate = (input: I, options?: MutateOptions<O, E, I, C>) => {
    if (flying.current) return;
    flying.current = true;
    setSending(true);
    const send = mutation.mutate as (input: I, options?: MutateOptions<O, E, I, C>) => void;
    send(input, {
      ...options,
      onSettled: (...settled) => {
        flying.current = false;
        setSending(false);
        options?.onSettled?.(...settled);
      },
    });
  };
  // A settled mutation frees the button even where a per-call callback did not run (react-query skips them after an unmount).
  const settled = mutation.status === "success" || mutation.status === "error";
  useEffect(() => {
    if (!settled) return;
    flying.current = false;
    setSending(false);
  }, [settled, mutation.submittedAt]);
  // Pending from the click on, whatever react-query has said yet.
  return { ...mutation, mutate, isPending: mutation.isPending || sending } as UseMutationResult<O, E, I, C>;
}
