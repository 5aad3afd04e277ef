import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegistryProblemList } from '@/components/ui/registry-problem-list';
import type { UnplacedUnit } from '@/domain/awards/block-defaults';
import { mergeBlockRows } from '@/domain/registries/merge-block-map';
import type { BlockRow } from '@/domain/registries/registry-types';
import { numberedRows, type RegistryProblem, validateRegistry } from '@/domain/registries/validate-registry';
import { readRegistry, saveRegistry } from '@/queries/registries/registry-store';
import { useRegistryKnown } from '@/queries/registries/use-registry-known';

interface Choice {
  readonly block: string;
  /** Map the unit's whole level, not only the unit. */
  readonly byLevel: boolean;
}

/**
 * Puts the named units into blocks of the rule set: unit by unit, or their whole level at once. Saved
 * into the user's block map (the data screen shows and edits the same registry) and used at once.
 */
export function BlockMappingForm({
  units,
  blocks,
}: {
  readonly units: readonly UnplacedUnit[];
  readonly blocks: readonly string[];
}) {
  const { t } = useTranslation('awards');
  const known = useRegistryKnown();
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const [problems, setProblems] = useState<readonly RegistryProblem[]>([]);
  const choose = (unit: string, change: Partial<Choice>) =>
    setChoices((current) => ({
      ...current,
      [unit]: { block: '', byLevel: false, ...current[unit], ...change },
    }));
  const save = () => {
    if (known === null) return;
    const cells = units.flatMap((unit) => {
      const choice = choices[unit.unitCode];
      if (!choice || choice.block === '') return [];
      return [choice.byLevel ? ['level', unit.level, choice.block] : ['unit', unit.unitCode, choice.block]];
    });
    // Two units of one level both asking for their whole level make one row, not a duplicate.
    const unique = [...new Map(cells.map((row) => [row.slice(0, 2).join('\u0000'), row])).values()];
    const result = validateRegistry('blocks', numberedRows(unique), known);
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    performance.mark('awards:input');
    const current: readonly BlockRow[] = readRegistry('blocks')?.rows ?? [];
    saveRegistry('blocks', { source: null, rows: mergeBlockRows(current, result.rows) });
    setChoices({});
  };
  return (
    <div className="awards-block-mapping">
      <table className="data-table">
        <caption className="small">{t('mapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.unit')}</th>
            <th scope="col">{t('mapping.block')}</th>
            <th scope="col">{t('mapping.byLevel')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.unitCode} data-unit={unit.unitCode}>
              <th scope="row">
                {unit.unitName} <span className="award-code">{unit.unitCode}</span>
              </th>
              <td>
                <select
                  aria-label={t('mapping.blockFor', { unit: unit.unitName })}
                  value={choices[unit.unitCode]?.block ?? ''}
                  onChange={(event) => choose(unit.unitCode, { block: event.target.value })}
                >
                  <option value="">{t('mapping.none')}</option>
                  {blocks.map((block) => (
                    <option key={block} value={block}>
                      {t(`block.${block}`, { defaultValue: block })}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={choices[unit.unitCode]?.byLevel ?? false}
                    onChange={(event) => choose(unit.unitCode, { byLevel: event.target.checked })}
                  />
                  {t('mapping.wholeLevel', { level: unit.level })}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={known === null} onClick={save}>
        {t('mapping.save')}
      </button>
      {problems.length > 0 && <RegistryProblemList title={t('mapping.rejected')} problems={problems} />}
    </div>
  );
}
