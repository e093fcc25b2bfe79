import type { Role } from "./permissions";

declare module "next-auth" {
  interface User {
    id: string;
    name: string;
    role: Role;
    clinicId: string;
    patientId: string | null;
    sessionGeneration: number;
  }
  interface Session {
    user: { id: string; name: string; role: Role; clinicId: string; patientId: string | null; sessionGeneration: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    clinicId: string;
    patientId: string | null;
    signedInAt: number;
    /** The user's session generation when this session began (see User.sessionGeneration). */
    sessionGeneration: number;
  }
}
