import type { Metadata } from "next";
import { doseText } from "@/components/programs/program-view";
import { TemplateForm } from "@/components/programs/template-form";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { loadTemplates } from "@/lib/programs/loaders";
import type { ProgramTemplate } from "@/lib/programs/templates";

export const metadata: Metadata = { title: "Program templates" };

function TemplateList({ templates, label, catalogue }: { templates: readonly ProgramTemplate[]; label: string; catalogue: ExerciseCatalogue }) {
  return (
    <ul aria-label={label} className="space-y-2">
      {templates.map((template) => (
        <li key={template.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <p className="font-medium">
            {template.name} <span className="font-normal text-slate-600">· {PHASE_LABELS[template.phase]}</span>
          </p>
          {template.description && <p className="text-slate-700">{template.description}</p>}
          <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-slate-700">
            {template.items.map((item, index) => {
              const exercise = catalogue.byCode(item.exerciseCode);
              return (
                <li key={`${item.exerciseCode}-${index}`}>
                  {exercise?.name ?? item.exerciseCode}: {doseText(item, exercise?.dosage.per)}
                  {(item.patientReason || exercise?.purpose) && <span className="text-slate-600"> · Why: {item.patientReason || exercise?.purpose}</span>}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ul>
  );
}

/** Admins: the built-in phase templates and the clinic's own, and a form to add one. */
export default async function TemplatesPage() {
  const { builtIn, clinic, catalogue } = await loadTemplates();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Program templates</h1>
      <section aria-labelledby="clinic-templates-heading" className="space-y-2">
        <h2 id="clinic-templates-heading" className="text-lg font-semibold">
          This clinic’s templates
        </h2>
        {clinic.length ? <TemplateList templates={clinic} label="This clinic’s templates" catalogue={catalogue} /> : <p className="text-sm text-slate-700">None yet.</p>}
      </section>
      <section aria-labelledby="new-template-heading" className="space-y-2">
        <h2 id="new-template-heading" className="text-lg font-semibold">
          New template
        </h2>
        <TemplateForm clinicExercises={catalogue.clinicExercises} />
      </section>
      <section aria-labelledby="builtin-heading" className="space-y-2">
        <h2 id="builtin-heading" className="text-lg font-semibold">
          Built-in templates
        </h2>
        <TemplateList templates={builtIn} label="Built-in templates" catalogue={catalogue} />
      </section>
    </div>
  );
}
