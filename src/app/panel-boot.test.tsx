// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";

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

  it("reads no case for a page that is not one: the account's view asks for what it shows", () => {
    const worker = panelWorker(casePanelFixture());
    sendFirstReads(frameWith("#object=Account&id=001A0000006Vm9rIAC&shape=lightning&channel=c"), worker.transport);
    expect(worker.sent.map((message) => message.type)).toEqual(["org/context"]);
  });
});
