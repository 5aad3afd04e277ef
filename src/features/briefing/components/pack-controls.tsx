import { useTranslation } from 'react-i18next';
import type { PackGroupRow } from '@/sql/briefing-pack';

/** A block's name: the province's own blocks by name, a level by the common level names, else its code. */
export function useBlockName(): (group: PackGroupRow) => string {
  const { t, i18n } = useTranslation('briefingPack');
  return (group) => {
    const own = `blockName.${group.block}`;
    if (i18n.exists(own, { ns: 'briefingPack' })) return t(own);
    const level = `level.${group.unit_level}`;
    if (group.block === group.unit_level && i18n.exists(level, { ns: 'common' }))
      return t(level, { ns: 'common' });
    return group.block;
  };
}

/** The block and year of the pack, both written to the URL. */
export function PackControls({
  groups,
  group,
  year,
  onChange,
}: {
  groups: readonly PackGroupRow[];
  group: PackGroupRow;
  year: number;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { t } = useTranslation('briefingPack');
  const blockName = useBlockName();
  return (
    <form className="panel briefing-controls no-print" onSubmit={(event) => event.preventDefault()}>
      <label className="briefing-field">
        <span>{t('block')}</span>
        <select
          name="block"
          value={group.block}
          onChange={(event) => onChange({ block: event.target.value, year: undefined })}
        >
          {groups.map((option) => (
            <option key={option.block} value={option.block}>
              {blockName(option)}
            </option>
          ))}
        </select>
      </label>
      <label className="briefing-field">
        <span>{t('year')}</span>
        <select name="year" value={year} onChange={(event) => onChange({ year: event.target.value })}>
          {group.years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
