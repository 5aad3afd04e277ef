import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../model/url-state';
import { SelectField } from './select-field';
import type { Labels } from './use-labels';

const GROUP = '~group';

function toValue(filter: ListFilter): string {
  return filter.kind === 'group' ? GROUP : filter.kind === 'all' ? 'all' : filter.value;
}

function fromValue(value: string): ListFilter {
  if (value === GROUP) return { kind: 'group' };
  return value === 'all' ? { kind: 'all' } : { kind: 'one', value };
}

function FilterSelect({
  label,
  filter,
  options,
  onChange,
}: {
  label: string;
  filter: ListFilter;
  options: readonly (readonly [string, string])[];
  onChange: (filter: ListFilter) => void;
}) {
  const { t } = useTranslation('weak');
  return (
    <SelectField
      label={label}
      value={toValue(filter)}
      options={[[GROUP, t('list.sameAsGroup')], ['all', t('list.all')], ...options]}
      onChange={(value) => onChange(fromValue(value))}
    />
  );
}

/** Level and block filters of the list (by default: the heatmap's peer group). */
export function PriorityFiltersForm({
  levels,
  blocks,
  level,
  block,
  onFilter,
  labels,
}: {
  levels: readonly string[];
  blocks: readonly string[];
  level: ListFilter;
  block: ListFilter;
  onFilter: (changes: { listLevel?: ListFilter; listBlock?: ListFilter }) => void;
  labels: Labels;
}) {
  const { t } = useTranslation('weak');
  return (
    <div className="weak-list-filters">
      <FilterSelect
        label={t('list.level')}
        filter={level}
        options={levels.map((code) => [code, labels.level(code)] as const)}
        onChange={(listLevel) => onFilter({ listLevel })}
      />
      {blocks.length > 0 && (
        <FilterSelect
          label={t('list.block')}
          filter={block}
          options={blocks.map((code) => [code, labels.block(code)] as const)}
          onChange={(listBlock) => onFilter({ listBlock })}
        />
      )}
    </div>
  );
}
