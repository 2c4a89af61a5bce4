import { telLink } from "./tel-url";

describe("tel: URLs (RFC 3966)", () => {
  it.each([
    ["+1 415 555 0100 ext. 42", "tel:+1-415-555-0100;ext=42"],
    ["+1 (415) 555-0100", "tel:+1-415-555-0100"],
    ["+44 20 7946 0958 x7", "tel:+44-20-7946-0958;ext=7"],
    ["+353 1 234 5678 extension 120", "tel:+353-1-234-5678;ext=120"],
    ["+1.415.555.0100;ext=9", "tel:+1-415-555-0100;ext=9"],
    ["+1 415 555 0100 #12", "tel:+1-415-555-0100;ext=12"],
    ["+1-800-FLOWERS", "tel:+1-800-3569377"],
    ["+1 (415) 555-0100 ext. 204", "tel:+1-415-555-0100;ext=204"],
    ["+1 (415) 555-0100 x204", "tel:+1-415-555-0100;ext=204"],
    ["+1 (415) 555-0100 ext 204", "tel:+1-415-555-0100;ext=204"],
    ["+1 (415) 555-0100 #204", "tel:+1-415-555-0100;ext=204"],
    ["+1 (415) 555-0100, ext: 204", "tel:+1-415-555-0100;ext=204"],
    ["+1 415-555-0100 ext-204", "tel:+1-415-555-0100;ext=204"],
  ])("%j dials %s, shown as typed", (typed, href) => {
    expect(telLink(typed)).toEqual({ ok: true, href, display: typed });
  });

  it("gives a number typed without a country code the pool's phone-context, after the extension", () => {
    expect(telLink("(415) 555-0100 ext 3", { phoneContext: "+1" })).toMatchObject({ href: "tel:415-555-0100;ext=3;phone-context=+1" });
    expect(telLink("415 555 0100")).toMatchObject({ href: "tel:415-555-0100" });
    // A global number needs no context.
    expect(telLink("+1 415 555 0100", { phoneContext: "+1" })).toMatchObject({ href: "tel:+1-415-555-0100" });
  });

  it("never runs the digit groups together", () => {
    const link = telLink("  +1   415\t555 0100  ");
    expect(link).toEqual({ ok: true, href: "tel:+1-415-555-0100", display: "+1   415\t555 0100" });
  });

  it.each([
    [null, /no phone number/],
    ["   ", /no phone number/],
    ["call me maybe?", /not a phone number/],
    ["415 555 0100; drop table", /not a phone number/],
    ["1+415 555 0100", /not a phone number/],
    ["12", /2 digits/],
    ["+1 234 567 890 123 456", /16 digits/],
    ["javascript:alert(1)", /not a phone number/],
  ])("refuses %j with a reason", (typed, problem) => {
    const link = telLink(typed);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.problem).toMatch(problem);
  });
});
