/**
 * Demo dataset: two clinics, an admin and two clinicians each, about 40 fake patients per clinic,
 * a few of them with portal accounts, 2–5 assessments per patient (seed-assessments.ts), episodes with
 * program versions (seed-episodes.ts) and weeks of diary entries for those in active care (seed-diary.ts).
 * Deterministic (fixed faker seed); never real people.
 * Every demo account's password is DEMO_PASSWORD; the README lists the logins.
 */
import { Faker, en } from "@faker-js/faker";
import { createCarePatient } from "./care-factories";
import { insertDemoClinicExercises } from "./seed-clinic-exercises";
import { insertCaseloadScenarios } from "./seed-caseload";
import { insertDemoDiary } from "./seed-diary";
import { insertDemoEpisodes } from "./seed-episodes";
import { buildPatientFields, createPrismaClient, createUser, hashForTests } from "./factories";
import { insertDemoAssessments, type SeedPatient } from "./seed-assessments";
import { insertAcutePortalPatient } from "./seed-portal";
import { insertDemoAppointments } from "./seed-appointments";
import { insertDemoVisitNotes } from "./seed-visit-notes";

export const DEMO_CLINICS = [
  {
    name: "Northside Physio",
    domain: "northside.example",
    staff: [
      { name: "Alex Morgan", local: "admin", role: "ADMIN" },
      { name: "Ana Lopez", local: "ana.lopez", role: "CLINICIAN" },
      { name: "Ben Okafor", local: "ben.okafor", role: "CLINICIAN" },
    ],
    portalPatient: { firstName: "Jordan", lastName: "Lee", email: "jordan.lee@patient.example" },
  },
  {
    name: "Harbour Sports Clinic",
    domain: "harbour.example",
    staff: [
      { name: "Robin Hale", local: "admin", role: "ADMIN" },
      { name: "Chloe Martin", local: "chloe.martin", role: "CLINICIAN" },
      { name: "Dev Patel", local: "dev.patel", role: "CLINICIAN" },
    ],
    portalPatient: { firstName: "Sam", lastName: "Taylor", email: "sam.taylor@patient.example" },
  },
] as const;

const PATIENTS_PER_CLINIC = 40;
const EXTRA_PORTAL_ACCOUNTS = 2;

async function main() {
  const db = createPrismaClient();
  const faker = new Faker({ locale: [en] });
  faker.seed(2026);
  const passwordHash = await hashForTests();
  const patients: SeedPatient[] = [];
  const cliniciansByClinic = new Map<string, string[]>();

  for (const [clinicIndex, demo] of DEMO_CLINICS.entries()) {
    const clinic = await db.clinic.create({ data: { name: demo.name }, select: { id: true } });
    const clinicianIds: string[] = [];
    cliniciansByClinic.set(clinic.id, clinicianIds);
    for (const member of demo.staff) {
      const user = await createUser(db, {
        clinicId: clinic.id,
        email: `${member.local}@${demo.domain}`,
        name: member.name,
        role: member.role,
        passwordHash,
      });
      if (member.role === "CLINICIAN") clinicianIds.push(user.id);
    }

    for (let i = 0; i < PATIENTS_PER_CLINIC; i++) {
      const recordNumber = `${clinicIndex === 0 ? "N" : "H"}-${String(1001 + i)}`;
      const named = i === 0 ? demo.portalPatient : null;
      const fields = buildPatientFields(faker, {
        recordNumber,
        ...(named && { firstName: named.firstName, lastName: named.lastName, email: named.email }),
      });
      const hasPortal = i <= EXTRA_PORTAL_ACCOUNTS;
      const email = named?.email ?? `${fields.firstName}.${fields.lastName}.${recordNumber}@patient.example`.toLowerCase();
      const { patientId } = await createCarePatient(db, {
        clinicId: clinic.id,
        patient: { ...fields, email: hasPortal ? email : fields.email },
        ...(hasPortal && { portalAccount: { email, passwordHash } }),
        archived: i >= PATIENTS_PER_CLINIC - 3,
      });
      patients.push({ id: patientId, clinicId: clinic.id, recordNumber, sex: fields.sex });
    }
  }
  // After every patient, so the assessments draw on faker without changing any patient's details.
  const counts = await insertDemoAssessments(db, faker, patients, cliniciansByClinic);
  const care = await insertDemoEpisodes(db, faker, counts.involvedSides);
  // Only the demo patients: patients other seed files add keep the diary their scenario needs.
  const diary = await insertDemoDiary(
    db,
    patients.map((patient) => patient.id),
  );
  const clinicExercises = await insertDemoClinicExercises(db);
  // After the generated data, so it changes none of it: a portal patient in the acute phase.
  await insertAcutePortalPatient(db, passwordHash);
  await insertCaseloadScenarios(db);
  const visits = await insertDemoAppointments(db, patients, cliniciansByClinic);
  // Past visits with their notes, after every episode and assessment they link.
  const visitNotes = await insertDemoVisitNotes(db, [...cliniciansByClinic.keys()]);
  await db.$disconnect();
  console.log(
    `Seeded ${DEMO_CLINICS.length} demo clinics with ${PATIENTS_PER_CLINIC} patients each, ` +
      `${counts.assessments} assessments, ${counts.measurements} measurements, ${care.episodes} episodes, ${care.programs} program versions, ` +
      `${diary.logs} exercise logs, ${diary.morningPains} next-morning pain answers, ${diary.cramps} cramps, ${diary.lefs} LEFS questionnaires, ` +
      `${clinicExercises} clinic exercises, ${visits} upcoming visits, ${visitNotes.visits} past visits and ${visitNotes.notes} visit notes.`,
  );
}

await main();
