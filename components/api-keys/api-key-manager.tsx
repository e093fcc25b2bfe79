"use client";

import { useState } from "react";
import type { ApiKeyDTO, NewApiKeyDTO } from "@/lib/api-keys/types";
import { ApiKeyTable } from "./api-key-table";
import { CreateApiKeyForm } from "./create-api-key-form";
import { NewApiKey } from "./new-api-key";

/** The page's working area: the create form, the key just created (held only here, so it is gone with the page) and the table. */
export function ApiKeyManager({ keys }: { keys: ApiKeyDTO[] }) {
  const [created, setCreated] = useState<NewApiKeyDTO | null>(null);
  return (
    <div className="space-y-6">
      <section aria-labelledby="create-api-key-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="create-api-key-heading" className="text-lg font-semibold">
          Create API key
        </h2>
        <CreateApiKeyForm onCreated={setCreated} />
      </section>
      {created && <NewApiKey apiKey={created} onDone={() => setCreated(null)} />}
      <section aria-labelledby="api-key-list-heading" className="space-y-3">
        <h2 id="api-key-list-heading" className="text-lg font-semibold">
          Keys
        </h2>
        <ApiKeyTable keys={keys} />
      </section>
    </div>
  );
}
