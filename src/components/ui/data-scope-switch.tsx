import { useTranslation } from 'react-i18next';
import { availableScopes, type DataScope, type ScopeUnit } from '@/domain/data-scope';

/**
 * Whose units the screen shows: the user's own data (the default once imported), the sample province
 * one click away and labelled as sample, or every loaded unit. Shown only when there is own data.
 */
export function DataScopeSwitch({
  scope,
  units,
  setScope,
  onChange,
}: {
  readonly scope: DataScope;
  readonly units: readonly ScopeUnit[];
  readonly setScope: (scope: DataScope) => void;
  readonly onChange?: () => void;
}) {
  const { t } = useTranslation();
  const scopes = availableScopes(units);
  if (!scopes.includes('own')) return null;
  return (
    <fieldset className="data-scope-switch">
      <legend className="small">{t('scope.legend')}</legend>
      {scopes.map((candidate) => (
        <label key={candidate} className="data-scope-option">
          <input
            type="radio"
            name="data-scope"
            value={candidate}
            checked={scope === candidate}
            onChange={() => {
              onChange?.();
              setScope(candidate);
            }}
          />
          {t(`scope.${candidate}`)}
          {candidate === 'sample' && <span className="badge badge-sample">{t('dataKind.sample')}</span>}
        </label>
      ))}
    </fieldset>
  );
}
