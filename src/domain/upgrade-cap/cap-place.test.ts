import { capOrder, capPlace } from "./cap-place";

const at = (second: number) => `2026-11-18T17:00:${String(second).padStart(2, "0")}.000+0000`;
const opp = (n: number, second: number) => ({ id: `0068X07000000${String(n).padStart(2, "0")}QAA`, createdDate: at(second) });
const fourteen = Array.from({ length: 14 }, (_, i) => opp(10 + i, 0));

describe("capPlace", () => {
  it("keeps the 15th and takes back the 16th, whichever order the read listed them in", () => {
    const first = opp(40, 5);
    const second = opp(41, 6);
    for (const read of [[...fourteen, first, second], [second, ...fourteen, first]]) {
      expect(capPlace(read, first.id, 15)).toEqual({ keeps: true, rank: 15 });
      expect(capPlace(read, second.id, 15)).toEqual({ keeps: false, rank: 16, ahead: 15 });
    }
  });

  it("in the same second the lower Id keeps the place, so two creators agree", () => {
    const low = opp(40, 5);
    const high = opp(45, 5);
    const read = [...fourteen, high, low];
    expect(capPlace(read, low.id, 15).keeps).toBe(true);
    expect(capPlace(read, high.id, 15).keeps).toBe(false);
    expect(capOrder(read).slice(-2)).toEqual([low, high]);
  });

  it("compares instants, not strings, and a new one missing from the read takes no place", () => {
    expect(capOrder([{ id: opp(1, 0).id, createdDate: "2026-11-18T17:00:01.000+0000" }, { id: opp(2, 0).id, createdDate: "2026-11-18T17:00:00.500Z" }]).map((o) => o.id)).toEqual([opp(2, 0).id, opp(1, 0).id]);
    expect(capPlace(fourteen, opp(99, 0).id, 15)).toEqual({ keeps: true, rank: 0 });
  });
});
