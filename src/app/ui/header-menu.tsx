// The header's share and download tools: in the header row on wide screens, behind one "Share" button on
// phones so the header stays a single row.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-store';

function ShareIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
        <circle cx="15" cy="4.5" r="2.3" />
        <circle cx="5" cy="10" r="2.3" />
        <circle cx="15" cy="15.5" r="2.3" />
        <path d="M7 8.9l6-3.3M7 11.1l6 3.3" />
      </g>
    </svg>
  );
}

export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A tap or click outside the open menu folds it, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="header-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="header-menu-button button secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <ShareIcon />
        <span className="header-menu-word">{t('share.menu')}</span>
        <span className="visually-hidden"> {t('share.menuMore')}</span>
      </button>
      <div id={id} className={open ? 'toolbar open' : 'toolbar'}>
        {children}
      </div>
    </div>
  );
}
