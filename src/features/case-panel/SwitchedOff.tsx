/** What the org check switched off in this org, one line each, so a missing field never fails the panel silently. */
export function SwitchedOff({ lines }: { lines: readonly string[] }) {
  if (!lines.length) return null;
  return (
    <section className="switched-off" aria-label="Not available in this org">
      <h3>Not available in this org</h3>
      <ul>
        {lines.map((line) => (
          <li key={line} className="muted">
            {line}
          </li>
        ))}
      </ul>
      <p className="muted">Your Salesforce admin can fix this in the extension's options (org check).</p>
    </section>
  );
}
