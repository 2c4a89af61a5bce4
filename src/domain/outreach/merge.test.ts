import { DEFAULT_PROFILE } from "../org-profile";
import { classifyTrigger } from "../trigger/classify-trigger";
import { DETAIL_MAX_LENGTH, cleanValue, excerpt, mergeTemplate, mergeValuesOf, triggerDetail, withSignature, type OutreachFacts } from "./merge";
import { templateParts, templateProblem } from "./template-text";

const RULES = DEFAULT_PROFILE.policy.triggers;
const facts = (subject: string, overrides: Partial<OutreachFacts> = {}): OutreachFacts => ({
  contactFirstName: "Ana",
  accountName: "Northwind Traders",
  caseNumber: "00001042",
  caseSubject: subject,
  trigger: classifyTrigger({ subject, origin: "Web" }, RULES),
  webFormDetails: null,
  description: null,
  aeName: "Avery Chen",
  ...overrides,
});

describe("template text", () => {
  it("reads merge fields and literal braces", () => {
    expect(templateParts("Hi {FirstName}, {{not a field}} {Nope}")).toEqual([
      { kind: "text", text: "Hi " },
      { kind: "field", field: "FirstName" },
      { kind: "text", text: ", {not a field} " },
      { kind: "unknown", name: "Nope" },
    ]);
  });

  it("names the fields a text may not use", () => {
    expect(templateProblem("Hi {FirstName}", ["FirstName"])).toBeNull();
    expect(templateProblem("Hi {Firstname} {Signature}", ["FirstName"])).toMatch(/^uses \{Firstname\}, \{Signature\}: this text may use \{FirstName\}/);
  });
});

describe("mergeTemplate", () => {
  it("fills every field once, from the template only", () => {
    // A customer who types a merge field gets it back as text, not expanded.
    const merged = mergeTemplate("Hi {FirstName} of {AccountName}", { FirstName: "{AccountName}", AccountName: "Northwind" }, { oneLine: false });
    expect(merged).toEqual({ text: "Hi {AccountName} of Northwind", missing: [] });
  });

  it("reports missing values and never writes the merge field", () => {
    const merged = mergeTemplate("Hi {FirstName}, about {Detail} for {FirstName}", { FirstName: "  ", Detail: null }, { oneLine: false });
    expect(merged.missing).toEqual(["FirstName", "Detail"]);
    expect(merged.text).toBe("Hi [Contact first name?], about [Trigger detail?] for [Contact first name?]");
    expect(merged.text).not.toMatch(/\{FirstName\}|\{Detail\}/);
  });

  it("keeps a Subject on one line whatever the customer typed", () => {
    const hostile = "Score 6\r\nBcc: evil@example.com\n\tX-Header: 1\u2028next";
    const merged = mergeTemplate("Re: {Detail}", { Detail: hostile }, { oneLine: true });
    expect(merged.text).toBe("Re: Score 6 Bcc: evil@example.com X-Header: 1 next");
  });

  it("keeps line breaks in a body but drops control characters and bidi overrides", () => {
    expect(cleanValue("one\r\ntwo\u0000\u0007\u202Eevil\u2066", { oneLine: false })).toBe("one\ntwoevil");
  });
});

describe("withSignature", () => {
  it("writes the signature out so its own fields merge, keeping the template's literal braces", () => {
    const body = withSignature("Hi {{you}}\n\n{Signature}", "Best,\n{AeName}");
    expect(body).toBe("Hi {{you}}\n\nBest,\n{AeName}");
    expect(mergeTemplate(body, { AeName: "Avery Chen" }, { oneLine: false }).text).toBe("Hi {you}\n\nBest,\nAvery Chen");
    expect(mergeTemplate(body, {}, { oneLine: false }).missing).toEqual(["AeName"]);
  });
});

describe("the trigger's detail", () => {
  it("comes from where the trigger's rule says", () => {
    expect(triggerDetail(facts("NPS/CSAT Survey Response - Score 6"))).toBe("Score 6");
    expect(triggerDetail(facts("Contact Us Form Response", { webFormDetails: "  We need 20 seats.  " }))).toBe("We need 20 seats.");
    expect(triggerDetail(facts("Post Churn Survey Response", { description: "Too expensive" }))).toBe("Too expensive");
  });

  it("is missing when its source is empty or the case is unclassified", () => {
    expect(triggerDetail(facts("Post Churn Survey Response", { description: "   " }))).toBeNull();
    expect(triggerDetail(facts("PQL Hand Raise"))).toBeNull();
    expect(triggerDetail(facts("Question about my invoice", { description: "Invoice 12" }))).toBeNull();
  });

  it("is the start of a long text, cut at a word", () => {
    const long = `${"word ".repeat(200)}end`;
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(DETAIL_MAX_LENGTH + 1);
    expect(cut).toMatch(/word…$/);
    expect(triggerDetail(facts("Contact Us Form Response", { webFormDetails: long }))).toBe(cut);
  });

  it("gives the merge values of a case", () => {
    expect(mergeValuesOf(facts("PQL Hand Raise - Ultimate trial"))).toEqual({
      FirstName: "Ana",
      AccountName: "Northwind Traders",
      CaseNumber: "00001042",
      CaseSubject: "PQL Hand Raise - Ultimate trial",
      Detail: "Ultimate trial",
      AeName: "Avery Chen",
    });
  });
});
