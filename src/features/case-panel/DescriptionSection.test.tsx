// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { DESCRIPTION_PREVIEW_CHARS, DescriptionSection } from "./DescriptionSection";

describe("DescriptionSection", () => {
  it("shows the customer's text as text", () => {
    const { container } = render(<DescriptionSection description={'Hi <img src=x onerror="alert(1)"> team'} />);
    expect(screen.getByText('Hi <img src=x onerror="alert(1)"> team')).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("cuts a 100 KB description until the AE asks for all of it", async () => {
    const huge = "x".repeat(100_000);
    render(<DescriptionSection description={huge} />);
    const text = () => screen.getByRole("region", { name: "Description" }).querySelector("pre")!.textContent!;
    expect(text()).toHaveLength(DESCRIPTION_PREVIEW_CHARS + 1);
    await userEvent.click(screen.getByRole("button", { name: "Show all 100,000 characters" }));
    expect(text()).toHaveLength(100_000);
    await userEvent.click(screen.getByRole("button", { name: "Show less" }));
    expect(text()).toHaveLength(DESCRIPTION_PREVIEW_CHARS + 1);
  });

  it("shows nothing for an empty description", () => {
    const { container } = render(<DescriptionSection description={"  "} />);
    expect(container).toBeEmptyDOMElement();
  });
});
