/** The popup's way to the team view: the extension page in a tab of its own (no permission needed to open our own page). */
export function OpenTeamButton({ open = defaultOpen }: { open?: () => void }) {
  return (
    <button type="button" className="button button--secondary button--small" onClick={open} title="Your pool at a glance: queue, SLA, each AE's work, and the week's figures">
      Team
    </button>
  );
}

function defaultOpen(): void {
  void chrome.tabs.create({ url: chrome.runtime.getURL("tabs/team.html") });
}
