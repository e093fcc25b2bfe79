/** The <option>s of a select, from value/label pairs. */
export function Options({ options }: { options: readonly { value: string; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

/** Named records (clinicians, episodes) as options. */
export const asOptions = (records: readonly { id: string; name: string }[]) => records.map((record) => ({ value: record.id, label: record.name }));
