import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { formatDateTime, formatInteger } from '@/i18n/format';
import type { summary } from '../api/workspace-file';

interface Props {
  readonly name: string;
  readonly summary: ReturnType<typeof summary>;
  /** How many imported datasets this browser holds now: they are replaced. */
  readonly current: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Says what the file holds and that it replaces what is here, before anything changes. */
export function OpenConfirm({ name, summary: about, current, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation('workspace');
  const lang = i18n.language as Lang;
  return (
    <fieldset className="notice workspace-confirm">
      <legend>{t('confirmHeading', { name })}</legend>
      <p>
        {t('confirmBody', {
          createdAt: formatDateTime(about.createdAt, lang),
          appVersion: about.appVersion,
          datasets: about.datasets,
          rows: formatInteger(about.rows, lang),
          settings: about.settings,
        })}
      </p>
      <p>
        <strong>{t('confirmReplace', { current })}</strong>
      </p>
      <button type="button" onClick={onConfirm}>
        {t('confirm')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </fieldset>
  );
}
