import { useTranslation } from 'react-i18next';
import { BLOCK_TARGETS, REGISTRY_COLUMNS, type RegistryKind } from '@/domain/registries/registry-types';
import { type DraftRows, removeRow, setCell } from '../model/draft-rows';

interface Props {
  readonly kind: RegistryKind;
  readonly rows: DraftRows;
  readonly onChange: (rows: DraftRows) => void;
}

/** The registry as an editable table: one input per cell, named by its row and column. */
export function RegistryTable({ kind, rows, onChange }: Props) {
  const { t } = useTranslation('registries');
  const columns = REGISTRY_COLUMNS[kind];
  return (
    <div className="table-scroll registry-table">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('rowNo')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`column.${column}`)} <code className="small">{column}</code>
              </th>
            ))}
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            // Rows have no identity of their own while edited; the position is what the user sees.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i}>
              <td>{i + 1}</td>
              {columns.map((column, j) => {
                const label = t('cell', { row: i + 1, column });
                const value = cells[j] ?? '';
                const change = (next: string) => onChange(setCell(rows, i, j, next));
                return (
                  <td key={column}>
                    {column === 'target' ? (
                      <select aria-label={label} value={value} onChange={(e) => change(e.target.value)}>
                        {!BLOCK_TARGETS.some((target) => target === value) && (
                          <option value={value}>{value}</option>
                        )}
                        {BLOCK_TARGETS.map((target) => (
                          <option key={target} value={target}>
                            {t(`target.${target}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        aria-label={label}
                        value={value}
                        inputMode={column === 'year' ? 'numeric' : undefined}
                        onChange={(e) => change(e.target.value)}
                      />
                    )}
                  </td>
                );
              })}
              <td>
                <button type="button" className="link-button" onClick={() => onChange(removeRow(rows, i))}>
                  {t('removeRow', { row: i + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
