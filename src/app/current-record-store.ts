/**
 * Which record the panel shows. The dock puts it in the iframe's fragment
 * (#object=Case&id=ID&shape=lightning) and changes only the fragment on in-page
 * navigation, so the panel listens to hashchange instead of reloading.
 */
import * as z from "zod";
import { create } from "zustand";

const FragmentSchema = z.object({
  object: z.enum(["Case", "Account", "Contact"]),
  id: z.string().regex(/^[a-zA-Z0-9]{18}$/),
  shape: z.enum(["lightning", "console", "classic"]).default("lightning"),
});

export type CurrentRecord = z.infer<typeof FragmentSchema>;

export function parseFragment(hash: string): CurrentRecord | null {
  const params = Object.fromEntries(new URLSearchParams(hash.replace(/^#/, "")));
  const parsed = FragmentSchema.safeParse(params);
  return parsed.success ? parsed.data : null;
}

interface CurrentRecordState {
  current: CurrentRecord | null;
  setFromHash(hash: string): void;
}

export const useCurrentRecord = create<CurrentRecordState>((set) => ({
  current: null,
  setFromHash: (hash) => set({ current: parseFragment(hash) }),
}));

/** Starts following the iframe's fragment; returns the unsubscribe. */
export function followFragment(target: Window = window): () => void {
  const update = () => useCurrentRecord.getState().setFromHash(target.location.hash);
  update();
  target.addEventListener("hashchange", update);
  return () => target.removeEventListener("hashchange", update);
}
