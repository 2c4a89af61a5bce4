// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";

import { casePanelFixture, panelWorker } from "../../test/support/case-panel-fixture";
import { caseSummaryFixture } from "../../test/support/case-summary-fixture";
import { memoryStorageArea } from "../../test/support/memory-storage-area";
import { useCurrentRecord } from "./current-record-store";
import { PanelApp } from "./PanelApp";
import { sendFirstReads } from "./first-reads";
import { bootPanel } from "./panel-boot";

/** The panel's window in the dock's frame, loaded with a record in its fragment. */
function frameWith(hash: string): Window {
  const frame = new EventTarget() as EventTarget & { location: { hash: string }; parent: { postMessage(): void } };
  frame.location = { hash };
  frame.parent = { postMessage: () => undefined };
  return frame as unknown as Window;
}

describe("the panel's first reads and boot", () => {
  afterEach(() => {
    useCurrentRecord.setState({ current: null });
    vi.unstubAllGlobals();
  });

  it("sends the case's reads before React renders, and the view takes them: one request each", async () => {
    const summary = caseSummaryFixture();
    const worker = panelWorker(casePanelFixture({ case: summary }));
    vi.stubGlobal("chrome", { runtime: { sendMessage: worker.transport } });

    const frame = frameWith(`#object=Case&id=${summary.id}&shape=lightning&channel=c`);
    sendFirstReads(frame);
    expect(worker.sent.map((message) => message.type).sort()).toEqual(["case/panel", "org/context"]);
    const boot = bootPanel({ target: frame, storage: memoryStorageArea() });

    render(<PanelApp boot={boot} />);
    expect(await screen.findByRole("article", { name: `Case ${summary.caseNumber}` })).toBeInTheDocument();
    expect(worker.sent.map((message) => message.type).sort()).toEqual(["case/panel", "org/context"]);
  });

  it("keeps the record views' styles in the page: a switch to another case adds or removes no style sheet", async () => {
    const first = caseSummaryFixture();
    const second = caseSummaryFixture({ id: "5008X00002CytM2QAJ", caseNumber: "00001043" });
    const answers = new Map([first, second].map((summary) => [summary.id, casePanelFixture({ case: summary })]));
    let answerSecond = () => undefined as void;
    const secondAsked = new Promise<void>((resolve) => (answerSecond = resolve));
    const transport = async (message: unknown) => {
      const request = message as { type: string; caseId?: string };
      const { org, ...answer } = answers.get(request.caseId ?? first.id)!;
      if (request.type === "org/context") return { ok: true, data: org };
      if (request.caseId === second.id) await secondAsked;
      return { ok: true, data: answer };
    };
    vi.stubGlobal("chrome", { runtime: { sendMessage: transport } });
    const boot = bootPanel({ target: frameWith(`#object=Case&id=${first.id}&shape=lightning&channel=c`), storage: memoryStorageArea() });

    render(<PanelApp boot={boot} />);
    await screen.findByRole("article", { name: `Case ${first.caseNumber}` });
    const sheets = [...document.querySelectorAll("style")];
    expect(sheets.some((sheet) => sheet.textContent?.includes(".case-header__number"))).toBe(true);

    act(() => useCurrentRecord.getState().setFromHash(`object=Case&id=${second.id}&shape=lightning`));
    expect(await screen.findByText("Loading case…")).toBeInTheDocument();
    expect([...document.querySelectorAll("style")]).toEqual(sheets);
    answerSecond();
    await screen.findByRole("article", { name: `Case ${second.caseNumber}` });
    expect([...document.querySelectorAll("style")]).toEqual(sheets);
  });

  it("reads no case for a page that is not one: the account's view asks for what it shows", () => {
    const worker = panelWorker(casePanelFixture());
    sendFirstReads(frameWith("#object=Account&id=001A0000006Vm9rIAC&shape=lightning&channel=c"), worker.transport);
    expect(worker.sent.map((message) => message.type)).toEqual(["org/context"]);
  });
});
