import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchUnits, type UnitOption } from '@/domain/units';
import './unit-picker.css';

const MAX_SHOWN = 60;

/**
 * A searchable unit chooser (ARIA combobox): "quang ninh" finds "Quảng Ninh", and a former name finds
 * the province it merged into, with a note saying so.
 */
export function UnitPicker({
  label,
  units,
  value,
  onChange,
  exclude = [],
}: {
  label: string;
  units: readonly UnitOption[];
  value: string | null;
  onChange: (code: string) => void;
  exclude?: readonly string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const selected = units.find((unit) => unit.code === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = text ?? '';
  const matches = useMemo(
    () => searchUnits(units, query).filter((unit) => !exclude.includes(unit.code)),
    [units, query, exclude],
  );
  const shown = matches.slice(0, MAX_SHOWN);

  const choose = (unit: UnitOption | undefined) => {
    if (!unit) return;
    onChange(unit.code);
    setText(null);
    setOpen(false);
  };

  return (
    <div className="unit-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={text ?? selected?.name ?? ''}
        placeholder={t('unitPicker.placeholder')}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => {
          setOpen(false);
          setText(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((position) => Math.min(position + 1, shown.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((position) => Math.max(position - 1, 0));
          } else if (event.key === 'Enter' && open) {
            event.preventDefault();
            choose(shown[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
            setText(null);
          }
        }}
      />
      {open && (
        <div id={`${id}-list`} role="listbox" className="unit-picker-list" aria-label={label}>
          {shown.length === 0 && <div className="muted unit-picker-empty">{t('unitPicker.none')}</div>}
          {shown.map((unit, position) => (
            <div
              key={unit.code}
              id={`${id}-opt-${position}`}
              role="option"
              aria-selected={position === active}
              tabIndex={-1}
              className={position === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(unit);
              }}
            >
              <span>{unit.name}</span>
              {unit.formerNames.length > 0 && (
                <span className="unit-picker-note">
                  {t('unitPicker.formerly', { names: unit.formerNames.join(', ') })}
                </span>
              )}
              {unit.levels[0] && <span className="unit-picker-level">{t(`level.${unit.levels[0]}`)}</span>}
            </div>
          ))}
          {matches.length > shown.length && (
            <div className="muted unit-picker-empty">
              {t('unitPicker.more', { count: matches.length - shown.length })}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
