import { classifyTrigger } from "./classify-trigger";
import { DEFAULT_TRIGGER_RULES, TriggerRuleSetSchema } from "./trigger-rules";

const PLAYBOOK = { customerDid: "Attended a webinar.", detailsAt: "Description.", firstStep: "Follow up." };

describe("trigger from Subject and Origin", () => {
  it.each([
    ["Contact Us Form Response - Northwind", "Web Form", "contact-us-form"],
    ["NPS/CSAT Survey Response - Score 6", "Gainsight Survey", "nps-csat"],
    ["PQL Hand Raise - Ultimate trial", "In-Product", "pql-hand-raise"],
    ["Post Churn Survey Response", "Gainsight Survey", "post-churn-survey"],
    ["Fast Moving Buyer Alert - CI/CD pricing page", "PathFactory", "fast-moving-buyer"],
    ["Referral", "SMB Pool Internal Created", "internal-referral"],
    ["Expansion Opportunity: Seat overage 112%", "Case Automation", "expansion-opportunity"],
    ["Churn & Contraction Mitigation: seats down 40%", "Case Automation", "churn-contraction"],
    ["Urgent Renewal & TRX Support: renews in 5 days", "Case Automation", "urgent-renewal"],
    ["Inbound Request: quote for 20 seats", "Email", "inbound-request"],
    ["  contact us form response - lower case and padded", null, "contact-us-form"],
  ])("%s (%s) is %s", (subject, origin, trigger) => {
    expect(classifyTrigger({ subject, origin })).toMatchObject({ kind: "classified", trigger });
  });

  it("needs the internal origin for a referral, as the handbook's procedure sets it", () => {
    expect(classifyTrigger({ subject: "Referral", origin: "Email" })).toEqual({
      kind: "unclassified",
      label: "Unclassified",
      rawSubject: "Referral",
    });
  });

  it("never guesses an unknown subject", () => {
    expect(classifyTrigger({ subject: "Question about my invoice", origin: "Email" })).toEqual({
      kind: "unclassified",
      label: "Unclassified",
      rawSubject: "Question about my invoice",
    });
    expect(classifyTrigger({ subject: null, origin: null })).toMatchObject({ kind: "unclassified", rawSubject: "" });
    // A subject that merely mentions a trigger is not that trigger.
    expect(classifyTrigger({ subject: "Re: Expansion Opportunity: seats", origin: "Email" }).kind).toBe("unclassified");
  });

  it("uses rules given as data", () => {
    const rules = TriggerRuleSetSchema.parse({
      version: "test",
      rules: [{ trigger: "webinar", label: "Webinar attendee", scenario: "Expansion Opportunity", subject: "^Webinar", playbook: PLAYBOOK }],
    });
    expect(classifyTrigger({ subject: "Webinar: DevSecOps", origin: null }, rules)).toMatchObject({ trigger: "webinar" });
    expect(classifyTrigger({ subject: "Referral", origin: "SMB Pool Internal Created" }, rules).kind).toBe("unclassified");
  });

  it("refuses rule data that would misbehave", () => {
    const base = { trigger: "x", label: "X", scenario: "Inbound Request", subject: "^X", playbook: PLAYBOOK };
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, subject: "([" }] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [base, base] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, scenario: "Upsell" }] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, playbook: { customerDid: "", detailsAt: "x", firstStep: "y" } }] }).success).toBe(false);
  });

  it("gives every trigger of the handbook a playbook", () => {
    expect(DEFAULT_TRIGGER_RULES.rules.map((rule) => rule.trigger)).toHaveLength(10);
    const contactUs = classifyTrigger({ subject: "Contact Us Form Response - Northwind", origin: "Web Form" });
    expect(contactUs.kind === "classified" && contactUs.playbook.detailsAt).toMatch(/Web Form Details/);
  });
});
