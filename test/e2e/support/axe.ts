/**
 * axe-core run inside a page or frame of the real build (extension pages forbid
 * inline scripts, so the engine is evaluated through the DevTools protocol, which
 * their CSP does not govern). WCAG 2.x A and AA rules plus axe's best practices;
 * the bar is no serious or critical violation.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type { Frame, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Violations of impact serious or critical, each with the first nodes it names. */
export async function seriousViolations(target: Page | Frame): Promise<AxeViolation[]> {
  const hasAxe = await target.evaluate("typeof window.axe !== 'undefined'");
  if (!hasAxe) await target.evaluate(AXE_SOURCE);
  const violations = (await target.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }, resultTypes: ["violations"] })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " :: " + (n.failureSummary || "").split("\\n").slice(1, 2).join("")) })))`)) as AxeViolation[];
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
