/**
 * Fake-data builders shared by the demo seed and the tests. Names come from faker: never real people.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import type { Faker } from "@faker-js/faker";
import { hashPassword } from "../lib/core/auth/password";
import { PrismaClient, type Role } from "../lib/generated/prisma/client";
import type { PatientFields } from "../lib/patients/schema";

export const DEMO_PASSWORD = "rehabit-demo";

export function createPrismaClient(databaseUrl = process.env.DATABASE_URL): PrismaClient {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

/** The app's own hashing; slow on purpose, so hash the shared demo password once and reuse it. */
export function hashForTests(password = DEMO_PASSWORD): Promise<string> {
  return hashPassword(password);
}

const SPORTS = ["Football", "Sprinting", "Rugby", "Running", "Tennis", "Dance", "Cycling", "Hockey", "Basketball", ""];

export function buildPatientFields(faker: Faker, overrides: Partial<PatientFields> = {}): PatientFields {
  const sex = faker.helpers.arrayElement(["FEMALE", "MALE"] as const);
  return {
    firstName: faker.person.firstName(sex === "FEMALE" ? "female" : "male"),
    lastName: faker.person.lastName(),
    dateOfBirth: faker.date.birthdate({ min: 16, max: 70, mode: "age" }).toISOString().slice(0, 10),
    sex,
    dominantLeg: faker.helpers.arrayElement(["LEFT", "RIGHT", "RIGHT", ""] as const),
    sport: faker.helpers.arrayElement(SPORTS),
    email: "",
    phone: faker.helpers.maybe(() => faker.phone.number({ style: "international" }), { probability: 0.7 }) ?? "",
    recordNumber: `R-${faker.string.numeric(6)}`,
    notes: "",
    ...overrides,
  };
}

export async function createUser(
  db: PrismaClient,
  data: { clinicId: string; email: string; name: string; role: Role; passwordHash: string },
) {
  return db.user.create({ data: { ...data, email: data.email.toLowerCase() }, select: { id: true } });
}
