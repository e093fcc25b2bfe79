import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddressOf, trustedProxiesOf } from "./client-address";
import { authorizeSignIn } from "./credentials";
import { IDLE_TIMEOUT_SECONDS, isPastAbsoluteLimit } from "./session-policy";

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * JWT sessions carrying user id, role, clinic id (and patient id for portal accounts). The token
 * expires after IDLE_TIMEOUT_SECONDS; the proxy re-issues it on each request, so only inactivity
 * ends it. signedInAt caps every session at ABSOLUTE_TIMEOUT_SECONDS whatever the activity.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) =>
        authorizeSignIn(credentials, { clientAddress: clientAddressOf(req.headers, trustedProxiesOf(process.env)) }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.role = user.role;
        token.clinicId = user.clinicId;
        token.patientId = user.patientId;
        token.signedInAt = nowSeconds();
        token.sessionGeneration = user.sessionGeneration;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        role: token.role,
        clinicId: token.clinicId,
        patientId: token.patientId,
        sessionGeneration: token.sessionGeneration,
      };
      // An expired absolute limit yields a session without a user, which every gate treats as signed out.
      if (isPastAbsoluteLimit(token.signedInAt, nowSeconds())) session.user.id = "";
      return session;
    },
  },
};
