import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MENU_ID = 'app-menu';

/**
 * The navigation and header tools. On a wide screen they sit in the header as always (the toggle is
 * hidden and the wrapper lays its children out in the header's row). On a phone they fold behind one
 * thumb-sized button, so the first figures are on the first screen; the menu closes when the route
 * changes or on Escape.
 */
export function HeaderMenu({ routeKey, children }: { routeKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(routeKey);
  if (shownFor !== routeKey) {
    // A new screen: the menu has done its job.
    setShownFor(routeKey);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={MENU_ID}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="menu-toggle-icon" aria-hidden="true" />
        {open ? t('menu.hide') : t('menu.show')}
      </button>
      <div id={MENU_ID} className="header-menu" data-open={open}>
        {children}
      </div>
    </>
  );
}
