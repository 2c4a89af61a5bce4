/**
 * Scripted failures: a test says "the next 2 PATCHes to this case answer 503" and the
 * simulator does so, at the top level or inside a composite subrequest.
 */
export interface FailureRule {
  method?: string;
  /** A string matches as a substring of path+query; a RegExp is tested against it. */
  path: RegExp | string;
  status: number;
  body: unknown;
  /** How many requests it fails; unlimited when left out. */
  times?: number;
}

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

  /** The first live rule matching this request, consuming one of its `times`. */
  take(method: string, pathAndQuery: string): ScriptedFailure | undefined {
    for (const rule of this.rules) {
      if (!matches(rule, method, pathAndQuery)) continue;
      if (rule.times !== undefined) {
        if (rule.times <= 0) continue;
        rule.times -= 1;
      }
      return { status: rule.status, body: rule.body };
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
  return rule;
}
