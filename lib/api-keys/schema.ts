import { z } from "zod";

export const API_KEY_NAME_MAX = 100;

/** The create form: a name that says which system holds the key. */
export const createApiKeySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: "Enter a name that says which system will use the key." })
    .max(API_KEY_NAME_MAX, { message: `Name must be at most ${API_KEY_NAME_MAX} characters.` }),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
export type CreateApiKeyFields = z.input<typeof createApiKeySchema>;

/** Revoke: which key. */
export const apiKeySchema = z.strictObject({ apiKeyId: z.uuid({ message: "That API key does not exist." }) });
export type ApiKeyInput = z.infer<typeof apiKeySchema>;
