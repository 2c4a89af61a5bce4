/**
 * The options page's "Work that comes to you": which desktop notifications the AE
 * opts into, and whether the badge and notifications pause outside their working
 * hours. Saved in chrome.storage.local as soon as a box changes; the worker reads it.
 */
import { useEffect, useState } from "react";

import { WORK_ALERTS_KEY, workAlertsOf, type WorkAlertsSettings as Settings } from "../../messaging/work-alerts-settings";

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const CHOICES: ReadonlyArray<{ key: keyof Settings; label: string; hint?: string }> = [
  { key: "highPriority", label: "A High priority case enters my pool's queue" },
  { key: "slaAtRisk", label: "The SLA of a waiting case turns at risk" },
  { key: "stepDue", label: "A cadence step of one of my cases is due today", hint: "The badge's refresh then reads your cases too: still one API call." },
  { key: "onlyInWorkingHours", label: "Pause the toolbar badge and notifications outside my working hours", hint: "Your pool's business hours: nothing pings at night or at the weekend." },
];

export function WorkAlertsSettings({ area }: { area: SettingsArea }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string>("");
  useEffect(() => {
    void area.get(WORK_ALERTS_KEY).then((stored) => setSettings(workAlertsOf(stored[WORK_ALERTS_KEY])));
  }, [area]);
  if (!settings) return null;
  const change = (key: keyof Settings, value: boolean) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    setStatus("");
    area.set({ [WORK_ALERTS_KEY]: next }).then(
      () => setStatus("Saved."),
      (cause: unknown) => setStatus(`Not saved: ${String(cause)}`),
    );
  };
  return (
    <section className="work-alerts" aria-labelledby="work-alerts-title">
      <h2 id="work-alerts-title">Work that comes to you</h2>
      <p className="muted">Desktop notifications come from the reads the badge and the popup already make. Each is shown once; a click opens the case in your Salesforce tab.</p>
      <fieldset className="work-alerts__choices">
        <legend>Notify me when</legend>
        {CHOICES.map((choice) => (
          <div key={choice.key} className="work-alerts__choice">
            <input id={`work-alerts-${choice.key}`} type="checkbox" checked={settings[choice.key]} onChange={(event) => change(choice.key, event.target.checked)} aria-describedby={choice.hint ? `work-alerts-${choice.key}-hint` : undefined} />
            <label htmlFor={`work-alerts-${choice.key}`}>{choice.label}</label>
            {choice.hint ? (
              <p id={`work-alerts-${choice.key}-hint`} className="muted">
                {choice.hint}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
