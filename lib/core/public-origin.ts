import "server-only";
import { headers } from "next/headers";
import { AppError } from "./errors";

/** The address the operator configured: APP_URL, else NEXTAUTH_URL (set behind a proxy); "" when neither is. */
export const configuredOrigin = (): string => process.env.APP_URL || process.env.NEXTAUTH_URL || "";

/**
 * The address links in invitations and resets must open: APP_URL, else NEXTAUTH_URL (set behind a
 * proxy), else the origin the caller is using. The link box warns when it differs from the address
 * the clinician has open, so nobody hands out a link that opens nothing.
 */
export async function publicOrigin(): Promise<string> {
  const origin = configuredOrigin() || (await headers()).get("origin");
  if (!origin) throw new AppError("INTERNAL");
  return origin;
}
