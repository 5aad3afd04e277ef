import { useCallback, useSyncExternalStore } from 'react';
import { isUrlValue, MAX_URL_PARAMS } from './url-values';

/** The whole view lives in the hash (`#/trends?index=PAPI&unit=ha-tinh`) so any static server works. */
export interface HashRoute {
  readonly path: string;
  readonly params: URLSearchParams;
}

const KEY = /^[a-z]{1,16}$/;

/**
 * Splits the hash into path and params. Every param passes the URL gate (src/lib/url-values.ts) here,
 * so no screen ever sees an over-long, oddly named or invisible-character value: it is simply absent.
 */
export function parseHash(hash: string): HashRoute {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [pathPart = '', search = ''] = raw.split('?', 2);
  const path = pathPart === '' ? '/' : pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    if (params.size === MAX_URL_PARAMS) break;
    if (KEY.test(key) && isUrlValue(value) && !params.has(key)) params.set(key, value);
  }
  return { path, params };
}

export function formatHash(
  path: string,
  params: URLSearchParams | Record<string, string | undefined>,
): string {
  const search =
    params instanceof URLSearchParams
      ? new URLSearchParams(params)
      : new URLSearchParams(
          Object.entries(params).filter(
            (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
          ),
        );
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useHashRoute(): HashRoute & {
  navigate: (path: string, params?: Record<string, string | undefined>) => void;
  setParams: (changes: Record<string, string | undefined>, options?: { replace?: boolean }) => void;
} {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  const route = parseHash(hash);
  const navigate = useCallback((path: string, params: Record<string, string | undefined> = {}) => {
    const current = parseHash(window.location.hash).params.get('lang') ?? undefined;
    window.location.hash = formatHash(path, { lang: current, ...params });
  }, []);
  const setParams = useCallback(
    (changes: Record<string, string | undefined>, options?: { replace?: boolean }) => {
      const current = parseHash(window.location.hash);
      const next = new URLSearchParams(current.params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      const target = formatHash(current.path, next);
      if (options?.replace) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
    [],
  );
  return { ...route, navigate, setParams };
}
