import { useTranslation } from 'react-i18next';
import type { UnplacedUnit } from '@/domain/awards/block-defaults';
import { BlockMappingForm } from './block-mapping-form';

const SHOWN = 20;

/**
 * Units that no block rule judges, named: without this they would be left out in silence. The fix
 * is in the data (a `block` column), in the rule set (`blockDefaults.levels`), or the mapping table here.
 */
export function UnplacedNotice({
  units,
  blocks,
}: {
  readonly units: readonly UnplacedUnit[];
  readonly blocks: readonly string[];
}) {
  const { t } = useTranslation('awards');
  const { t: tCommon } = useTranslation();
  if (units.length === 0) return null;
  const names = units
    .slice(0, SHOWN)
    .map((unit) => `${unit.unitName} (${tCommon(`level.${unit.level}`, { defaultValue: unit.level })})`)
    .join('; ');
  return (
    <div className="notice notice-warn awards-unplaced" role="note">
      <p>{t('unplaced.title', { count: units.length })}</p>
      <p className="small">
        {names}
        {units.length > SHOWN ? ` ${t('unplaced.more', { count: units.length - SHOWN })}` : ''}
      </p>
      <p className="small">{t('unplaced.fix')}</p>
      <BlockMappingForm units={units.slice(0, SHOWN)} blocks={blocks} />
    </div>
  );
}
