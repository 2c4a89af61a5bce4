import { sha256 } from "./session-cache";

const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

describe("sha256", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is the hex SHA-256 of the text", async () => {
    expect(await sha256("abc")).toBe(ABC);
  });

  it("hashes each text once: a request's keys ask again and again", async () => {
    const digest = vi.spyOn(crypto.subtle, "digest");
    const text = `token-${Math.random()}`;
    const first = await sha256(text);
    expect(await sha256(text)).toBe(first);
    expect(await sha256(`${text}!`)).not.toBe(first);
    expect(digest).toHaveBeenCalledTimes(2);
  });

  it("stays right past its memory's bound", async () => {
    for (let i = 0; i < 100; i++) await sha256(`text ${i}`);
    expect(await sha256("abc")).toBe(ABC);
  });
});
