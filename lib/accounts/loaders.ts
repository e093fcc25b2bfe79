import "server-only";
import { cache } from "react";
import { unsafeGetPasswordLinkPage } from "./data";

/** The public set-password page needs no session: the token in its URL is the credential. */
export const loadPasswordLinkPage = cache((token: string) => unsafeGetPasswordLinkPage(token));
