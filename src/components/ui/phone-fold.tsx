import type { ReactNode } from 'react';
import { usePhoneWidth } from '@/lib/use-phone-width';

/**
 * On a phone, long controls fold behind one line that says what is chosen, so the first figures are
 * on the first screen; on a wider screen (and on paper) the controls show as they always did.
 */
export function PhoneFold({ summary, children }: { summary: string; children: ReactNode }) {
  const phone = usePhoneWidth();
  if (!phone) return children;
  return (
    <details className="phone-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
