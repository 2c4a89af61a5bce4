// @vitest-environment jsdom
import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { render, screen, within } from "@testing-library/react";

import { classifyTrigger } from "../../domain/trigger/classify-trigger";
import { TriggerPlaybook } from "./TriggerPlaybook";

const contactUs = classifyTrigger({ subject: "Contact Us Form Response - Northwind", origin: "Web Form" }, DEFAULT_PROFILE.policy.triggers);

describe("TriggerPlaybook", () => {
  it("names the trigger and its playbook", () => {
    render(<TriggerPlaybook trigger={contactUs} webFormDetails={null} />);
    const section = screen.getByRole("region", { name: "Trigger" });
    expect(within(section).getByText("Contact Us Form response")).toHaveAttribute("data-trigger", "contact-us-form");
    expect(within(section).getByText("Inbound Request")).toHaveClass("trigger__scenario");
    expect(within(section).getByText("Filled in the public Contact Us form asking for sales help.")).toBeInTheDocument();
    expect(within(section).getByText("Web Form Details on the case: the customer's words, verbatim.")).toBeInTheDocument();
    expect(within(section).getByText(/^Check the contact and account matched from the form's email/)).toBeInTheDocument();
    expect(within(section).queryByText("Web Form Details")).toBeNull();
  });

  it("shows a Contact Us case's Web Form Details verbatim, line breaks and all", () => {
    const details = "Company: Northwind\nHow can we help?:   We need 20 more seats.\n\n  Thanks!";
    const { container } = render(<TriggerPlaybook trigger={contactUs} webFormDetails={details} />);
    expect(screen.getByText("Web Form Details")).toBeInTheDocument();
    const verbatim = container.querySelector("pre.verbatim");
    expect(verbatim?.textContent).toBe(details);
    expect(container.querySelector("details.web-form")).toHaveAttribute("open");
  });

  it("keeps HTML a customer typed in the form as text", () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b><script>alert(2)</script><a href="javascript:alert(3)">click</a>';
    const { container } = render(<TriggerPlaybook trigger={contactUs} webFormDetails={hostile} />);
    expect(container.querySelector("pre.verbatim")?.textContent).toBe(hostile);
    expect(container.querySelector("img, b, script, a")).toBeNull();
  });

  it("shows no Web Form Details for other triggers", () => {
    const pql = classifyTrigger({ subject: "PQL Hand Raise: wants Ultimate", origin: "Web" }, DEFAULT_PROFILE.policy.triggers);
    const { container } = render(<TriggerPlaybook trigger={pql} webFormDetails="Company: Northwind" />);
    expect(screen.getByText("PQL hand raise")).toHaveAttribute("data-trigger", "pql-hand-raise");
    expect(screen.getByText("Expansion Opportunity")).toHaveClass("trigger__scenario");
    expect(container.querySelector("pre")).toBeNull();
    expect(screen.queryByText("Company: Northwind")).toBeNull();
  });

  it("does not repeat the scenario when it is the label", () => {
    const { container } = render(<TriggerPlaybook trigger={classifyTrigger({ subject: "Inbound Request: add seats", origin: null }, DEFAULT_PROFILE.policy.triggers)} webFormDetails={null} />);
    expect(screen.getByText("Inbound Request")).toHaveAttribute("data-trigger", "inbound-request");
    expect(container.querySelector(".trigger__scenario")).toBeNull();
  });

  it("an unclassified case has no playbook: the raw subject, and a pointer to the Description", () => {
    const { container } = render(<TriggerPlaybook trigger={classifyTrigger({ subject: "Question about <b>my</b> invoice", origin: "Email" }, DEFAULT_PROFILE.policy.triggers)} webFormDetails="Company: Northwind" />);
    const section = screen.getByRole("region", { name: "Trigger" });
    expect(within(section).getByText("Unclassified")).toBeInTheDocument();
    expect(within(section).getByText("Question about <b>my</b> invoice")).toHaveAttribute("title", "Subject that matched no trigger rule");
    expect(within(section).getByText(/there is no playbook\. Read the Description\./)).toBeInTheDocument();
    expect(within(section).queryByText("What happened")).toBeNull();
    expect(container.querySelector("dl, pre, b")).toBeNull();
  });

  it("an unclassified case without a subject says so", () => {
    render(<TriggerPlaybook trigger={classifyTrigger({ subject: null, origin: null }, DEFAULT_PROFILE.policy.triggers)} webFormDetails={null} />);
    expect(screen.getByText("(no subject)")).toBeInTheDocument();
  });
});
