import type { Metadata } from "next";
import { CrampTable } from "@/components/diary/cramp-table";
import { DiaryTableSection } from "@/components/diary/diary-table-section";
import { ExerciseLogTable } from "@/components/diary/exercise-log-table";
import { LefsTable } from "@/components/diary/lefs-table";
import { RequestLefsButton } from "@/components/lefs/request-lefs-button";
import { loadPatientDiary } from "@/lib/diary/loaders";
import { LEFS_MCID } from "@/lib/lefs/items";

export const metadata: Metadata = { title: "Diary" };

const REQUEST_NOTES = {
  archived: "Restore the patient to ask for a questionnaire.",
  "no-portal-account": "The patient needs a portal account before they can fill in a questionnaire.",
} as const;

export default async function DiaryTab({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const { diary, lefsRequest } = await loadPatientDiary(patientId);
  return (
    <section aria-labelledby="tab-heading" className="space-y-8">
      <h2 id="tab-heading" className="text-xl font-semibold">
        Diary
      </h2>
      <DiaryTableSection
        id="lefs"
        heading="LEFS questionnaires"
        noun="questionnaires"
        shown={diary.lefs.rows.length}
        total={diary.lefs.total}
        emptyTitle="No LEFS yet"
        emptyText="Ask the patient to fill in the Lower Extremity Functional Scale in their portal."
        actions={
          lefsRequest === "available" ? (
            <RequestLefsButton patientId={patientId} />
          ) : lefsRequest === "hidden" ? null : (
            <p className="text-sm text-slate-700">{REQUEST_NOTES[lefsRequest]}</p>
          )
        }
      >
        <LefsTable rows={diary.lefs.rows} />
        <p className="text-sm text-slate-700">
          A change of {LEFS_MCID} points or more is a meaningful change: the MCID, which for the LEFS equals the MDC (domain.md §1.5, Binkley 1999 [S40]).
        </p>
      </DiaryTableSection>
      <DiaryTableSection
        id="cramps"
        heading="Cramps"
        noun="cramps"
        shown={diary.cramps.rows.length}
        total={diary.cramps.total}
        emptyTitle="No cramps logged"
        emptyText="Cramps the patient logs in their portal's cramp diary appear here."
      >
        <CrampTable rows={diary.cramps.rows} />
      </DiaryTableSection>
      <DiaryTableSection
        id="logs"
        heading="Exercise logs"
        noun="logs"
        shown={diary.logs.rows.length}
        total={diary.logs.total}
        emptyTitle="No exercise logged"
        emptyText="Sessions the patient logs in their portal appear here with pain during and the next morning."
      >
        <ExerciseLogTable rows={diary.logs.rows} />
      </DiaryTableSection>
    </section>
  );
}
