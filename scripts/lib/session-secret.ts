/**
 * NEXTAUTH_SECRET for a server the scripts start. No secret lives in the repository: NEXTAUTH_SECRET
 * wins when set; with the embedded database a random secret is generated on first start, kept beside
 * the data (mode 0600) and reused, so sessions survive restarts; against DATABASE_URL the operator
 * must give one.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isStrongEnoughSecret, WEAK_SECRET_MESSAGE } from "../../lib/core/secret-rule";
import { StartupError } from "./startup-errors";

export const SECRET_FILE_NAME = "nextauth-secret";

/** 48 random bytes, 64 characters: well past the 32 the server requires. */
export const randomSecret = () => randomBytes(48).toString("base64url");

/**
 * The secret to run with. folder is where the embedded database keeps its data (it must exist), or
 * null when DATABASE_URL names the operator's own server. Throws StartupError with the sentence to show.
 */
export function sessionSecret(envSecret: string | undefined, folder: string | null): string {
  if (envSecret !== undefined && envSecret !== "") {
    if (!isStrongEnoughSecret(envSecret)) throw new StartupError(WEAK_SECRET_MESSAGE);
    return envSecret;
  }
  if (folder === null) {
    throw new StartupError(
      "Set NEXTAUTH_SECRET to a random value of at least 32 characters (openssl rand -base64 48) when DATABASE_URL points at your own server.",
    );
  }
  return storedSecret(folder);
}

function storedSecret(folder: string): string {
  const file = path.join(folder, SECRET_FILE_NAME);
  // "wx": the first start creates it; later starts (or a concurrent one) find it and read theirs.
  try {
    writeFileSync(file, randomSecret(), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new StartupError(
        `Could not store a new session secret in ${file} (${(error as Error).message}): make that folder writable with free space, or set NEXTAUTH_SECRET.`,
        { cause: error },
      );
    }
  }
  // The folder may sit in the shared temp folder (as root): a file someone else planted or can read is no secret.
  const uid = process.getuid?.();
  const info = statSync(file);
  if ((uid !== undefined && (info.uid !== uid || statSync(folder).uid !== uid)) || (info.mode & 0o077) !== 0) {
    throw new StartupError(
      `${file} must belong to you and be readable only by you: delete it (a new secret is generated, signing everyone out) or run chmod 600 on it.`,
    );
  }
  const secret = readFileSync(file, "utf8").trim();
  if (!isStrongEnoughSecret(secret)) {
    throw new StartupError(`${file} holds a secret shorter than 32 characters: delete it to generate a new one, or set NEXTAUTH_SECRET.`);
  }
  return secret;
}
