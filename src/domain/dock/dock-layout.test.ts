import { clampDockWidth, clearanceFor, DEFAULT_DOCK_PREFS, dockSpace, prefsFor, RAIL_WIDTH, readStoredDock, withPrefs } from "./dock-layout";

const AVERY = "0058X0000000002QAA";
const JORDAN = "0058X0000000003QAA";

describe("the dock's width", () => {
  it("stays between 320 px and 720 px, and never takes more than 60% of the window", () => {
    expect(clampDockWidth(100, 1400)).toBe(320);
    expect(clampDockWidth(500.4, 1400)).toBe(500);
    expect(clampDockWidth(2000, 1400)).toBe(720);
    expect(clampDockWidth(700, 1000)).toBe(600);
    expect(clampDockWidth(700, 400)).toBe(320); // a tiny window still gets a usable panel
    expect(clampDockWidth(Number.NaN, 1400)).toBe(380);
  });

  it("takes the rail's width when collapsed", () => {
    expect(dockSpace({ mode: "rail", width: 600 }, 1400)).toBe(RAIL_WIDTH);
    expect(dockSpace({ mode: "open", width: 600 }, 1400)).toBe(600);
  });
});

describe("what the dock remembers per AE", () => {
  it("keeps each AE's mode and width per org, and starts with the last AE's until the panel says who is logged in", () => {
    let stored = readStoredDock(undefined);
    expect(prefsFor(stored, null)).toEqual(DEFAULT_DOCK_PREFS);
    stored = withPrefs(stored, AVERY, { mode: "rail", width: 500 });
    stored = withPrefs(stored, JORDAN, { mode: "open", width: 420 });
    const reread = readStoredDock(JSON.parse(JSON.stringify(stored)));
    expect(prefsFor(reread, AVERY)).toEqual({ mode: "rail", width: 500 });
    expect(prefsFor(reread, null)).toEqual({ mode: "open", width: 420 });
    expect(prefsFor(reread, "0058X0000000009QAA")).toEqual(DEFAULT_DOCK_PREFS);
  });

  it("reads anything malformed as nothing stored", () => {
    expect(readStoredDock({ last: AVERY, byUser: { [AVERY]: { mode: "wide", width: 400 }, "not an id": { mode: "open", width: 400 } } })).toEqual({ last: null, byUser: {} });
    expect(readStoredDock("oops")).toEqual({ last: null, byUser: {} });
  });
});

describe("keeping the page's fixed elements clear of the dock", () => {
  const dockLeft = 1020; // a 1400 px window with a 380 px dock
  it("leaves an element that ends left of the dock alone", () => {
    expect(clearanceFor({ left: 20, width: 1000 }, dockLeft)).toBeNull();
  });
  it("ends a full-width bar where the dock begins", () => {
    expect(clearanceFor({ left: 0, width: 1400 }, dockLeft)).toEqual({ kind: "narrow", width: 1020 });
  });
  it("moves a small element at the right edge (a toast) left by what overlaps", () => {
    expect(clearanceFor({ left: 1000, width: 380 }, dockLeft)).toEqual({ kind: "shift", by: 360 });
  });
  it("narrows a small element that cannot move far enough left", () => {
    expect(clearanceFor({ left: 100, width: 300 }, 300)).toEqual({ kind: "narrow", width: 200 });
  });
});
