/** The team view's reads through the worker, cached by react-query per pool (and period, and figure). */
import { useQuery } from "@tanstack/react-query";

import type { PeriodKind } from "../../domain/team/period";
import { sendRequest, type Transport } from "../../messaging/send-request";
import { TeamCasesSchema, TeamNowSchema, TeamPeriodSchema, type FigureFilter } from "../../messaging/team";

export const teamQueryKeys = {
  now: (poolKey: string | null) => ["team", "now", poolKey] as const,
  period: (poolKey: string | null, period: PeriodKind) => ["team", "period", poolKey, period] as const,
  cases: (poolKey: string | null, figure: FigureFilter) => ["team", "cases", poolKey, figure] as const,
};

// A minute old is fresh enough for a dashboard; Refresh reads again on demand.
const STALE_MS = 60_000;

export function useTeamNow(poolKey: string | null, transport?: Transport) {
  return useQuery({ queryKey: teamQueryKeys.now(poolKey), queryFn: () => sendRequest({ type: "team/now", poolKey }, TeamNowSchema, transport), retry: false, staleTime: STALE_MS });
}

export function useTeamPeriod(poolKey: string | null, period: PeriodKind, transport?: Transport) {
  return useQuery({ queryKey: teamQueryKeys.period(poolKey, period), queryFn: () => sendRequest({ type: "team/period", poolKey, period }, TeamPeriodSchema, transport), retry: false, staleTime: STALE_MS });
}

export function useFigureCases(poolKey: string | null, figure: FigureFilter | null, transport?: Transport) {
  return useQuery({
    queryKey: teamQueryKeys.cases(poolKey, figure ?? { kind: "waiting" }),
    queryFn: () => sendRequest({ type: "team/cases", poolKey, figure: figure! }, TeamCasesSchema, transport),
    enabled: figure !== null,
    retry: false,
    staleTime: STALE_MS,
  });
}
