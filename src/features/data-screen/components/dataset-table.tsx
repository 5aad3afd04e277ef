import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import type { Lang } from '@/domain/catalogue';
import { formatDateTime, formatInteger, MISSING } from '@/i18n/format';
import { type DatasetInfo, useRemoveDataset } from '../api/use-datasets';

export function DatasetTable({ datasets }: { datasets: readonly DatasetInfo[] }) {
  const { t, i18n } = useTranslation('dataScreen');
  const { t: tCommon } = useTranslation();
  const lang = i18n.language as Lang;
  const removal = useRemoveDataset();
  return (
    <div className="table-scroll">
      <table className="data-table datasets-table">
        <caption className="visually-hidden">{t('datasetsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.dataset')}</th>
            <th scope="col">{t('col.kind')}</th>
            <th scope="col">{t('col.source')}</th>
            <th scope="col">{t('col.indices')}</th>
            <th scope="col">{t('col.years')}</th>
            <th scope="col">{t('col.units')}</th>
            <th scope="col">{t('col.rows')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset.id} data-dataset={dataset.id}>
              <th scope="row">
                {bundled(dataset.id)?.label[lang] ?? dataset.label}
                <div className="muted small">{dataset.fileName}</div>
              </th>
              <td>
                <span className={`badge badge-${dataset.kind}`}>{tCommon(`dataKind.${dataset.kind}`)}</span>
              </td>
              <td className="text-cell">
                {dataset.kind === 'imported'
                  ? t('importedOn', {
                      date: dataset.addedAt ? formatDateTime(dataset.addedAt, lang) : MISSING,
                    })
                  : (provenanceOf(dataset.id, lang) ?? dataset.source)}
              </td>
              <td>{dataset.indices.join(', ')}</td>
              <td>
                {dataset.firstYear === dataset.lastYear
                  ? dataset.firstYear
                  : `${dataset.firstYear}–${dataset.lastYear}`}
              </td>
              <td>{formatInteger(dataset.unitCount, lang)}</td>
              <td>{formatInteger(dataset.rowCount, lang)}</td>
              <td>
                {dataset.kind === 'imported' ? (
                  <RemoveButton dataset={dataset} removal={removal} />
                ) : (
                  <span className="muted">{t('builtIn')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Bundled datasets are described in the UI language from the manifest; SQL keeps one label. */
function bundled(id: string) {
  return BUNDLED_DATASETS.find((dataset) => dataset.id === id);
}

function provenanceOf(id: string, lang: Lang): string | undefined {
  const dataset = bundled(id);
  return dataset ? provenanceLine(dataset, lang) : undefined;
}

/**
 * Removing is never silently dropped: asked for while an import runs, it is queued behind it; once
 * asked for, the button is disabled and says why (waiting, or under way) until the removal is done.
 */
function RemoveButton({
  dataset,
  removal,
}: {
  dataset: DatasetInfo;
  removal: ReturnType<typeof useRemoveDataset>;
}) {
  const { t } = useTranslation('dataScreen');
  const reasonId = useId();
  const pending = removal.pending(dataset.id);
  return (
    <>
      <button
        type="button"
        disabled={pending !== undefined}
        aria-describedby={removal.busy || pending ? reasonId : undefined}
        onClick={() => {
          if (window.confirm(t('confirmRemove', { name: dataset.label }))) removal.remove(dataset);
        }}
      >
        {t('remove', { name: dataset.label })}
      </button>
      {pending ? (
        <span id={reasonId} className="muted small remove-state">
          {pending.phase === 'queued' ? t('removeQueued') : t('removing')}
        </span>
      ) : (
        removal.busy && (
          <span id={reasonId} className="muted small remove-state">
            {t('removeWaits')}
          </span>
        )
      )}
    </>
  );
}
