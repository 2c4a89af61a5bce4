/**
 * Keyboard shortcuts that act in the panel (chrome.commands, relayed by the
 * worker to the panel of the tab the AE is on): the panel runs the same handler
 * as its button, so a shortcut asks the same questions a click would.
 */
import { useEffect, useRef } from "react";

export type PanelCommand = "claim-case";

export function usePanelCommand(command: PanelCommand, run: () => void, enabled = true): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const runtime = globalThis.chrome?.runtime;
    if (!enabled || !runtime?.onMessage) return undefined;
    let myTab: number | undefined;
    void globalThis.chrome.tabs?.getCurrent?.().then((tab) => (myTab = tab?.id));
    const listener = (message: { pcc?: unknown; tabId?: unknown }) => {
      if (message?.pcc === command && myTab !== undefined && message.tabId === myTab) latest.current();
    };
    runtime.onMessage.addListener(listener);
    return () => runtime.onMessage.removeListener(listener);
  }, [command, enabled]);
}
