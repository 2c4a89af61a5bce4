import { parseFragment } from "./current-record-store";

describe("the panel's fragment", () => {
  it("reads the record and page shape the dock put there", () => {
    expect(parseFragment("#object=Case&id=5008X00002CytL1QAJ&shape=console")).toEqual({ object: "Case", id: "5008X00002CytL1QAJ", shape: "console" });
    expect(parseFragment("#object=Account&id=001A0000006Vm9rIAC")).toEqual({ object: "Account", id: "001A0000006Vm9rIAC", shape: "lightning" });
  });

  it("ignores fragments that are not a record we show", () => {
    expect(parseFragment("")).toBeNull();
    expect(parseFragment("#object=Case&id=5008X00002CytL1")).toBeNull();
    expect(parseFragment("#object=Case&id=<script>")).toBeNull();
    expect(parseFragment("#object=Opportunity&id=0068X00000AbCdEQAV")).toBeNull();
    expect(parseFragment("#object=Case&id=5008X00002CytL1QAJ&shape=mobile")).toBeNull();
  });
});
