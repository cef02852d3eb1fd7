// "Print or send to my doctor": opens the print preview of the current result; focus comes back here on closing.
import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-store';
// Always loaded: besides the preview's own rules it makes the details and the coverage report print whole.
import './print.css';

// The preview (and its QR encoder) loads when first asked for, not with the page.
const PrintPreview = lazy(() =>
  import('./print-preview').then((module) => ({ default: module.PrintPreview })),
);

export function PrintButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button secondary print-open"
        onClick={() => setOpen(true)}
      >
        {t('print.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PrintPreview onClose={close} />
        </Suspense>
      )}
    </>
  );
}
