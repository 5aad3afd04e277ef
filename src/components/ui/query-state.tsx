import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loading and error states come from react-query; the caller only draws the data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <p className="muted" aria-busy="true">
        {t('loading.working')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <p role="alert" className="error">
        {t('loading.failed', { message: query.error.message })}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
