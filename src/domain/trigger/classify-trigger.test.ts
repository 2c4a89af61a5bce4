import { DEFAULT_PROFILE } from "../org-profile";
import { classifyTrigger } from "./classify-trigger";
import { TriggerRuleSetSchema } from "./trigger-rules";

const RULES = DEFAULT_PROFILE.policy.triggers;
const classify = (subject: string | null, origin: string | null) => classifyTrigger({ subject, origin }, RULES);
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
    expect(classify(subject, origin)).toMatchObject({ kind: "classified", trigger });
  });

  it.each([
    ["NPS/ CSAT Response", "nps-csat"],
    ["NPS/CSAT Survey Response", "nps-csat"],
    ["nps / csat  response - score 9", "nps-csat"],
    ["Post Churn Survey", "post-churn-survey"],
    ["Post-Churn survey response", "post-churn-survey"],
    ["Fast-Moving Buyer - pricing", "fast-moving-buyer"],
    ["Churn and Contraction Mitigation: seats down", "churn-contraction"],
    ["URGENT RENEWAL & TRX SUPPORT - renews Friday", "urgent-renewal"],
  ])("forgives how people type the source name: %j is %s", (subject, trigger) => {
    expect(classify(subject, "Email")).toMatchObject({ kind: "classified", trigger });
  });

  it("reads what follows the source name as the trigger's own detail", () => {
    expect(classify("NPS/CSAT Survey Response - Score 6", "Gainsight Survey")).toMatchObject({ subjectRest: "Score 6", detail: { from: "subject-rest" } });
    expect(classify("Fast-Moving Buyer Alert: CI/CD pricing page", "PathFactory")).toMatchObject({ subjectRest: "CI/CD pricing page" });
    expect(classify("Post Churn Survey Response", "Gainsight Survey")).toMatchObject({ subjectRest: "" });
  });

  it("needs the internal origin for a referral, as the handbook's procedure sets it", () => {
    expect(classify("Referral", "Email")).toEqual({ kind: "unclassified", label: "Unclassified", rawSubject: "Referral" });
    expect(classify("Referral", " smb pool internal created ")).toMatchObject({ trigger: "internal-referral" });
  });

  it("never guesses an unknown subject", () => {
    expect(classify("Question about my invoice", "Email")).toEqual({ kind: "unclassified", label: "Unclassified", rawSubject: "Question about my invoice" });
    expect(classify(null, null)).toMatchObject({ kind: "unclassified", rawSubject: "" });
    // A subject that merely mentions a trigger is not that trigger.
    expect(classify("Re: Expansion Opportunity: seats", "Email").kind).toBe("unclassified");
    // Half a source name is another subject, and so is a filler word alone.
    expect(classify("NPS follow-up", "Email").kind).toBe("unclassified");
    expect(classify("Contact us about pricing", "Email").kind).toBe("unclassified");
    expect(classify("Survey response", "Email").kind).toBe("unclassified");
  });

  it("uses rules given as data, by source name or by pattern", () => {
    const rules = TriggerRuleSetSchema.parse({
      version: "test",
      rules: [
        { trigger: "webinar", label: "Webinar attendee", scenario: "Expansion Opportunity", subjectStartsWith: ["Webinar"], playbook: PLAYBOOK },
        { trigger: "ticket", label: "Ticket", scenario: "Inbound Request", subjectPattern: "^#\\d+", playbook: PLAYBOOK },
      ],
    });
    expect(classifyTrigger({ subject: "Webinar: DevSecOps", origin: null }, rules)).toMatchObject({ trigger: "webinar", subjectRest: "DevSecOps" });
    expect(classifyTrigger({ subject: "#123 printer on fire", origin: null }, rules)).toMatchObject({ trigger: "ticket", subjectRest: "printer on fire" });
    expect(classifyTrigger({ subject: "Referral", origin: "SMB Pool Internal Created" }, rules).kind).toBe("unclassified");
  });

  it("refuses rule data that would misbehave", () => {
    const base = { trigger: "x", label: "X", scenario: "Inbound Request", subjectStartsWith: ["X"], playbook: PLAYBOOK };
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [base] }).success).toBe(true);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, subjectStartsWith: [], subjectPattern: "([" }] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, subjectStartsWith: [] }] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, subjectStartsWith: ["--"] }] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [base, base] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, playbook: { customerDid: "", detailsAt: "x", firstStep: "y" } }] }).success).toBe(false);
    expect(TriggerRuleSetSchema.safeParse({ version: "v", rules: [{ ...base, subject: "^X" }] }).success).toBe(false);
  });

  it("gives every trigger of the handbook a playbook", () => {
    expect(RULES.rules.map((rule) => rule.trigger)).toHaveLength(10);
    const contactUs = classify("Contact Us Form Response - Northwind", "Web Form");
    expect(contactUs.kind === "classified" && contactUs.playbook.detailsAt).toMatch(/Web Form Details/);
  });
});
