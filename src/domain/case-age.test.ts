import { formatCaseAge } from "./case-age";

const now = new Date("2026-11-23T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("case age", () => {
  it.each([
    [5 * 60_000, "5 min"],
    [3 * 3_600_000 + 59 * 60_000, "3 h"],
    [24 * 3_600_000, "1 d"],
    [2 * 86_400_000 + 4 * 3_600_000, "2 d 4 h"],
    [-60_000, "0 min"],
  ])("%i ms old reads %s", (elapsed, text) => expect(formatCaseAge(ago(elapsed), now)).toBe(text));
});
