import { formatBusinessDuration } from "./format-business-duration";

const MIN = 60_000;

describe("formatBusinessDuration", () => {
  it.each([
    [0, "0 min"],
    [30_000, "< 1 min"],
    [45 * MIN, "45 min"],
    [60 * MIN, "1 h"],
    [200 * MIN, "3 h 20 min"],
    [200 * MIN + 59_999, "3 h 20 min"],
    [26 * 60 * MIN, "26 h"],
    [-95 * MIN, "1 h 35 min"],
    [-1_000, "< 1 min"],
  ])("%i ms reads %s", (ms, text) => expect(formatBusinessDuration(ms)).toBe(text));
});
