import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IndexSummaryGrid } from '@/features/index-summary/components/index-summary-grid';
import type { NavItem } from './shell';

export interface RouteDef extends NavItem {
  readonly render: () => ReactNode;
}

export const ROUTES: readonly RouteDef[] = [
  { path: '/', labelKey: 'nav.home', render: () => <IndexSummaryGrid /> },
];

export function RouteView({ path }: { path: string }) {
  const { t } = useTranslation();
  const route = ROUTES.find((candidate) => candidate.path === path);
  return route ? route.render() : <p role="alert">{t('notFound')}</p>;
}
