import { describe, expect, it } from "vitest";
import { CRAMP_CONTEXT_LABELS, MUSCLE_SITE_LABELS, RELIEF_METHOD_LABELS } from "@/lib/cramps/labels";
import * as db from "@/lib/generated/prisma/enums";
import { EXERCISE_KINDS, PHASES, TARGETS } from "./library-types";

/**
 * Some domain lists are written by hand in lib/ (so browser code need not import the Prisma client)
 * beside the database enums they must equal. A value added to one and not the other would be stored
 * and then fail to show, or be offered and then refused by the database.
 */
const sorted = (values: Iterable<string>) => [...values].sort();

describe("hand-written domain lists match the database enums value for value", () => {
  it.each([
    ["phases", PHASES, db.Phase],
    ["exercise targets", TARGETS, db.ExerciseTarget],
    ["exercise kinds", EXERCISE_KINDS, db.ExerciseKind],
    ["cramp contexts", Object.keys(CRAMP_CONTEXT_LABELS), db.CrampContext],
    ["muscle sites", Object.keys(MUSCLE_SITE_LABELS), db.MuscleSite],
    ["relief methods", Object.keys(RELIEF_METHOD_LABELS), db.ReliefMethod],
  ])("%s", (_name, local, generated) => {
    expect(sorted(local)).toEqual(sorted(Object.values(generated)));
  });
});
