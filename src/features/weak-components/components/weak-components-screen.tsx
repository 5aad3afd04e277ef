import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataScopeSwitch } from '@/components/ui/data-scope-switch';
import { QueryState } from '@/components/ui/query-state';
import { indexDef } from '@/domain/catalogue';
import { peerScopesFor, scopeOfUnit, unitsInScope } from '@/domain/data-scope';
import { useDataScope } from '@/queries/data-scope';
import { useHomeUnit } from '@/queries/home-unit';
import { usePeerChoices } from '../api/weak-queries';
import { resolvePeer } from '../model/peer-choices';
import { scopedWeakView } from '../model/scope-view';
import { SourcesNote } from './sources-note';
import { useLabels } from './use-labels';
import { useWeakView } from './use-weak-view';
import { WeakBody } from './weak-body';
import { WeakControls } from './weak-controls';
import '../weak.css';
import { MISSING } from '@/i18n/format';

/** `#/weak`: the low-scoring and falling components, per unit and province-wide, with the evidence. */
export function WeakComponentsScreen() {
  const { t } = useTranslation('weak');
  const { t: tCommon } = useTranslation();
  const { view: asked, update } = useWeakView();
  const scope = useDataScope();
  const { unit } = useHomeUnit();
  const view = useMemo(() => {
    const members = unitsInScope(scope.scope, scope.units);
    const home = members.find((member) => member.code === unit);
    return scopedWeakView(asked, scope.scope, home, [...new Set(members.map((member) => member.level))]);
  }, [asked, scope.scope, scope.units, unit]);
  const labels = useLabels(view.index);
  const choices = usePeerChoices(view.index);
  // Peers are units of one data scope: own data, the sample, or (every unit) the home unit's kind first.
  const peerScopes = useMemo(
    () => peerScopesFor(scope.scope, scopeOfUnit(unit ?? '', scope.units)),
    [scope.scope, scope.units, unit],
  );
  const peer = useMemo(
    () =>
      choices.data ? resolvePeer(view, choices.data, indexDef(view.index).headlineLevel, peerScopes) : null,
    [view, choices.data, peerScopes],
  );
  return (
    <div className="weak-screen">
      <h1 className="section-heading">{t('title')}</h1>
      <p className="muted weak-intro">{t('intro')}</p>
      <DataScopeSwitch {...scope} />
      <WeakControls view={view} update={update} peer={peer} labels={labels} />
      {peer?.sample && (
        <p className="notice weak-sample">
          <span className="badge badge-sample">{tCommon('dataKind.sample')}</span> {t('sample')}
        </p>
      )}
      <QueryState query={choices}>
        {(data) =>
          peer ? (
            <WeakBody view={view} update={update} peer={peer} choices={data} labels={labels} />
          ) : (
            <p className="notice notice-warn">{t('heatmap.empty', { year: view.year ?? MISSING })}</p>
          )
        }
      </QueryState>
      {peer && <SourcesNote index={view.index} kinds={peer.kinds} />}
    </div>
  );
}
