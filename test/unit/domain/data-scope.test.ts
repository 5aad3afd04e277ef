import { describe, expect, it } from 'vitest';
import { INTERNAL_LEVELS } from '@/domain/awards/internal-units';
import {
  availableScopes,
  homeInScope,
  indexForUnit,
  optionsInScope,
  peerScopesFor,
  resolveScope,
  type ScopeUnit,
  scopeOfUnit,
} from '@/domain/data-scope';

const unit = (code: string, scope: 'own' | 'sample', level = 'department', indices = ['PAR']): ScopeUnit => ({
  code,
  name: code,
  level,
  scope,
  indices,
  lastYear: 2024,
});
const SAMPLE = [unit('mau-so-a', 'sample'), unit('mau-huyen-b', 'sample', 'district')];
const OWN = [unit('tn-xa-c', 'own', 'commune'), unit('tn-so-z', 'own'), unit('tn-so-b', 'own')];

describe('the data scope: own data first, the sample one choice away', () => {
  it('without own data nothing changes: every unit, the sample on offer', () => {
    expect(availableScopes(SAMPLE)).toEqual(['sample', 'all']);
    expect(resolveScope(null, null, SAMPLE)).toBe('all');
    expect(resolveScope('own', null, SAMPLE)).toBe('all');
  });

  it('with own data it is the default; the URL beats memory; a scope not on offer is ignored', () => {
    const units = [...SAMPLE, ...OWN];
    expect(resolveScope(null, null, units)).toBe('own');
    expect(resolveScope(null, 'sample', units)).toBe('sample');
    expect(resolveScope('all', 'sample', units)).toBe('all');
    expect(resolveScope(null, 'own', SAMPLE)).toBe('all');
  });

  it("a link naming a unit opens on that unit's scope, unless it names the scope itself", () => {
    const units = [...SAMPLE, ...OWN];
    expect(resolveScope(null, null, units, 'can-tho')).toBe('all');
    expect(resolveScope(null, 'own', units, 'mau-so-a')).toBe('sample');
    expect(resolveScope(null, 'sample', units, 'tn-so-b')).toBe('own');
    expect(resolveScope('own', null, units, 'can-tho')).toBe('own');
  });

  it("the home unit: kept when it is the scope's, else the scope's first by level then code", () => {
    const units = [...SAMPLE, ...OWN];
    expect(homeInScope('own', units, 'VN-HN', INTERNAL_LEVELS)).toBe('tn-so-b');
    expect(homeInScope('own', units, 'tn-xa-c', INTERNAL_LEVELS)).toBe('tn-xa-c');
    expect(homeInScope('sample', units, 'tn-so-b', INTERNAL_LEVELS)).toBe('mau-so-a');
    expect(homeInScope('all', units, 'VN-HN', INTERNAL_LEVELS)).toBe('VN-HN');
  });

  it("a picked unit's scope, the picker's options, the index a unit opens on", () => {
    const units = [...SAMPLE, ...OWN];
    expect(scopeOfUnit('tn-so-b', units)).toBe('own');
    expect(scopeOfUnit('mau-so-a', units)).toBe('sample');
    expect(scopeOfUnit('VN-HN', units)).toBe('all');
    const options = [{ code: 'VN-HN' }, { code: 'tn-so-b' }, { code: 'mau-so-a' }];
    expect(optionsInScope(options, 'own', units)).toEqual([{ code: 'tn-so-b' }]);
    expect(optionsInScope(options, 'all', units)).toEqual(options);
    expect(indexForUnit(unit('x', 'own', 'department', ['PAR', 'SIPAS']), 'PAPI')).toBe('PAR');
    expect(indexForUnit(unit('x', 'own', 'department', ['PAR', 'SIPAS']), 'SIPAS')).toBe('SIPAS');
    expect(indexForUnit(unit('x', 'own', 'department', ['SIPAS']), 'PAPI')).toBe('SIPAS');
    expect(indexForUnit(undefined, 'PAPI')).toBe('PAPI');
  });
});

describe('peerScopesFor(scope, homeScope)', () => {
  it('keeps own data and the sample each to itself', () => {
    expect(peerScopesFor('own', 'own')).toEqual(['own']);
    expect(peerScopesFor('sample', 'own')).toEqual(['sample']);
  });
  it("puts the home unit's kind first for every unit, published for a province", () => {
    expect(peerScopesFor('all', 'own')).toEqual(['own', 'published', 'sample']);
    expect(peerScopesFor('all', 'sample')).toEqual(['sample', 'published', 'own']);
    expect(peerScopesFor('all', 'all')).toEqual(['published', 'own', 'sample']);
  });
});
