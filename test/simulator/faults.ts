/**
 * Scripted failures: a test says "the next 2 PATCHes to this case answer 503" and the
 * simulator does so, at the top level or inside a composite subrequest. A rule with
 * `lose` instead lets the request run (and commit) and then loses its answer, as a
 * proxy or a network does: that is the case a client cannot tell from a failure.
 */
export interface FailureRule {
  method?: string;
  /** A string matches as a substring of path+query; a RegExp is tested against it. */
  path: RegExp | string;
  /** Ignored with `lose`. */
  status: number;
  body: unknown;
  /** How many requests it fails; unlimited when left out. */
  times?: number;
  /** Apply the request, then lose its answer (top-level API requests only). */
  lose?: LostAnswer;
  /** With `lose`: only requests whose body contains this text (a Composite's subrequest, say `"referenceId":"claim"`). */
  bodyIncludes?: string;
  /** With `lose: "hang"`: how long the socket stays open without an answer before it is closed (default 60 s). */
  hangMs?: number;
}

/**
 * How an answer is lost after the write committed: a proxy's 502 Bad Gateway or
 * 504 Gateway Timeout page, no answer at all until the client gives up, or the
 * connection reset under the client.
 */
export const LOST_ANSWERS = ["bad-gateway", "gateway-timeout", "hang", "reset"] as const;
export type LostAnswer = (typeof LOST_ANSWERS)[number];

export interface ScriptedLoss {
  lose: LostAnswer;
  hangMs: number;
}

const DEFAULT_HANG_MS = 60_000;

export interface ScriptedFailure {
  status: number;
  body: unknown;
}

export interface RequestFilter {
  method?: string;
  /** A string matches as a substring of path+query; a RegExp is tested against it. */
  path?: RegExp | string;
}

/** Whether a request (method, path+query) matches a filter; a missing method or path matches any. */
export function matches(filter: RequestFilter, method: string, pathAndQuery: string): boolean {
  if (filter.method && filter.method.toUpperCase() !== method.toUpperCase()) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === "string" ? pathAndQuery.includes(filter.path) : filter.path.test(pathAndQuery);
}

export class FaultBook {
  private rules: FailureRule[] = [];

  add(rule: FailureRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
  }

  /** The first live failure rule (not a loss) matching this request, consuming one of its `times`. */
  take(method: string, pathAndQuery: string): ScriptedFailure | undefined {
    const rule = this.live(method, pathAndQuery, false);
    return rule ? { status: rule.status, body: rule.body } : undefined;
  }

  /** The first live loss rule matching this request, consuming one of its `times`. */
  takeLoss(method: string, pathAndQuery: string, bodyText: string): ScriptedLoss | undefined {
    const rule = this.live(method, pathAndQuery, true, bodyText);
    return rule?.lose ? { lose: rule.lose, hangMs: rule.hangMs ?? DEFAULT_HANG_MS } : undefined;
  }

  private live(method: string, pathAndQuery: string, loss: boolean, bodyText = ""): FailureRule | undefined {
    for (const rule of this.rules) {
      if ((rule.lose !== undefined) !== loss || !matches(rule, method, pathAndQuery)) continue;
      if (rule.bodyIncludes !== undefined && !bodyText.includes(rule.bodyIncludes)) continue;
      if (rule.times !== undefined) {
        if (rule.times <= 0) continue;
        rule.times -= 1;
      }
      return rule;
    }
    return undefined;
  }
}

/** Reads a rule sent as JSON to /__sim/fail; `"regex": true` makes `path` a regular expression. */
export function ruleFromJson(input: Record<string, unknown>): FailureRule {
  const path = String(input.path ?? "");
  const rule: FailureRule = {
    path: input.regex === true ? new RegExp(path) : path,
    status: Number(input.status ?? 500),
    body: input.body ?? null,
  };
  if (typeof input.method === "string") rule.method = input.method;
  if (typeof input.times === "number") rule.times = input.times;
  if (input.lose !== undefined) {
    if (!(LOST_ANSWERS as readonly unknown[]).includes(input.lose)) throw new Error(`lose must be one of ${LOST_ANSWERS.join(", ")}`);
    rule.lose = input.lose as LostAnswer;
  }
  if (typeof input.hangMs === "number") rule.hangMs = input.hangMs;
  if (typeof input.bodyIncludes === "string") rule.bodyIncludes = input.bodyIncludes;
  return rule;
}
