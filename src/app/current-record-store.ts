/**
 * Which record the panel shows. The dock loads the frame once with it in the
 * fragment (#object=Case&id=ID&shape=lightning&channel=SECRET) and, on in-page
 * navigation, posts the next record with the same channel: the panel switches
 * instead of reloading. A message without the channel (a page script can post
 * to the frame too) is ignored.
 */
import * as z from "zod/v4-mini";
import { create } from "zustand";

import { tellDock } from "../shared/dock";

const FragmentSchema = z.object({
  object: z.enum(["Case", "Account", "Contact"]),
  id: z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/)),
  shape: z._default(z.enum(["lightning", "console", "classic"]), "lightning"),
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

/** The record in the form the dock speaks of it. */
export const recordFragment = (record: CurrentRecord) => `object=${record.object}&id=${record.id}&shape=${record.shape}`;

const RecordMessageSchema = z.object({ source: z.literal("pooled-case-copilot"), channel: z.string().check(z.minLength(1)), record: z.string() });

/** Starts following the dock: the frame's fragment, then the dock's record messages; returns the unsubscribe. */
export function followFragment(target: Window = window): () => void {
  const channel = new URLSearchParams(target.location.hash.replace(/^#/, "")).get("channel");
  const update = () => useCurrentRecord.getState().setFromHash(target.location.hash);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== target.parent) return;
    const message = RecordMessageSchema.safeParse(event.data);
    if (message.success && channel && message.data.channel === channel) useCurrentRecord.getState().setFromHash(message.data.record);
  };
  update();
  target.addEventListener("hashchange", update);
  target.addEventListener("message", onMessage);
  const current = useCurrentRecord.getState().current;
  if (current) tellDock({ dock: "ready", record: recordFragment(current) }, target.parent);
  return () => {
    target.removeEventListener("hashchange", update);
    target.removeEventListener("message", onMessage);
  };
}
