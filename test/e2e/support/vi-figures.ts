/**
 * A score as the app writes it in Vietnamese: two decimals with a decimal comma; with `signed`, a change,
 * carrying its + or − unless it is zero.
 */
export function viFigure(value: number, signed = false): string {
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}
