/**
 * The shortest password the policy (password-policy.ts) accepts. A module of its own so a form can name
 * it in a hint without loading the policy's zod schema and its list of common passwords.
 */
export const MIN_PASSWORD_LENGTH = 8;
