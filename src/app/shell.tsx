import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintHeader, type PrintSource } from '@/components/ui/print-header';
import { BUNDLED_DATASETS } from '@/config/datasets';
import type { Lang } from '@/domain/catalogue';
import { isLang } from '@/i18n/setup';
import { formatHash, useHashRoute } from '@/lib/hash-route';
import { RestoreNotice } from './restore-notice';
import { ThemeSwitch } from './theme-switch';
import { UpdatePrompt } from './update-prompt';
import { useLanguage } from './use-language';

export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
}

function bundledSources(lang: Lang): PrintSource[] {
  return BUNDLED_DATASETS.map(({ provenance, kind }) => ({
    text: `${provenance.publisher[lang]}: ${provenance.document[lang]} (${provenance.years})`,
    sample: kind === 'sample',
  }));
}

// The hash holds the route, so following `#main` would navigate away: move the focus instead.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function LanguageSwitch({ lang, setLang }: ReturnType<typeof useLanguage>) {
  const { t } = useTranslation();
  return (
    <label className="header-switch lang-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={lang}
        onChange={(event) => {
          if (isLang(event.target.value)) setLang(event.target.value);
        }}
      >
        <option value="vi">{t('language.vi')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
    </label>
  );
}

export function Shell({
  nav,
  headerTools,
  children,
}: {
  nav: readonly NavItem[];
  headerTools?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { path, params } = useHashRoute();
  const language = useLanguage();
  const { lang } = language;
  const current = nav.find((item) => item.path === path);
  // `lang` is the language of the printout itself, not a filter on the figures.
  const filters = [...params.entries()].filter(([key]) => key !== 'lang');
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention; the hash router needs the click handled */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CCHC
          </span>
          <span className="brand-title">{t('appTitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {nav.map((item) => (
              <li key={item.path}>
                <a
                  href={formatHash(item.path, { lang })}
                  aria-current={path === item.path ? 'page' : undefined}
                >
                  {t(item.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {headerTools}
          <LanguageSwitch {...language} />
          <ThemeSwitch />
        </div>
      </header>
      <UpdatePrompt />
      <RestoreNotice />
      <main id="main" tabIndex={-1}>
        <PrintHeader
          screenTitle={current ? t(current.labelKey) : t('appTitle')}
          filters={filters}
          sources={bundledSources(lang)}
        />
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
