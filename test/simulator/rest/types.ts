import type { SimState } from "../state";

/** One REST call below /services/data/vXX.X, already authenticated. Composite subrequests use the same shape. */
export interface ApiRequest {
  method: string;
  version: string;
  /** Path after /services/data/vXX.X, e.g. "/sobjects/Case/500...". */
  resource: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  userId: string;
  inComposite: boolean;
}

export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Dispatch = (state: SimState, req: ApiRequest) => ApiResult;
