import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INDEX_CODES, type IndexCode, indexDef, isIndexCode } from '@/domain/catalogue';
import { isLang } from '@/i18n/setup';

/** A labelled choice of one index of the catalogue, by its short name in the reader's language. */
export function IndexSelect({
  label,
  value,
  onChange,
  name,
  className,
}: {
  label: ReactNode;
  value: IndexCode;
  onChange: (index: IndexCode) => void;
  name?: string;
  className?: string;
}) {
  const { i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'vi';
  return (
    <label className={className}>
      {label}
      <select
        name={name}
        value={value}
        onChange={(event) => isIndexCode(event.target.value) && onChange(event.target.value)}
      >
        {INDEX_CODES.map((code) => (
          <option key={code} value={code}>
            {indexDef(code).short[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
