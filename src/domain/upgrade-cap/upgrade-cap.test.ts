import { DEFAULT_PROFILE } from "../org-profile";
import { isUltimateUpgrade } from "./ultimate-upgrade";
import { upgradeCapCheck } from "./upgrade-cap";

const POLICY = DEFAULT_PROFILE.policy.upgrade;
const upgrade = (isClosed = false) => ({ name: "Acme - Ultimate Upgrade", nextStep: "Ultimate Upgrade: demo", isClosed });
const many = (n: number, isClosed = false) => Array.from({ length: n }, () => upgrade(isClosed));

describe("isUltimateUpgrade", () => {
  it.each([
    ["Acme - Ultimate Upgrade", null, true],
    ["Acme renewal", "ultimate upgrade call Tuesday", true],
    ["ACME ULTIMATE  UPGRADE", "", true],
    ["Acme - Premium Upgrade", "Ultimate pricing, then upgrade", false],
    [null, null, false],
  ])("name %j, next step %j: %s", (name, nextStep, expected) => expect(isUltimateUpgrade({ name, nextStep }, POLICY)).toBe(expected));

  it("reads the mark and its fields from the profile", () => {
    const nameOnly = { mark: "Tier Up (Gold)", markedIn: ["Name" as const] };
    expect(isUltimateUpgrade({ name: "Acme - tier up  (gold)", nextStep: null }, nameOnly)).toBe(true);
    expect(isUltimateUpgrade({ name: "Acme", nextStep: "Tier Up (Gold)" }, nameOnly)).toBe(false);
    // The mark is text, never a pattern: its brackets and dots are literal.
    expect(isUltimateUpgrade({ name: "Acme - Tier Up Gold", nextStep: null }, nameOnly)).toBe(false);
  });
});

describe("upgradeCapCheck", () => {
  it.each([
    [many(0), true, 0],
    [many(14), true, 14],
    [many(15), false, 15],
    [many(16), false, 16],
    [[...many(14), ...many(3, true)], true, 14], // closed ones are not active
    [[...many(15), { name: "Acme renewal", nextStep: null, isClosed: false }], false, 15], // not an upgrade
  ])("%#: allowed %s with %i active", (opps, allowed, count) => {
    const check = upgradeCapCheck(opps, 15, POLICY);
    expect(check).toMatchObject({ allowed, count, cap: 15 });
    expect("reason" in check).toBe(!allowed);
  });

  it("takes the pool's cap", () => {
    expect(upgradeCapCheck(many(3), 3, POLICY)).toMatchObject({ allowed: false, cap: 3, reason: expect.stringMatching(/limit is 3/) });
  });
});
