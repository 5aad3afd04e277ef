import sampleAdvisingCsv from '../../../../data/registry/tinh-mau-advising.csv?raw';

/** The sample province's advising map, as a starting point the user can edit into their own. */
export const SAMPLE_ADVISING_CSV: string = sampleAdvisingCsv;
