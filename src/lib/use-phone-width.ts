import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint; the same width as the `max-width: 600px` rules in styles.css. */
export const PHONE_QUERY = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const isPhone = () => window.matchMedia(PHONE_QUERY).matches;

/** True while the window is phone-wide (a rotated phone or a widened window switches back). */
export function usePhoneWidth(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
