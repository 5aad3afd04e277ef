/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

export function seriesColor(position: number): string {
  return OKABE_ITO[position % OKABE_ITO.length] ?? '#0072B2';
}
