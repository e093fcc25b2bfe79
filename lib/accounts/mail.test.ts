import { describe, expect, it } from "vitest";
import { passwordLinkMail } from "./mail";

describe("passwordLinkMail", () => {
  it("carries the link in plain text and HTML, says who sent it, and nothing else", () => {
    const mail = passwordLinkMail("jo@example.com", "https://rehabit.example/set-password/abc", "RESET", "Northside <Physio>");
    expect(mail.to).toBe("jo@example.com");
    expect(mail.subject).toBe("Set a new Rehabit password");
    expect(mail.text).toContain("https://rehabit.example/set-password/abc");
    expect(mail.text).toContain("Northside <Physio> has sent you a link to set a new Rehabit password");
    expect(mail.html).toContain('<a href="https://rehabit.example/set-password/abc">');
    expect(mail.html).toContain("Northside &#60;Physio&#62;");
    expect(mail.text).toMatch(/works once, for 72 hours/);
  });
});
