import { UrlText } from "./url-text";

describe("a URL as it was written", () => {
  it("passes a URL through unchanged, as the admin or Salesforce wrote it", () => {
    for (const url of ["https://Page.GitLab.com/smb sales", "https://acme.my.salesforce.com:443/x?y=1#z", "https://acme.my.salesforce.com"]) {
      expect(UrlText.parse(url)).toBe(url);
    }
  });

  it("refuses text that is not a URL, saying so", () => {
    const parsed = UrlText.safeParse("page.gitlab.com/smbsales");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Invalid URL");
  });
});
