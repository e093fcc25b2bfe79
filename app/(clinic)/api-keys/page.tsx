import type { Metadata } from "next";
import { ApiKeyManager } from "@/components/api-keys/api-key-manager";
import { loadApiKeysPage } from "@/lib/api-keys/loaders";

export const metadata: Metadata = { title: "API keys" };

/** Admins only: keys for other systems to read the clinic's records through the FHIR API (/fhir/R4). */
export default async function ApiKeysPage() {
  const { keys } = await loadApiKeysPage();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="text-sm text-slate-700">
          Keys let another system (an EHR, a registry) read this clinic&apos;s patient records as FHIR R4 at <code>/fhir/R4</code>. Read-only;
          every read is in the Activity log under the key&apos;s name. Revoking a key stops it at once.
        </p>
      </div>
      <ApiKeyManager keys={keys} />
    </div>
  );
}
