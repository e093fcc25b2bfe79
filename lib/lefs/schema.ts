import { z } from "zod";
import { LEFS_ITEM_COUNT, LEFS_MAX_ITEM_SCORE } from "./items";

/** The clinician asks one patient of their clinic for a LEFS. */
export const requestLefsSchema = z.strictObject({ patientId: z.uuid() });

/** One item's answer, saved as soon as the patient picks it. */
export const answerLefsSchema = z.strictObject({
  questionnaireId: z.uuid(),
  item: z
    .number()
    .int()
    .min(1, { message: `Choose an item from 1 to ${LEFS_ITEM_COUNT}.` })
    .max(LEFS_ITEM_COUNT, { message: `Choose an item from 1 to ${LEFS_ITEM_COUNT}.` }),
  score: z
    .number({ message: "Choose how much difficulty you have." })
    .int({ message: "Choose how much difficulty you have." })
    .min(0, { message: "Choose how much difficulty you have." })
    .max(LEFS_MAX_ITEM_SCORE, { message: "Choose how much difficulty you have." }),
});

export const questionnaireIdSchema = z.uuid();

export type RequestLefsInput = z.infer<typeof requestLefsSchema>;
export type AnswerLefsInput = z.infer<typeof answerLefsSchema>;
