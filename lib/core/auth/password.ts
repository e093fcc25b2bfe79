import { hash as argon2Hash, verify as argon2Verify, type Options } from "@node-rs/argon2";
import { verify as bcryptVerify } from "@node-rs/bcrypt";
import { newPasswordSchema } from "./password-policy";

export { newPasswordSchema } from "./password-policy";

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane) [design]: about 10 ms of
 * one core per check here, against about 250 ms for bcrypt cost 12. Both libraries are native and run
 * on libuv's thread pool, so a burst of sign-ins no longer stalls the event loop (bcryptjs did).
 */
// Algorithm.Argon2id is 2; the package declares the enum as an ambient const enum, which isolatedModules cannot read.
const ARGON2ID = 2 as Options["algorithm"];
const ARGON2: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

/** Hashes a new password after checking it against the policy; throws on a password that fails it. */
export async function hashPassword(password: string): Promise<string> {
  return argon2Hash(newPasswordSchema.parse(password), ARGON2);
}

/** Re-hashes a password that just matched an outdated hash: no policy check, the user chose it earlier. */
export async function rehashPassword(password: string): Promise<string> {
  return argon2Hash(password, ARGON2);
}

// A real hash of a random string, compared against when the account does not exist, so a wrong
// e-mail takes as long as a wrong password and timing does not reveal which accounts exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$MlKGWNEx+PNUk/RsMOsKuQ$RMMmiMstPw0bF3XycSZpyiq/ZOftFcSBzuwcbbzE8yw";

const isBcrypt = (hash: string) => /^\$2[abxy]\$/.test(hash);

/**
 * Checks a password against an Argon2id hash or a bcrypt one stored before the switch (bcryptjs, any
 * cost). An unreadable hash never matches.
 */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const stored = hash ?? DUMMY_HASH;
  try {
    const matches = isBcrypt(stored) ? await bcryptVerify(password, stored) : await argon2Verify(stored, password);
    return matches && hash !== null;
  } catch {
    return false;
  }
}

/** True for a hash made with another algorithm or setting: sign-in replaces it once the password is known. */
export function passwordNeedsRehash(hash: string): boolean {
  return !hash.startsWith(CURRENT_PREFIX);
}
