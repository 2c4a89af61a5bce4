import { parseFragment } from "./current-case-store";

describe("the panel's fragment", () => {
  it("reads the case and page shape the dock put there", () => {
    expect(parseFragment("#case=5008X00002CytL1QAJ&shape=console")).toEqual({ case: "5008X00002CytL1QAJ", shape: "console" });
    expect(parseFragment("#case=5008X00002CytL1QAJ")).toEqual({ case: "5008X00002CytL1QAJ", shape: "lightning" });
  });

  it("ignores fragments that are not a case", () => {
    expect(parseFragment("")).toBeNull();
    expect(parseFragment("#case=5008X00002CytL1")).toBeNull();
    expect(parseFragment("#case=<script>&shape=lightning")).toBeNull();
    expect(parseFragment("#case=5008X00002CytL1QAJ&shape=mobile")).toBeNull();
  });
});
