import type { CaseSummary } from "../../src/messaging/case-summary";

/** A queue-owned Contact Us case; override what a test is about. */
export function caseSummaryFixture(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: "5008X00002CytL1QAJ",
    caseNumber: "00001042",
    subject: "Contact Us Form Response - Northwind",
    description: "We would like a quote for 20 more seats.",
    status: "New",
    isClosed: false,
    priority: "High",
    origin: "Web Form",
    createdDate: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    lastModifiedDate: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    recordType: "Pooled_Sales_Case",
    owner: { id: "00G8X000000AbCdEAF", name: "Pooled Sales Queue", isQueue: true },
    account: { id: "001A0000006Vm9rIAC", name: "Northwind Traders" },
    contact: { id: "0038X00000AbCdEQAV", name: "Ana Trujillo", firstName: "Ana", email: "ana@northwind.example", phone: "+1 (555) 010-2030" },
    ...overrides,
  };
}
