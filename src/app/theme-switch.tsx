import { useTranslation } from 'react-i18next';
import { isThemePreference, THEME_PREFERENCES, useTheme } from './theme';

/** System / light / dark: a native select, so keyboard and screen readers get it for free. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { preference, setPreference } = useTheme();
  return (
    <label className="header-switch theme-switch">
      <span className="visually-hidden">{t('theme.label')}</span>
      <select
        value={preference}
        onChange={(event) => {
          if (isThemePreference(event.target.value)) setPreference(event.target.value);
        }}
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
