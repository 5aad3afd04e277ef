import { parseAdvisingCsv } from '@/domain/awards/advising-registry';
import { validateBandRegistry } from '@/domain/awards/validate-rule-set';
import advisingCsv from '../../../../data/registry/tinh-mau-advising.csv?raw';
import bandsJson from '../../../../data/registry/tinh-mau-bands.json?raw';
import type { SampleRegistry } from '../model/award-inputs';

let cached: SampleRegistry | null = null;

/** The sample province's bands and advising map; a broken bundled file is a build defect, so it throws. */
export function sampleRegistry(): SampleRegistry {
  if (cached) return cached;
  const bands = validateBandRegistry(bandsJson);
  if (!bands.ok)
    throw new Error(`data/registry/tinh-mau-bands.json is invalid: ${JSON.stringify(bands.errors)}`);
  const advising = parseAdvisingCsv(advisingCsv);
  if (advising.badLines.length > 0)
    throw new Error(`data/registry/tinh-mau-advising.csv: bad lines ${advising.badLines.join(', ')}`);
  cached = { bands: bands.value, advising: advising.entries };
  return cached;
}
