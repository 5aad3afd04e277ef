import i18next, { type i18n, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import type { Translate } from '@/domain/translate';
import { awardMessages } from './award-messages';
import { commonMessages } from './messages/common';

type Resources = Readonly<Record<Lang, ResourceKey>>;

/**
 * Each feature contributes its own namespace of messages; this is the one place they meet. The award
 * engine's words (`awardRules`: verdicts, evidence, rule-file problems) are read by the awards screen
 * and its CSV export alike.
 */
const namespaces: Record<string, Resources> = {
  common: commonMessages,
  awardRules: { vi: nestDottedKeys(awardMessages.vi), en: nestDottedKeys(awardMessages.en) },
};

export function registerMessages(namespace: string, resources: Resources): void {
  namespaces[namespace] = resources;
  for (const lang of ['vi', 'en'] as const) {
    if (i18next.isInitialized) i18next.addResourceBundle(lang, namespace, resources[lang], true, true);
  }
}

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'vi' || value === 'en';
}

export function initI18n(lang: Lang): i18n {
  const resources: Resource = { vi: {}, en: {} };
  for (const [namespace, messages] of Object.entries(namespaces)) {
    for (const code of ['vi', 'en'] as const) {
      const bucket = resources[code];
      if (bucket) bucket[namespace] = messages[code];
    }
  }
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: Object.keys(namespaces),
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}

/**
 * i18next's `t` for one language and namespace, for text made outside a component (an export, evidence
 * lines): the same messages the screens read, whatever language the screen is in.
 */
export function translator(lang: Lang, namespace: string): Translate {
  if (!i18next.isInitialized) initI18n(lang);
  const t = i18next.getFixedT(lang, namespace);
  return (key, values) => t(key, values);
}

/** `{ 'at.line': … }` → `{ at: { line: … } }`: i18next reads dots as nesting. */
export function nestDottedKeys(flat: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        node[part] = created;
        node = created;
      }
    }
    node[parts[parts.length - 1] ?? key] = value;
  }
  return out;
}
