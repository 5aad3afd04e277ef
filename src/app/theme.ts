import { useCallback, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { readStored, writeStored } from '@/lib/stored-value';

export type ThemePreference = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'rid.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemePreference(value: string | null): value is ThemePreference {
  return value === 'system' || value === 'light' || value === 'dark';
}

export function readThemePreference(): ThemePreference {
  const stored = readStored(STORAGE_KEY);
  return isThemePreference(stored) ? stored : 'system';
}

function subscribeToSystem(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemIsDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/**
 * The resolved theme is always written as `data-theme` (never left to the media query alone) so
 * that CSS, the print stylesheet and tests all see one explicit value.
 */
export function applyTheme(theme: ResolvedTheme): void {
  document.documentElement.dataset.theme = theme;
}

export function useTheme(): {
  preference: ThemePreference;
  theme: ResolvedTheme;
  setPreference: (next: ThemePreference) => void;
} {
  const [preference, setPreferenceState] = useState<ThemePreference>(readThemePreference);
  const dark = useSyncExternalStore(subscribeToSystem, systemIsDark, () => false);
  const theme: ResolvedTheme = preference === 'system' ? (dark ? 'dark' : 'light') : preference;

  // Layout effect: the attribute is set before the first paint, so a stored choice never flashes.
  useLayoutEffect(() => applyTheme(theme), [theme]);

  const setPreference = useCallback((next: ThemePreference) => {
    setPreferenceState(next);
    writeStored(STORAGE_KEY, next === 'system' ? null : next);
  }, []);
  return { preference, theme, setPreference };
}
