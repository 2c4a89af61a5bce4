/** An SLA snapshot in words, the same in the queue and in My cases. */
import { formatBusinessDuration } from "../domain/sla";
import type { SlaSnapshot } from "../messaging/pool";

export function slaText(sla: SlaSnapshot): string {
  switch (sla.state) {
    case "on-track":
      return `${formatBusinessDuration(sla.remainingBusinessMs ?? 0)} left`;
    case "at-risk":
      return `At risk: ${formatBusinessDuration(sla.remainingBusinessMs ?? 0)} left`;
    case "breached":
      return `Breached ${formatBusinessDuration(sla.breachedByBusinessMs ?? 0)} ago`;
    case "met":
      return "Met";
  }
}
