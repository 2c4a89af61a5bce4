/** An org with metadata and users but no business data (no accounts, cases, opportunities). */
import type { OrgSeed } from "../seed-types";
import { baselineSeed } from "./baseline";

export function emptySeed(now: Date): OrgSeed {
  return baselineSeed(now);
}
