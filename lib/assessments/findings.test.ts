import { describe, expect, it } from "vitest";
import { findingsFor, type FindingContext } from "./findings";
import { mmtGradeIndex } from "./mmt-grades";
import { row } from "@/scripts/testing/measurement-row-builder";

const context: FindingContext = { sex: "FEMALE", bodyMassKg: null };
const texts = (rows: Parameters<typeof findingsFor>[0], ctx = context) => findingsFor(rows, ctx).map((f) => `${f.severity}: ${f.text}`);
const grade = (label: string) => mmtGradeIndex(label)!;

describe("hamstring flexibility", () => {
  it("flags AKE only beyond 20° short of extension, on each side", () => {
    expect(texts([row("ake-knee-flex-angle", "RIGHT", 20)])).toEqual([]);
    expect(texts([row("ake-knee-flex-angle", "RIGHT", 21), row("ake-knee-flex-angle", "LEFT", 34)])).toEqual([
      "impaired: Right hamstring flexibility: AKE 21°, more than 20° short of full extension",
      "impaired: Left hamstring flexibility: AKE 34°, more than 20° short of full extension",
    ]);
  });

  it("flags PKE above 40° and SLR below 80°", () => {
    expect(texts([row("pke-knee-flex-angle", "LEFT", 40), row("slr-passive-hip-flex", "LEFT", 80)])).toEqual([]);
    expect(findingsFor([row("pke-knee-flex-angle", "LEFT", 41), row("slr-passive-hip-flex", "RIGHT", 79)], context)).toEqual([
      expect.objectContaining({ code: "pke-knee-flex-angle", side: "LEFT", severity: "impaired", sources: ["S4"] }),
      expect.objectContaining({ code: "slr-passive-hip-flex", side: "RIGHT", severity: "impaired", sources: ["S57"] }),
    ]);
  });

  it("reads sit-and-reach against the norm for the patient's sex, and not at all without one", () => {
    expect(texts([row("sit-reach", "NONE", -8)], { ...context, sex: "MALE" })).toEqual([]);
    expect(texts([row("sit-reach", "NONE", -9)], { ...context, sex: "MALE" })).toHaveLength(1);
    expect(texts([row("sit-reach", "NONE", -8)], { ...context, sex: "FEMALE" })).toEqual(["monitor: Hamstring and low-back flexibility: sit-and-reach -8 cm, at or below −8 cm, poor for women"]);
    expect(texts([row("sit-reach", "NONE", -20)], { ...context, sex: "UNKNOWN" })).toEqual([]);
  });
});

describe("modified Thomas test", () => {
  const controlled = (side: "LEFT" | "RIGHT") => row("mtt-pelvis-controlled", side, 1);

  it("reads hip above horizontal and knee below 67° only when the pelvis was controlled", () => {
    expect(texts([controlled("LEFT"), row("mtt-hip-angle", "LEFT", 5), row("mtt-knee-angle", "LEFT", 60)])).toEqual([
      "impaired: Left one-joint hip flexor tightness: Thomas test hip angle 5°, thigh above horizontal (short one-joint hip flexors)",
      "impaired: Left two-joint hip flexor tightness: Thomas test knee angle 60°, knee flexion below 67° (short two-joint hip flexors)",
    ]);
    expect(texts([controlled("LEFT"), row("mtt-hip-angle", "LEFT", 0), row("mtt-knee-angle", "LEFT", 67)])).toEqual([]);
  });

  it("does not interpret an uncontrolled test, and says so", () => {
    const uncontrolled = [row("mtt-pelvis-controlled", "RIGHT", 0), row("mtt-hip-angle", "RIGHT", 15)];
    expect(texts(uncontrolled)).toEqual(["info: Right modified Thomas test not interpreted: the pelvis was not recorded as controlled"]);
    expect(texts([row("mtt-hip-angle", "RIGHT", 15)])).toHaveLength(1);
  });
});

describe("manual muscle testing", () => {
  it("marks grade 4 or below impaired and 4+ or 5− as below full strength", () => {
    expect(texts([row("mmt-hip-abd", "LEFT", grade("3+")), row("mmt-hip-abd", "RIGHT", grade("3+"))])).toEqual([
      "impaired: Left hip abductor (gluteus medius) weakness: MMT 3+/5, grade 4 or below",
      "impaired: Right hip abductor (gluteus medius) weakness: MMT 3+/5, grade 4 or below",
    ]);
    expect(texts([row("mmt-hip-ext", "LEFT", grade("4"))])).toEqual(["impaired: Left hip extensor (gluteus maximus) weakness: MMT 4/5, grade 4 or below"]);
    expect(texts([row("mmt-hip-ext", "LEFT", grade("4+"))])).toEqual(["monitor: Left hip extensor (gluteus maximus) weakness: MMT 4+/5, below full strength"]);
    expect(texts([row("mmt-hip-ext", "LEFT", grade("5"))])).toEqual([]);
  });

  it("flags a side weaker than the other even when both are strong", () => {
    const found = texts([row("mmt-knee-flex", "LEFT", grade("5−")), row("mmt-knee-flex", "RIGHT", grade("5"))]);
    expect(found).toContain("monitor: Left knee flexor (hamstring) weakness: MMT 5−/5, weaker than the right side (5/5)");
    expect(found.some((text) => text.includes("Right"))).toBe(false);
  });

  it("reports pain on resisted testing", () => {
    expect(texts([row("mmt-knee-flex", "RIGHT", grade("5"), { flag: true })])).toEqual([
      "monitor: Right knee flexion (MMT): pain on resisted testing",
    ]);
  });
});

describe("dynamometry symmetry", () => {
  it("flags a limb symmetry index below 90 % and not at 90 %", () => {
    expect(texts([row("hhd-hip-abd", "LEFT", 180), row("hhd-hip-abd", "RIGHT", 200)])).toEqual([]);
    expect(texts([row("hhd-hip-abd", "LEFT", 156), row("hhd-hip-abd", "RIGHT", 200)])).toEqual([
      "impaired: Hip abduction (HHD) limb symmetry 78 % (left 156 N, right 200 N): below 90 %",
    ]);
  });

  it("adds force per kilogram when body mass is known, and needs both sides", () => {
    const [finding] = findingsFor([row("hhd-hip-ext", "LEFT", 300), row("hhd-hip-ext", "RIGHT", 200)], { ...context, bodyMassKg: 80 });
    expect(finding?.text).toContain("right 200 N (2.5 N/kg)");
    expect(finding?.side).toBe("RIGHT");
    expect(texts([row("hhd-hip-ext", "LEFT", 100)])).toEqual([]);
  });
});

describe("leg length", () => {
  const lengths = (left: number, right: number, method = "block") => [
    row("leg-length-true", "LEFT", left, { method }),
    row("leg-length-true", "RIGHT", right, { method }),
  ];

  it("uses three tiers: under 10 mm, 10–19 mm and 20 mm or more", () => {
    expect(texts(lengths(90, 90.9))).toEqual(["info: Leg-length difference 9 mm, left shorter: normal variation"]);
    expect(texts(lengths(90, 91))).toEqual(["monitor: Leg-length difference 10 mm, left shorter: monitor"]);
    expect(texts(lengths(90, 91.9))).toEqual(["monitor: Leg-length difference 19 mm, left shorter: monitor"]);
    expect(texts(lengths(92.2, 90))).toEqual(["impaired: Leg-length difference 22 mm, right shorter: clinically relevant"]);
  });

  it("asks for a block test when a tape-only difference reaches 10 mm", () => {
    expect(texts(lengths(90, 90.9, "tape"))).toHaveLength(1);
    expect(texts(lengths(90, 91, "tape"))).toContain("info: Leg-length difference measured by tape only: confirm with a block test or imaging");
  });

  it("suspects a functional cause when only the apparent lengths differ", () => {
    const rows = [...lengths(90, 90.2), row("leg-length-apparent", "LEFT", 95), row("leg-length-apparent", "RIGHT", 96.5)];
    expect(texts(rows)).toContain("monitor: Apparent leg-length difference 15 mm with near-equal true lengths: suspect a functional cause");
  });
});

describe("other measures", () => {
  it("flags pain of 7 or more in any context, naming the context", () => {
    expect(texts([row("nprs", "NONE", 6, { context: "rest" })])).toEqual([]);
    expect(texts([row("nprs", "NONE", 7, { context: "worst_24h" })])).toEqual(["impaired: Severe pain (worst in 24 hours): NPRS 7/10, 7 or more"]);
  });

  it("never turns a single pelvic-tilt reading into a finding, however large", () => {
    expect(texts([row("pelvic-tilt-sagittal", "LEFT", 35), row("pelvic-tilt-sagittal", "RIGHT", -20)])).toEqual([]);
  });

  it("marks a single-leg bridge under 20 reps for monitoring only", () => {
    expect(texts([row("slhb-reps", "LEFT", 19), row("slhb-reps", "RIGHT", 20)])).toEqual([
      "monitor: Left hamstring endurance: single-leg hamstring bridge 19 reps, fewer than 20, poor on a provisional norm",
    ]);
  });

  it("finds nothing in an empty assessment and lists the most severe first", () => {
    expect(findingsFor([], context)).toEqual([]);
    const mixed = findingsFor([row("slhb-reps", "LEFT", 10), row("ake-knee-flex-angle", "LEFT", 40)], context);
    expect(mixed.map((f) => f.severity)).toEqual(["impaired", "monitor"]);
  });
});
