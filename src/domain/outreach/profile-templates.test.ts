import profileJson from "../org-profile/default-profile.json";
import { DEFAULT_PROFILE, parseProfile } from "../org-profile";
import { classifyTrigger } from "../trigger/classify-trigger";
import { draftEmail } from "./email-draft";
import { callTemplateFor, emailTemplateFor } from "./step-templates";
import { ALL_MERGE_FIELDS, templateParts } from "./template-text";

const clone = () => structuredClone(profileJson) as Record<string, any>;
const { templates, policy } = DEFAULT_PROFILE;
const emailDays = policy.cadence.steps.filter((step) => step.channel === "email").map((step) => step.day);
const callDays = policy.cadence.steps.filter((step) => step.channel === "call").map((step) => step.day);
const VALUES = Object.fromEntries(ALL_MERGE_FIELDS.map((field) => [field, `<${field}>`]));

describe("the default templates", () => {
  it.each(policy.triggers.rules.map((rule) => [rule.trigger, rule] as const))("%s has its own email for every email step and guidance for every call", (trigger, rule) => {
    const match = { kind: "classified" as const, trigger, label: rule.label, scenario: rule.scenario, playbook: rule.playbook, subjectRest: "", detail: rule.detail ?? null };
    for (const day of emailDays) {
      const chosen = emailTemplateFor(templates, match, day);
      expect(chosen?.trigger).toBe(trigger);
      const draft = draftEmail({ template: chosen!.template, signature: templates.signature, values: VALUES, to: "ana@northwind.example" });
      expect(draft.missing).toEqual([]);
      // A trigger's detail is only asked for where the trigger has one.
      if (!rule.detail) expect(templateParts(chosen!.template.body + chosen!.template.subject).some((part) => part.kind === "field" && part.field === "Detail")).toBe(false);
    }
    for (const day of callDays) expect(callTemplateFor(templates, match, day)?.trigger).toBe(trigger);
  });

  it("differ by trigger: Day 1 of a PQL hand raise is not Day 1 of a post-churn survey", () => {
    const pql = classifyTrigger({ subject: "PQL Hand Raise - Ultimate trial", origin: "In-Product" }, policy.triggers);
    const churn = classifyTrigger({ subject: "Post Churn Survey Response", origin: "Gainsight" }, policy.triggers);
    expect(emailTemplateFor(templates, pql, 1)?.template.subject).not.toBe(emailTemplateFor(templates, churn, 1)?.template.subject);
  });

  it("fall back per step for a case no trigger explains", () => {
    const unclassified = classifyTrigger({ subject: "Question about my invoice", origin: "Email" }, policy.triggers);
    expect(emailTemplateFor(templates, unclassified, 5)).toEqual({ template: templates.email.fallback["5"], trigger: null });
    expect(callTemplateFor(templates, unclassified, 3)).toEqual({ template: templates.call.fallback["3"], trigger: null });
    expect(emailTemplateFor(templates, unclassified, 3)).toBeNull();
  });

  it("open in the mail client by default", () => {
    expect(templates.mailer).toEqual({ kind: "mailto" });
  });
});

describe("templates an admin gets wrong", () => {
  const problems = (profile: Record<string, any>) => {
    const parsed = parseProfile(profile);
    return parsed.ok ? [] : parsed.problems;
  };

  it("are each named with where they are", () => {
    const bad = clone();
    delete bad.templates.email.fallback["5"];
    bad.templates.email.triggers["pql-hand-raise"]["4"] = { subject: "x", body: "y" };
    bad.templates.call.triggers["pql-handraise"] = { "3": { guidance: "typo" } };
    bad.templates.email.triggers["nps-csat"]["1"].body = "Hi {Firstname}";
    bad.templates.signature = "{AeName} {FirstName}";
    bad.outreach.phoneContexts.apac = "+61";
    bad.templates.mailer = { kind: "outlook", host: "evil.example" };
    expect(problems(bad).map((problem) => [problem.path, problem.message])).toEqual(
      expect.arrayContaining([
        ["templates.mailer.host", expect.any(String)],
        ["templates.signature", expect.stringMatching(/uses \{FirstName\}: this text may use \{AeName\}/)],
        ["templates.email.triggers.nps-csat.1.body", expect.stringMatching(/uses \{Firstname\}/)],
      ]),
    );
    // The cross-checks run once every value parses.
    delete bad.templates.mailer;
    bad.templates.mailer = { kind: "gmail" };
    bad.templates.signature = "{AeName}";
    bad.templates.email.triggers["nps-csat"]["1"].body = "Hi {FirstName}";
    expect(problems(bad)).toEqual([
      { path: "templates.email.fallback", message: "needs a template for the Day 5 email" },
      { path: "templates.email.triggers.pql-hand-raise.4", message: "the cadence has no email step on Day 4" },
      { path: "templates.call.triggers.pql-handraise", message: "is not a trigger of policy.triggers" },
      { path: "outreach.phoneContexts.apac", message: "is not a pool key" },
    ]);
  });

  it("follow the cadence: a new step needs its fallback", () => {
    const longer = clone();
    longer.policy.cadence.steps.push({ day: 10, channel: "call" });
    expect(problems(longer)).toEqual([{ path: "templates.call.fallback", message: "needs a template for the Day 10 call" }]);
    longer.templates.call.fallback["10"] = { guidance: "Last try by phone." };
    expect(problems(longer)).toEqual([]);
  });

  it("name every call outcome's Call Result", () => {
    const bad = clone();
    delete bad.outreach.callOutcomes["wrong-number"];
    expect(problems(bad)).toEqual([{ path: "outreach.callOutcomes.wrong-number", message: "is missing (expected string)" }]);
  });
});
