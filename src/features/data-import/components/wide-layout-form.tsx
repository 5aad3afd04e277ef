import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndexSelect } from '@/components/ui/index-select';
import type { IndexCode } from '@/domain/catalogue';

const LEVELS = [
  'province',
  'department',
  'district',
  'commune',
  'public_service_unit',
  'central_agency',
  'ministry',
];

/** A published wide table (one column per component) is converted only once the user names its index and year. */
export function WideLayoutForm({
  fileName,
  onConvert,
  onCancel,
}: {
  fileName: string;
  onConvert: (wide: { index: IndexCode; year: number; unitLevel: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('import');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const [index, setIndex] = useState<IndexCode>('PAR');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [unitLevel, setUnitLevel] = useState('province');
  const yearValid = /^\d{4}$/.test(year);
  return (
    <form
      className="panel wide-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (yearValid) onConvert({ index, year: Number(year), unitLevel });
      }}
    >
      <h2 id={`${id}-title`}>{t('wide.title', { file: fileName })}</h2>
      <p>{t('wide.explain')}</p>
      <IndexSelect label={t('wide.index')} value={index} onChange={setIndex} />
      <label>
        {t('wide.year')}
        <input
          type="text"
          inputMode="numeric"
          value={year}
          aria-invalid={!yearValid}
          onChange={(event) => setYear(event.target.value.trim())}
        />
      </label>
      <label>
        {t('wide.level')}
        <select value={unitLevel} onChange={(event) => setUnitLevel(event.target.value)}>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {tCommon(`level.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!yearValid}>
          {t('wide.convert')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('wide.cancel')}
        </button>
      </div>
    </form>
  );
}
