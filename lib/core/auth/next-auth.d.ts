import type { Role } from "./permissions";

declare module "next-auth" {
  interface User {
    id: string;
    name: string;
    role: Role;
    clinicId: string;
    patientId: string | null;
  }
  interface Session {
    user: { id: string; name: string; role: Role; clinicId: string; patientId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    clinicId: string;
    patientId: string | null;
    signedInAt: number;
  }
}
