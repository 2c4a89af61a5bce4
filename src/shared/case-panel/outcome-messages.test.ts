import { casePanelFixture, FIXTURE_ME } from "../../../test/support/case-panel-fixture";
import type { CasePanelRefresh } from "../../messaging/case-panel-data";
import { changedClaimMessage, lostClaimMessage, lostCloseMessage, lostTransferMessage } from "./outcome-messages";

const LOOKED = "Salesforce's answer was lost on the way back, so the panel read the case again.";
const ownedBy = (owner: CasePanelRefresh["case"]["owner"], patch: Partial<CasePanelRefresh["case"]> = {}): CasePanelRefresh => {
  const { org: _org, queueCases: _queue, ...parts } = casePanelFixture();
  return { ...parts, case: { ...parts.case, owner, ...patch } };
};
const ME = { id: FIXTURE_ME, name: "Avery Chen", isQueue: false };
const BOB = { id: "0058X0000000BobQAA", name: "Bob Lee", isQueue: false };
const QUEUE = { id: "00G8X0000000001UAA", name: "Pooled Sales Queue", isQueue: true };

describe("what the panel says after a lost answer, from the case read again", () => {
  it("a claim: mine, someone else's, or still waiting in the queue", () => {
    expect(lostClaimMessage(ownedBy(ME), FIXTURE_ME)).toBe(`You own this case. ${LOOKED}`);
    expect(lostClaimMessage(ownedBy(BOB), FIXTURE_ME)).toBe(`Not claimed: Bob Lee has it. ${LOOKED}`);
    expect(lostClaimMessage(ownedBy(QUEUE), FIXTURE_ME)).toBe(`Not claimed: it is still in Pooled Sales Queue. ${LOOKED}`);
  });

  it("a claim refused as 'changed' that finds the case mine says I own it (the claim arrived twice)", () => {
    expect(changedClaimMessage({ owner: ME, status: "In Progress", isClosed: false }, FIXTURE_ME)).toMatch(/^You own this case: it was already yours when this claim arrived/);
    expect(changedClaimMessage({ owner: BOB, status: "In Progress", isClosed: false }, FIXTURE_ME)).toBe(
      "Not claimed: someone changed this case since the panel loaded, so nothing was overwritten. It is now owned by Bob Lee (In Progress). The panel has been refreshed.",
    );
  });

  it("a transfer: with the AE, or still mine", () => {
    expect(lostTransferMessage(ownedBy(BOB), BOB, FIXTURE_ME)).toBe(`Transferred to Bob Lee. ${LOOKED}`);
    expect(lostTransferMessage(ownedBy(ME), BOB, FIXTURE_ME)).toBe(`Not transferred: you still own it. ${LOOKED}`);
  });

  it("a close: closed as its status, or still open with the choices kept", () => {
    expect(lostCloseMessage(ownedBy(ME, { isClosed: true, status: "Closed_Resolved" }), "Closed - Resolved")).toBe(`Closed as Closed - Resolved. ${LOOKED}`);
    expect(lostCloseMessage(ownedBy(ME, { isClosed: false, status: "In Progress" }), "In Progress")).toBe(`Not closed: the case is still open (In Progress). ${LOOKED} Your choices are kept.`);
  });
});
