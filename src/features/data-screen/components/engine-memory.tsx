import { useTranslation } from 'react-i18next';
import { formatInteger } from '@/i18n/format';
import { isLang } from '@/i18n/setup';
import { useEngineMemory } from '../api/use-engine-memory';

/** How much memory the in-browser database holds now: read by people and by the bench alike. */
export function EngineMemory() {
  const { t, i18n } = useTranslation('dataScreen');
  const memory = useEngineMemory();
  if (memory.data === undefined) return null;
  const lang = isLang(i18n.language) ? i18n.language : 'vi';
  return (
    <p className="engine-memory" data-bytes={memory.data}>
      {t('engineMemory', { mb: formatInteger(Math.round(memory.data / 2 ** 20), lang) })}
    </p>
  );
}
