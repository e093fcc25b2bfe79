import { z } from "zod";

/** Send again: which message. */
export const mailMessageSchema = z.strictObject({ messageId: z.uuid({ message: "That message does not exist." }) });
export type MailMessageInput = z.infer<typeof mailMessageSchema>;
