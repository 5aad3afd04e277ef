import { useTranslation } from 'react-i18next';
import type { PackGroupRow } from '@/sql/briefing-pack';

/** A block's name: the province's own blocks by name, a level by the common level names, else its code. */
export function useBlockName(): (group: PackGroupRow) => string {
  const { t } = useTranslation();
  return (group) =>
    group.block === group.unit_level
      ? t(`level.${group.unit_level}`, { defaultValue: group.block })
      : t(`block.${group.block}`, { defaultValue: group.block });
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
