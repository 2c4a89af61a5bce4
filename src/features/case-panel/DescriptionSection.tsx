import { useState } from "react";

/** Past this many characters the description is cut until the AE asks for all of it. */
export const DESCRIPTION_PREVIEW_CHARS = 4_000;

/**
 * The case's Description, where the handbook says the case's information is. It
 * is customer-written, so it is rendered as text; a very long one (a pasted email
 * thread) shows its start until the AE asks for the rest.
 */
export function DescriptionSection({ description }: { description: string | null }) {
  const [showAll, setShowAll] = useState(false);
  if (!description?.trim()) return null;
  const long = description.length > DESCRIPTION_PREVIEW_CHARS;
  const shown = long && !showAll ? `${description.slice(0, DESCRIPTION_PREVIEW_CHARS)}…` : description;
  return (
    <section className="description" aria-label="Description">
      <h3>Description</h3>
      <pre className="verbatim" tabIndex={0} aria-label="Description">{shown}</pre>
      {long ? (
        <button type="button" className="button button--secondary button--small" onClick={() => setShowAll(!showAll)}>
          {showAll ? "Show less" : `Show all ${description.length.toLocaleString("en-US")} characters`}
        </button>
      ) : null}
    </section>
  );
}
