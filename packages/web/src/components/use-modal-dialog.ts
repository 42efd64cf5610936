import { useLayoutEffect, useRef } from 'react';

/**
 * A ref for a native <dialog> shown as a modal (focus kept inside, Escape cancels) while `open`, closed otherwise.
 * Closing gives focus back to what had it before opening (the button that opened it), unless focus has already
 * moved on outside the dialog or that element is gone. A layout effect: the dialog opens or closes with the render
 * that changed `open`, before the page is painted and before other effects move focus.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      const focusWasInside =
        dialog.contains(document.activeElement) || document.activeElement === document.body;
      dialog.close();
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected && (focusWasInside || document.activeElement === document.body)) back.focus();
    }
  }, [open]);
  return ref;
}
