/** The one message for any password link that cannot be used, whatever the reason, so it reveals nothing. */
export const UNUSABLE_PASSWORD_LINK_MESSAGE = "This link has expired or has already been used. Ask your clinic for a new one.";
