import { parseQuery } from "@jetstreamapp/soql-parser-js";
import { describe, expect, it } from "vitest";

import { parseSoql } from "./parse-cache";

const QUERIES = [
  "SELECT Id, Subject FROM Case WHERE Id = '5008X0000000001QAA'",
  "SELECT Id FROM Case WHERE Id = '5008X0000000002QAA'",
  "SELECT Id, Name FROM Account WHERE Name LIKE 'O\\'Brien%' AND Industry != 'Retail'",
  "SELECT Id FROM Case WHERE OwnerId IN ('00G8X000000AAAA', '00G8X000000BBBB') AND Status NOT IN ('Closed') ORDER BY Priority, CreatedDate LIMIT 200",
  "SELECT Id, (SELECT Id, Subject FROM Tasks WHERE Subject = 'Day 1 email' ORDER BY CreatedDate DESC LIMIT 50) FROM Case WHERE AccountId = '0018X000000CCCC'",
  "SELECT Id FROM Opportunity WHERE CloseDate = LAST_N_DAYS:7 AND Amount > 1000 AND Type = 'Ultimate Upgrade'",
  "SELECT COUNT() FROM Case WHERE Subject = ''",
  "SELECT Id FROM Case WHERE AccountId IN (SELECT AccountId FROM Opportunity WHERE StageName = 'Prospecting')",
  "SELECT Id FROM Case WHERE Description = 'a \\\\ backslash' AND Subject = 'new\\nline'",
];

describe("parseSoql", () => {
  it("answers exactly what the parser does, for the same shape with other literals too", () => {
    for (const soql of [...QUERIES, ...QUERIES]) expect(parseSoql(soql)).toEqual(parseQuery(soql));
  });

  it("hands each caller its own copy: changing one answer changes no later one", () => {
    const first = parseSoql(QUERIES[0]!);
    (first.fields as unknown[]).length = 0;
    expect(parseSoql(QUERIES[1]!)).toEqual(parseQuery(QUERIES[1]!));
  });

  it("throws the parser's own error for a malformed query, its literals as written", () => {
    for (const soql of ["SELECT Id FROM Case WHERE Subject = 'x' AND", "SELECT FROM Case WHERE Id = '5008X'", "SELECT Id FROM Case WHERE Subject = 'unterminated"]) {
      let expected: unknown;
      try {
        parseQuery(soql);
      } catch (e) {
        expected = e;
      }
      expect(expected).toBeInstanceOf(Error);
      expect(() => parseSoql(soql)).toThrow((expected as Error).message);
    }
  });
});
