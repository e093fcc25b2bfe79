import { describe, expect, it } from "vitest";
import { actionOutcome, errorsByPath } from "./action-result";
import { ERROR_MESSAGES } from "./errors";

describe("actionOutcome", () => {
  it("passes a saved value through", () => {
    expect(actionOutcome({ data: { ok: true, value: { id: "p1" } } })).toEqual({ ok: true, value: { id: "p1" } });
  });

  it("keeps field errors from schema validation next to their fields", () => {
    const outcome = actionOutcome({ validationErrors: { formErrors: [], fieldErrors: { lastName: ["Enter a last name."] } } });
    expect(outcome).toEqual({ ok: false, message: "Check the highlighted fields.", fieldErrors: { lastName: ["Enter a last name."] } });
  });

  it("shows a refused mutation's field errors and a coded server error's message", () => {
    const refused = actionOutcome({ data: { ok: false, fieldErrors: { recordNumber: ["taken"] } } });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { recordNumber: ["taken"] } });
    expect(actionOutcome({ serverError: ERROR_MESSAGES.CONFLICT })).toMatchObject({ ok: false, message: ERROR_MESSAGES.CONFLICT });
  });

  it("words a refusal of the whole form as its own message, not as highlighted fields", () => {
    const refused = actionOutcome({ data: { ok: false, fieldErrors: { _form: ["This patient is archived."] } } });
    expect(refused).toMatchObject({ ok: false, message: "This patient is archived." });
  });

  it("treats an empty response (a dropped connection) as not saved", () => {
    expect(actionOutcome(undefined)).toMatchObject({ ok: false, message: ERROR_MESSAGES.INTERNAL });
  });
});

describe("errorsByPath", () => {
  it("keys nested messages by the field path a form registers", () => {
    const nested = {
      _errors: ["Check the form."],
      assessedOn: { _errors: ["Enter the assessment date."] },
      measures: { "ake-knee-flex-angle": { right: { _errors: ["Right AKE must be between 0 and 90°."] } } },
    };
    expect(errorsByPath(nested)).toEqual({
      formErrors: ["Check the form."],
      fieldErrors: {
        assessedOn: ["Enter the assessment date."],
        "measures.ake-knee-flex-angle.right": ["Right AKE must be between 0 and 90°."],
      },
    });
  });
});
