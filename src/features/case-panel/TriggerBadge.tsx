import { classifyTrigger } from "../../domain/trigger/classify-trigger";

/** The trigger that created the case, as the handbook's subject conventions say. */
export function TriggerBadge({ subject, origin }: { subject: string | null; origin: string | null }) {
  const match = classifyTrigger({ subject, origin });
  if (match.kind === "unclassified") {
    return (
      <section className="trigger trigger--unclassified" aria-label="Trigger">
        <span className="badge badge--muted">Unclassified</span>
        <span className="trigger__raw" title="Subject that matched no trigger rule">
          {match.rawSubject || "(no subject)"}
        </span>
      </section>
    );
  }
  return (
    <section className="trigger" aria-label="Trigger">
      <span className="badge" data-trigger={match.trigger}>
        {match.label}
      </span>
      <span className="trigger__scenario">{match.scenario}</span>
    </section>
  );
}
