import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE, isIndexCode } from '@/domain/catalogue';
import type { LowMode } from '@/sql/weak-components';
import type { ResolvedPeer } from '../model/peer-choices';
import type { WeakViewState } from '../model/url-state';
import { SelectField } from './select-field';
import type { Labels } from './use-labels';

const LOW_MODES: readonly LowMode[] = ['median', 'quartile', 'pct'];
const LOW_KEYS: Record<LowMode, string> = { pct: 'lowPct', median: 'lowMedian', quartile: 'lowQuartile' };

function NumberField({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="weak-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onChange={(event) => {
          const next = Math.round(Number(event.target.value));
          if (Number.isFinite(next) && next >= min && next <= max) onChange(next);
        }}
      />
    </div>
  );
}

/** Index, year and peer group, then the flagging criteria; every change goes to the URL. */
export function WeakControls({
  view,
  update,
  peer,
  labels,
}: {
  view: WeakViewState;
  update: (changes: Partial<WeakViewState>) => void;
  peer: ResolvedPeer | null;
  labels: Labels;
}) {
  const { t } = useTranslation('weak');
  return (
    <div className="weak-controls panel">
      <fieldset>
        <legend>{t('controls.legend')}</legend>
        <SelectField
          label={t('controls.index')}
          value={view.index}
          options={CATALOGUE.indices.map((def) => [def.code, def.short[labels.lang]] as const)}
          onChange={(code) => {
            if (isIndexCode(code))
              update({
                index: code,
                year: null,
                level: null,
                block: null,
                listLevel: { kind: 'group' },
                listBlock: { kind: 'group' },
              });
          }}
        />
        {peer && (
          <>
            <SelectField
              label={t('controls.year')}
              value={String(peer.year)}
              options={peer.years.map((year) => [String(year), String(year)] as const)}
              onChange={(year) => update({ year: Number(year) })}
            />
            <SelectField
              label={t('controls.level')}
              value={peer.level}
              options={peer.levels.map((level) => [level, labels.level(level)] as const)}
              onChange={(level) => update({ year: peer.year, level, block: null })}
            />
            {peer.blocks.length > 0 && (
              <SelectField
                label={t('controls.block')}
                value={peer.block ?? ''}
                options={[
                  ['', t('controls.allBlocks')] as const,
                  ...peer.blocks.map((block) => [block, labels.block(block)] as const),
                ]}
                onChange={(block) => update({ year: peer.year, level: peer.level, block: block || null })}
              />
            )}
            <p className="weak-units muted">{t('controls.units', { count: peer.units })}</p>
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('controls.criteria')}</legend>
        <SelectField
          label={t('controls.low')}
          value={view.low}
          options={LOW_MODES.map((mode) => [mode, t(`controls.${LOW_KEYS[mode]}`)] as const)}
          onChange={(low) => update({ low: LOW_MODES.find((mode) => mode === low) ?? view.low })}
        />
        {view.low === 'pct' && (
          <NumberField
            label={t('controls.threshold')}
            value={view.lowPct}
            min={1}
            max={100}
            onChange={(lowPct) => update({ lowPct })}
          />
        )}
        <NumberField
          label={t('controls.fall')}
          value={view.fall}
          min={1}
          max={99}
          onChange={(fall) => update({ fall })}
        />
      </fieldset>
    </div>
  );
}
