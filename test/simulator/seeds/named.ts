/** The seeds by the names the CLI and createSimulator({ seed: "acme" }) take. */
import { tinySeed } from "../fixtures/tiny-seed";
import type { OrgSeed } from "../seed-types";
import { acmeSeed, type AcmeSeedOptions } from "./acme";
import { demoSeed } from "./demo";
import { emptySeed } from "./empty";

export const SEED_NAMES = ["demo", "empty", "tiny", "acme"] as const;
export type SeedName = (typeof SEED_NAMES)[number];

export function isSeedName(name: string): name is SeedName {
  return (SEED_NAMES as readonly string[]).includes(name);
}

export function namedSeed(name: SeedName, now: Date, options: AcmeSeedOptions = {}): OrgSeed {
  switch (name) {
    case "demo":
      return demoSeed(now);
    case "empty":
      return emptySeed(now);
    case "tiny":
      return tinySeed(now);
    case "acme":
      return acmeSeed(now, options);
  }
}
