/**
 * /__sim/ endpoints for race tests run from another process (e2e, bench): what lands
 * between Composite subrequests, the collation and yield modes, the clock, and how ties
 * are ordered. The in-process equivalents are sim.composite, sim.clock and sim.setTieOrder.
 */
import * as z from "zod";
import { json, type SimResponse } from "./http";
import type { SimState } from "./state";

const Fields = z.record(z.unknown());

const ScriptedWrite = z.discriminatedUnion("op", [
  z.object({ op: z.literal("insert"), type: z.string(), fields: Fields, asUserId: z.string().optional(), autoAssign: z.boolean().optional() }),
  z.object({ op: z.literal("update"), type: z.string(), id: z.string(), fields: Fields, asUserId: z.string().optional(), autoAssign: z.boolean().optional() }),
  z.object({ op: z.literal("delete"), type: z.string(), id: z.string() }),
]);

const Between = z.object({
  after: z.union([z.number().int().min(0), z.string().min(1)]),
  match: z
    .object({ method: z.string().optional(), path: z.string().optional(), regex: z.boolean().optional(), referenceId: z.string().optional(), userId: z.string().optional() })
    .optional(),
  write: z.union([ScriptedWrite, z.array(ScriptedWrite)]).optional(),
  pause: z.boolean().optional(),
  timeoutMs: z.number().int().positive().optional(),
});

const HookId = z.object({ id: z.number().int(), timeoutMs: z.number().int().positive().optional() });

const Mode = z.object({ yield: z.boolean().optional(), collation: z.enum(["in-order", "reversed"]).optional(), lockWaitMs: z.number().int().min(0).optional() });

const Clock = z.object({
  reset: z.boolean().optional(),
  freeze: z.boolean().optional(),
  /** With freeze: the instant to stop at (default: now). */
  at: z.string().datetime({ offset: true }).optional(),
  advanceMs: z.number().int().optional(),
  resume: z.boolean().optional(),
});

const Ties = z.object({ order: z.enum(["id", "scrambled"]) });

const sleep = (ms: number) => new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms).unref());

function modes(state: SimState) {
  const c = state.composite;
  return { yield: c.yieldBetweenSubrequests, collation: c.collation, lockWaitMs: c.lockWaitMs };
}

/** Handles the endpoint if it is one of these; undefined otherwise. Throws a ZodError on a bad body. */
export async function handleRaceControl(state: SimState, route: string, body: unknown): Promise<SimResponse | undefined> {
  const control = state.composite;
  switch (route) {
    case "POST composite/between": {
      const b = Between.parse(body);
      const { regex, path, ...match } = b.match ?? {};
      const hook = control.between({
        after: b.after,
        ...(b.match ? { match: { ...match, ...(path !== undefined ? { path: regex ? new RegExp(path) : path } : {}) } } : {}),
        ...(b.write ? { write: b.write } : {}),
        ...(b.pause !== undefined ? { pause: b.pause } : {}),
        ...(b.timeoutMs !== undefined ? { timeoutMs: b.timeoutMs } : {}),
      });
      return json(200, hook.describe());
    }
    case "POST composite/wait": {
      const { id, timeoutMs } = HookId.parse(body);
      const hook = control.hook(id);
      if (!hook) return json(404, { error: `no hook ${id}` });
      await Promise.race([hook.reached, sleep(timeoutMs ?? 10_000)]);
      return json(200, hook.describe());
    }
    case "POST composite/release": {
      const hook = control.hook(HookId.parse(body).id);
      if (!hook) return json(404, { error: "no such hook" });
      hook.release();
      return json(200, hook.describe());
    }
    case "GET composite/hooks":
      return json(200, { hooks: control.list() });
    case "POST composite/mode": {
      const b = Mode.parse(body);
      if (b.yield !== undefined) control.yieldBetweenSubrequests = b.yield;
      if (b.collation) control.collation = b.collation;
      if (b.lockWaitMs !== undefined) control.lockWaitMs = b.lockWaitMs;
      return json(200, modes(state));
    }
    case "POST composite/clear":
      control.clear();
      return json(200, modes(state));
    case "GET clock":
      return json(200, state.clock.state());
    case "POST clock": {
      const b = Clock.parse(body);
      if (b.reset) state.clock.reset();
      if (b.freeze) state.clock.freeze(b.at ? new Date(b.at) : undefined);
      if (b.advanceMs !== undefined) state.clock.advance(b.advanceMs);
      if (b.resume) state.clock.resume();
      return json(200, state.clock.state());
    }
    case "POST ties":
      state.ties.order = Ties.parse(body).order;
      return json(200, { order: state.ties.order });
    default:
      return undefined;
  }
}

/** What POST /__sim/reset also puts back. */
export function resetRaces(state: SimState): void {
  state.composite.clear();
  state.clock.reset();
  state.ties.order = "id";
}
