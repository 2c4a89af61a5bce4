/**
 * The panel's help on working without a mouse: the keyboard shortcuts as the AE
 * has them now (chrome.commands: they may have changed them), and how the panel
 * and the dock are used with Tab, Enter and the arrow keys.
 */
import { useEffect, useState } from "react";

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The manifest's commands, as the AE set them (an unset one has no keys). */
export async function chromeShortcuts(): Promise<Shortcut[]> {
  const commands = (await globalThis.chrome?.commands?.getAll?.()) ?? [];
  return commands.filter((command) => command.name && command.description).map((command) => ({ name: command.name!, description: command.description!, shortcut: command.shortcut ?? "" }));
}

export function PanelHelp({ shortcuts = chromeShortcuts }: { shortcuts?: () => Promise<Shortcut[]> }) {
  const [list, setList] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    void shortcuts().then(setList, () => setList([]));
  }, [shortcuts]);
  return (
    <details className="panel-help">
      <summary>Keyboard shortcuts and help</summary>
      <ul>
        {(list ?? []).map((command) => (
          <li key={command.name}>
            {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span className="muted">not set</span>} {command.description}
          </li>
        ))}
      </ul>
      <p>Change them at chrome://extensions/shortcuts. Tab moves between the panel's actions and Enter runs the one in focus.</p>
      <p>The panel pushes the page aside; its left edge resizes it (drag it, or focus it and use the arrow keys). The button at its top collapses it to a rail that still shows the trigger and the SLA.</p>
    </details>
  );
}
