// @vitest-environment jsdom
import { followFragment, parseFragment, useCurrentRecord } from "./current-record-store";

describe("the panel's fragment", () => {
  it("reads the record and page shape the dock put there", () => {
    expect(parseFragment("#object=Case&id=5008X00002CytL1QAJ&shape=console")).toEqual({ object: "Case", id: "5008X00002CytL1QAJ", shape: "console" });
    expect(parseFragment("#object=Account&id=001A0000006Vm9rIAC")).toEqual({ object: "Account", id: "001A0000006Vm9rIAC", shape: "lightning" });
  });

  it("ignores fragments that are not a record we show", () => {
    expect(parseFragment("")).toBeNull();
    expect(parseFragment("#object=Case&id=5008X00002CytL1")).toBeNull();
    expect(parseFragment("#object=Case&id=<script>")).toBeNull();
    expect(parseFragment("#object=Opportunity&id=0068X00000AbCdEQAV")).toBeNull();
    expect(parseFragment("#object=Case&id=5008X00002CytL1QAJ&shape=mobile")).toBeNull();
  });
});

describe("following the dock", () => {
  const CASE_A = "5008X00002CytL1QAJ";
  const CASE_B = "5008X00002CytL2QAJ";

  /** The panel's window inside the dock's frame: its fragment, its parent, and messages as the browser delivers them. */
  function panelWindow(hash: string) {
    const frame = new EventTarget() as EventTarget & { location: { hash: string }; parent: { postMessage: ReturnType<typeof vi.fn> } };
    frame.location = { hash };
    frame.parent = { postMessage: vi.fn() };
    const deliver = (data: unknown, source: unknown = frame.parent) => frame.dispatchEvent(Object.assign(new Event("message"), { data, source }));
    return { frame: frame as unknown as Window, parent: frame.parent, deliver };
  }

  afterEach(() => useCurrentRecord.setState({ current: null }));

  it("switches record on the dock's message with the channel of its first URL, and tells the dock it listens", () => {
    const { frame, parent, deliver } = panelWindow(`#object=Case&id=${CASE_A}&shape=lightning&channel=s3cret`);
    vi.stubGlobal("location", { ancestorOrigins: ["https://acme.lightning.force.com"] });
    const stop = followFragment(frame);
    expect(useCurrentRecord.getState().current?.id).toBe(CASE_A);
    expect(parent.postMessage).toHaveBeenCalledWith({ source: "pooled-case-copilot", dock: "ready", record: `object=Case&id=${CASE_A}&shape=lightning` }, "https://acme.lightning.force.com");

    deliver({ source: "pooled-case-copilot", channel: "s3cret", record: `object=Case&id=${CASE_B}&shape=console` });
    expect(useCurrentRecord.getState().current).toEqual({ object: "Case", id: CASE_B, shape: "console" });
    stop();
    vi.unstubAllGlobals();
  });

  it("ignores a record message without the channel, with another one, or from another window (a page script can post to the frame)", () => {
    const { frame, deliver } = panelWindow(`#object=Case&id=${CASE_A}&shape=lightning&channel=s3cret`);
    const stop = followFragment(frame);
    deliver({ source: "pooled-case-copilot", record: `object=Case&id=${CASE_B}&shape=lightning` });
    deliver({ source: "pooled-case-copilot", channel: "guess", record: `object=Case&id=${CASE_B}&shape=lightning` });
    deliver({ source: "pooled-case-copilot", channel: "s3cret", record: `object=Case&id=${CASE_B}&shape=lightning` }, {});
    expect(useCurrentRecord.getState().current?.id).toBe(CASE_A);
    stop();
  });
});
