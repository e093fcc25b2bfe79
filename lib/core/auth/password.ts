import "server-only";
import bcrypt from "bcryptjs";

const COST = 12;
export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// A real hash of a random string, compared against when the account does not exist, so a wrong
// e-mail takes as long as a wrong password and timing does not reveal which accounts exist.
const DUMMY_HASH = "$2b$12$jbPnUZijnyRSno4AirXIx.iH27P5NbZoPxNDpcHcYInDP7iZYrN3e";

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(password, hash ?? DUMMY_HASH).then((match) => match && hash !== null);
}
