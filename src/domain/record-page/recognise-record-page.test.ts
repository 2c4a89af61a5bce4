import { recogniseRecordPage } from "./recognise-record-page";

const CASE15 = "5008X00002CytL1";
const CASE18 = "5008X00002CytL1QAJ";
const ACCOUNT = "001A0000006Vm9rIAC";
const CONTACT15 = "0038X00000AbCdE";

const casePage = (shape: string) => ({ object: "Case", recordId: CASE18, shape });

describe("recognising a record page from its URL", () => {
  it.each([
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE18}/view`, "lightning"],
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE15}/view`, "lightning"],
    [`https://acme.lightning.force.com/lightning/r/${CASE18}/view`, "lightning"],
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE18}/view?ws=%2Flightning%2Fr%2FCase%2F${CASE18}%2Fview`, "console"],
    [`https://acme.my.salesforce.com/${CASE15}`, "classic"],
    [`https://acme.my.salesforce.com/${CASE18}`, "classic"],
  ])("%s is a %s case page", (href, shape) => {
    expect(recogniseRecordPage(href)).toEqual(casePage(shape));
  });

  it("keeps the console on the workspace case while a subtab shows its account", () => {
    const href = `https://acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view?ws=%2Flightning%2Fr%2FCase%2F${CASE18}%2Fview`;
    expect(recogniseRecordPage(href)).toEqual(casePage("console"));
  });

  it("recognises Account and Contact pages, Lightning and Classic", () => {
    expect(recogniseRecordPage(`https://acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`)).toEqual({
      object: "Account",
      recordId: ACCOUNT,
      shape: "lightning",
    });
    expect(recogniseRecordPage(`https://acme.my.salesforce.com/${CONTACT15}`)).toMatchObject({ object: "Contact", shape: "classic" });
  });

  it.each([
    `https://acme.lightning.force.com/lightning/o/Case/list`,
    `https://acme.lightning.force.com/lightning/page/home`,
    `https://acme.my.salesforce.com/500?fcf=00B8X000009wTi0`,
    `https://acme.my.salesforce.com/0058X00000F1YFq`,
    `https://acme.lightning.force.com/lightning/r/Case/${CASE18}/edit`,
    `https://acme.lightning.force.com/lightning/r/Account/${CASE18}/view`,
    `https://acme.lightning.force.com/lightning/r/Opportunity/0068X00000AbCdE/view`,
    "not a url",
  ])("%s is not a page we help with", (href) => {
    expect(recogniseRecordPage(href)).toBeNull();
  });
});
