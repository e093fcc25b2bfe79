"use client";

import { useEffect, useState } from "react";
import { inputClasses } from "@/components/ui/field";
import { PAGE_SIZES, type RegistryParams } from "@/lib/patients/registry-url";

const SEARCH_DELAY_MS = 300;

/** Search, status filter and page size for the registry. Searching starts as the user pauses typing. */
export function PatientToolbar({
  params,
  onChange,
}: {
  params: RegistryParams;
  onChange: (change: Partial<RegistryParams>, options?: { replace?: boolean }) => void;
}) {
  const [query, setQuery] = useState(params.q);
  const [lastUrlQuery, setLastUrlQuery] = useState(params.q);
  // The URL changed under us (back button, a link): show its search text.
  if (params.q !== lastUrlQuery) {
    setLastUrlQuery(params.q);
    setQuery(params.q);
  }

  useEffect(() => {
    if (query.trim() === params.q) return;
    const timer = setTimeout(() => onChange({ q: query.trim() }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, params.q, onChange]);

  return (
    <form
      role="search"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: query.trim() });
      }}
    >
      <div className="min-w-56 flex-1">
        <label htmlFor="patient-search" className="mb-1 block text-sm font-medium text-slate-800">
          Search patients
        </label>
        <input
          id="patient-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Name or record number"
          autoComplete="off"
          maxLength={100}
          className={inputClasses}
        />
      </div>
      <div>
        <label htmlFor="patient-status" className="mb-1 block text-sm font-medium text-slate-800">
          Status
        </label>
        <select
          id="patient-status"
          value={params.status}
          onChange={(event) => onChange({ status: event.target.value as RegistryParams["status"] })}
          className={inputClasses}
        >
          <option value="active">Active</option>
          <option value="archived">Archived</option>
        </select>
      </div>
      <div>
        <label htmlFor="patient-page-size" className="mb-1 block text-sm font-medium text-slate-800">
          Rows per page
        </label>
        <select
          id="patient-page-size"
          value={params.pageSize}
          onChange={(event) => onChange({ pageSize: Number(event.target.value) as RegistryParams["pageSize"] })}
          className={inputClasses}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
