// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import type { AppError } from "../../messaging/contracts";
import type { Transport } from "../../messaging/send-request";
import { ActionError } from "./ActionError";
import { ErrorNotice } from "./ErrorNotice";
import { RequestFailed } from "../../messaging/send-request";

function worker(answers: Record<string, unknown>) {
  const sent: string[] = [];
  const transport: Transport = async (message: any) => {
    sent.push(message.type);
    const answer = answers[message.type];
    return answer instanceof Error ? { ok: false, error: { kind: "connect", message: answer.message, errorCode: "OAUTH_APP_BLOCKED" } } : { ok: true, data: answer };
  };
  return { transport, sent };
}

const connected = { orgHost: "acme.my.salesforce.com", user: { id: "0058X0000000002QAA", name: "Avery Chen" } };

describe("the panel's notices for sessions and profiles", () => {
  it("offers Connect to Salesforce where the API refuses the browser session, and retries once connected", async () => {
    const { transport, sent } = worker({ "session/connect": connected });
    const retried = vi.fn();
    const error: AppError = { kind: "connect", canConnect: true, errorCode: "INVALID_SESSION_ID", message: "Salesforce does not let the browser's session use its API in this org." };
    render(<ErrorNotice error={error} onRetry={retried} transport={transport} />);
    await userEvent.click(screen.getByRole("button", { name: "Connect to Salesforce" }));
    expect(await screen.findByText("Connected as Avery Chen.")).toBeInTheDocument();
    expect(sent).toEqual(["session/connect"]);
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it("says what Salesforce answered when connecting fails, and does not retry", async () => {
    const { transport } = worker({ "session/connect": new Error("Salesforce did not connect the extension: this app is blocked by admin") });
    const retried = vi.fn();
    render(<ErrorNotice error={{ kind: "connect", canConnect: true, message: "Connect to work here." }} onRetry={retried} transport={transport} />);
    await userEvent.click(screen.getByRole("button", { name: "Connect to Salesforce" }));
    expect(await screen.findByText(/blocked by admin \(OAUTH_APP_BLOCKED\)/)).toBeInTheDocument();
    expect(retried).not.toHaveBeenCalled();
  });

  it("reconnects as the logged-in user by ending the old connection first", async () => {
    const { transport, sent } = worker({ "session/disconnect": { orgHost: "acme.my.salesforce.com", revoked: true }, "session/connect": connected });
    render(<ErrorNotice error={{ kind: "wrong-user", canConnect: true, message: "Connected as Jordan Rivera, but logged in as another user." }} transport={transport} />);
    await userEvent.click(screen.getByRole("button", { name: "Reconnect to Salesforce" }));
    await waitFor(() => expect(sent).toEqual(["session/disconnect", "session/connect"]));
  });

  it("without a consumer key, says the admin must set the app up and offers no Connect", () => {
    render(<ErrorNotice error={{ kind: "connect", canConnect: false, message: "Your Salesforce admin must set up the extension's External Client App." }} />);
    expect(screen.queryByRole("button", { name: /Connect/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Open the extension's options" })).toBeInTheDocument();
  });

  it("lists each bad value of a bad profile and where to fix it", () => {
    const error: AppError = {
      kind: "profile",
      fixAt: "policy",
      message: "The org profile for acme.my.salesforce.com is not valid. It comes from your admin's Chrome policy: ask your Salesforce admin to fix the policy.",
      problems: [
        { path: "pools.0.queue", message: "an API name" },
        { path: "", message: "is not JSON" },
      ],
    };
    render(<ErrorNotice error={error} onRetry={() => undefined} />);
    expect(screen.getByRole("alert")).toHaveTextContent("admin's Chrome policy");
    expect(screen.getByRole("list", { name: "What is wrong in the org profile" })).toHaveTextContent("pools.0.queue an API name(the whole profile) is not JSON");
    // Fixed in the policy, not here: no options button.
    expect(screen.queryByRole("button", { name: "Open the extension's options" })).toBeNull();
  });

  it("a reload that met UNKNOWN_EXCEPTION: a plain line, Salesforce's own message, its code and its ErrorId", () => {
    const message = "An unexpected error occurred. Please include this ErrorId if you contact support: 1717804919-93512 (-1371860698)";
    render(<ErrorNotice error={{ kind: "salesforce", errorCode: "UNKNOWN_EXCEPTION", message }} onRetry={() => undefined} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Salesforce hit an unexpected error on its side. Try again in a moment.");
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(alert).toHaveTextContent("Salesforce error: UNKNOWN_EXCEPTION");
    expect(alert).toHaveTextContent("ErrorId: 1717804919-93512 (-1371860698)");
  });

  it("a reload refused by the API limit or a 503 says so in plain words beside Salesforce's", () => {
    const { unmount } = render(<ErrorNotice error={{ kind: "salesforce", errorCode: "REQUEST_LIMIT_EXCEEDED", message: "TotalRequests Limit exceeded." }} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Your org has used up its Salesforce API requests for now.");
    expect(screen.getByText("TotalRequests Limit exceeded.")).toBeInTheDocument();
    unmount();
    render(<ErrorNotice error={{ kind: "salesforce", errorCode: "SERVER_UNAVAILABLE", message: "Service temporarily unavailable." }} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Salesforce is unavailable right now (maintenance, or too much load).");
  });

  it("a write that met a proxy's 502 never says nothing was changed", () => {
    render(<ActionError error={new RequestFailed({ kind: "salesforce", errorCode: "ERROR_HTTP_502", message: "HTTP response contains html content." })} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Salesforce did not say whether the change was saved");
    expect(screen.getByRole("alert")).not.toHaveTextContent(/nothing was changed/i);
  });
});
