import { DEFAULT_PROFILE } from "../../domain/org-profile";
import { ownedByPoolQueue, upgradeLike } from "./pooled-soql";
import { selectList, soqlId, soqlLikeWords, soqlList, soqlString } from "./soql";

describe("SOQL literals from outside values", () => {
  it("escapes what would end or bend a string literal", () => {
    expect(soqlString("O'Brien")).toBe("'O\\'Brien'");
    expect(soqlString("a\\b")).toBe("'a\\\\b'");
    expect(soqlString('say "hi"\nnow')).toBe("'say \\\"hi\\\"\\nnow'");
    expect(soqlString("x' OR Name != '")).toBe("'x\\' OR Name != \\''");
  });

  it("keeps LIKE's wildcards in a mark literal", () => {
    expect(soqlLikeWords(["Ultimate", "Upgrade"])).toBe("'%Ultimate%Upgrade%'");
    expect(soqlLikeWords(["100%", "tier_up"])).toBe("'%100\\%%tier\\_up%'");
    expect(upgradeLike(DEFAULT_PROFILE.policy.upgrade)).toBe("(Name LIKE '%Ultimate%Upgrade%' OR NextStep LIKE '%Ultimate%Upgrade%')");
    expect(upgradeLike({ mark: "Gold", markedIn: ["NextStep"] })).toBe("(NextStep LIKE '%Gold%')");
  });

  it("refuses ids that are not ids", () => {
    expect(soqlId("5008X00002CytL1QAJ")).toBe("'5008X00002CytL1QAJ'");
    expect(() => soqlId("5008X00002CytL1' OR Id != '")).toThrow(/Not a Salesforce id/);
    expect(soqlList(["0058X00000F1YFqQAN"], soqlId)).toBe("('0058X00000F1YFqQAN')");
    expect(() => soqlList([])).toThrow();
  });

  it("leaves fields the org lacks out of a SELECT list, once each", () => {
    expect(selectList(["Id", null, "Notes__c", undefined, false, "Id"])).toBe("Id, Notes__c");
  });

  it("finds a pool's queue by its name, quoted", () => {
    expect(ownedByPoolQueue({ ...DEFAULT_PROFILE.pools[0]!, queue: "Pooled_Sales_Queue" })).toBe("OwnerId IN (SELECT Id FROM Group WHERE Type = 'Queue' AND DeveloperName = 'Pooled_Sales_Queue')");
  });
});
