// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { memoryStorageArea } from "../../../test/support/memory-storage-area";
import { WORK_ALERTS_KEY } from "../../messaging/work-alerts-settings";
import { WorkAlertsSettings } from "./WorkAlertsSettings";

describe("work alerts on the options page", () => {
  it("starts with every notification off and the pause on, and saves each change at once", async () => {
    const area = memoryStorageArea();
    render(<WorkAlertsSettings area={area} />);
    const high = await screen.findByRole("checkbox", { name: "A High priority case enters my pool's queue" });
    expect(high).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: /Pause the toolbar badge and notifications/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /cadence step/ })).toHaveAccessibleDescription(/still one API call/);

    await userEvent.click(high);
    await waitFor(() => expect(area.items.get(WORK_ALERTS_KEY)).toEqual({ highPriority: true, slaAtRisk: false, stepDue: false, onlyInWorkingHours: true }));
    expect(screen.getByRole("status")).toHaveTextContent("Saved.");
  });

  it("shows what was saved before, and says so when a save fails", async () => {
    const area = memoryStorageArea({ [WORK_ALERTS_KEY]: { slaAtRisk: true, onlyInWorkingHours: false } });
    area.set = async () => {
      throw new Error("QUOTA_BYTES quota exceeded");
    };
    render(<WorkAlertsSettings area={area} />);
    expect(await screen.findByRole("checkbox", { name: "The SLA of a waiting case turns at risk" })).toBeChecked();
    await userEvent.click(screen.getByRole("checkbox", { name: /Pause the toolbar badge/ }));
    expect(await screen.findByRole("status")).toHaveTextContent("Not saved: Error: QUOTA_BYTES quota exceeded");
  });
});
