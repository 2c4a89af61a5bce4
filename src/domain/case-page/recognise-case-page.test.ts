import { recogniseCasePage } from "./recognise-case-page";

const CASE15 = "5008X00002CytL1";
const CASE18 = "5008X00002CytL1QAJ";
const ACCOUNT = "001A0000006Vm9rIAC";

describe("recognising a Case page from its URL", () => {
  it.each([
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE18}/view`, "lightning"],
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE15}/view`, "lightning"],
    [`https://acme.lightning.force.com/lightning/r/${CASE18}/view`, "lightning"],
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE18}/view?ws=%2Flightning%2Fr%2FCase%2F${CASE18}%2Fview`, "console"],
    [`https://acme.my.salesforce.com/${CASE15}`, "classic"],
    [`https://acme.my.salesforce.com/${CASE18}`, "classic"],
  ])("%s is a %s case page", (href, shape) => {
    expect(recogniseCasePage(href)).toEqual({ caseId: CASE18, shape });
  });

  it("keeps the panel on the workspace case when a console subtab shows its account", () => {
    const href = `https://acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view?ws=%2Flightning%2Fr%2FCase%2F${CASE18}%2Fview`;
    expect(recogniseCasePage(href)).toEqual({ caseId: CASE18, shape: "console" });
  });

  it.each([
    `https://acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`,
    `https://acme.lightning.force.com/lightning/o/Case/list`,
    `https://acme.lightning.force.com/lightning/page/home`,
    `https://acme.my.salesforce.com/${ACCOUNT}`,
    `https://acme.my.salesforce.com/500?fcf=00B8X000009wTi0`,
    `https://acme.lightning.force.com/lightning/r/Case/${CASE18}/edit`,
    `https://acme.lightning.force.com/lightning/r/Account/${CASE18}/view`,
    "not a url",
  ])("%s is not a case page", (href) => {
    expect(recogniseCasePage(href)).toBeNull();
  });
});
