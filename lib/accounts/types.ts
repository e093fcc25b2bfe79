/** What the public set-password page may show: only for a usable link. */
export type PasswordLinkPageDTO =
  | { usable: true; purpose: "INVITE" | "RESET"; name: string; email: string; clinicName: string }
  | { usable: false };

/** A new one-time link: shown once to whoever issued it, never stored. */
export type CreatedPasswordLinkDTO = { link: string; email: string; expiresAt: string };

export type OwnAccountDTO = { name: string; email: string; lastSignInAt: string | null };
