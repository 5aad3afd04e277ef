/** A year choice of the trends controls, written to the URL by `onChange`. */
export function YearSelect({
  name,
  label,
  value,
  years,
  onChange,
}: {
  name: string;
  label: string;
  value: number | undefined;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  return (
    <label className="trends-field">
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
