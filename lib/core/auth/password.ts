import bcrypt from "bcryptjs";
import { newPasswordSchema } from "./password-policy";

export { MIN_PASSWORD_LENGTH, newPasswordSchema } from "./password-policy";

/** bcrypt cost 12: about a quarter of a second per hash on these machines, deliberately slow. */
const COST = 12;

/** Hashes a new password after checking it against the policy; throws on a password that fails it. */
export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(newPasswordSchema.parse(password), COST);
}

// A real hash of a random string, compared against when the account does not exist, so a wrong
// e-mail takes as long as a wrong password and timing does not reveal which accounts exist.
const DUMMY_HASH = "$2b$12$jbPnUZijnyRSno4AirXIx.iH27P5NbZoPxNDpcHcYInDP7iZYrN3e";

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(password, hash ?? DUMMY_HASH).then((match) => match && hash !== null);
}
