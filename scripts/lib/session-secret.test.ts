import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEAK_SECRET_MESSAGE } from "../../lib/core/secret-rule";
import { SECRET_FILE_NAME, sessionSecret } from "./session-secret";
import { StartupError } from "./startup-errors";

let folder: string;
let file: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "rehabit-secret-"));
  file = path.join(folder, SECRET_FILE_NAME);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("sessionSecret with the embedded database", () => {
  it("generates a 64-character random secret on first start, readable only by its owner", () => {
    const secret = sessionSecret(undefined, folder);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(readFileSync(file, "utf8")).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("reuses the stored secret on later starts, so sessions survive a restart", () => {
    const first = sessionSecret(undefined, folder);
    expect(sessionSecret(undefined, folder)).toBe(first);
    expect(sessionSecret("", folder)).toBe(first);
  });

  it("differs between installations", () => {
    const other = mkdtempSync(path.join(os.tmpdir(), "rehabit-secret-"));
    try {
      expect(sessionSecret(undefined, other)).not.toBe(sessionSecret(undefined, folder));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("refuses a stored secret others can read, and a truncated one", () => {
    sessionSecret(undefined, folder);
    chmodSync(file, 0o644);
    expect(() => sessionSecret(undefined, folder)).toThrow(/readable only by you/);
    writeFileSync(file, "short");
    chmodSync(file, 0o600);
    expect(() => sessionSecret(undefined, folder)).toThrow(/shorter than 32 characters: delete it/);
  });
});

describe("sessionSecret with NEXTAUTH_SECRET", () => {
  const given = "x".repeat(32);

  it("uses NEXTAUTH_SECRET over the stored one and writes no file", () => {
    expect(sessionSecret(given, folder)).toBe(given);
    expect(() => statSync(file)).toThrow();
  });

  it("refuses a secret of 31 characters with the server's sentence", () => {
    expect(() => sessionSecret(given.slice(1), folder)).toThrow(new StartupError(WEAK_SECRET_MESSAGE));
    expect(() => sessionSecret(given.slice(1), null)).toThrow(WEAK_SECRET_MESSAGE);
  });

  it("is required against DATABASE_URL, in one sentence", () => {
    expect(() => sessionSecret(undefined, null)).toThrow(/^Set NEXTAUTH_SECRET to a random value of at least 32 characters .* when DATABASE_URL points at your own server\.$/);
    expect(sessionSecret(given, null)).toBe(given);
  });
});
