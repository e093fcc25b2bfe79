import { describe, expect, it } from "vitest";
import { openEpisodeFieldsSchema } from "./schema";

const valid = { diagnosis: "Hamstring strain", icd10Code: "S76.3", side: "RIGHT", onsetDate: "2024-02-29", mechanism: "SPRINTING", clinicianId: "0192d9a8-0000-7000-8000-000000000001" };
const onsetMessages = (onsetDate: string) => {
  const result = openEpisodeFieldsSchema.safeParse({ ...valid, onsetDate });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("openEpisodeFieldsSchema", () => {
  it("accepts a real onset date", () => {
    expect(onsetMessages("2024-02-29")).toEqual([]);
  });

  it("refuses an onset date that does not exist instead of rolling it over", () => {
    expect(onsetMessages("2024-02-31")).toEqual(["Enter a real calendar date."]);
    expect(onsetMessages("2024-13-01")).toEqual(["Enter a real calendar date."]);
  });
});
