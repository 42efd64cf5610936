import { useLayoutEffect } from 'react';
import { setLeaveGuard } from '../../router';

const LEAVE_QUESTION = 'You have unsaved exam or treatment changes. Leave this page and lose them?';
const dirty = new Set<string>();

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Older browsers show the prompt only when a return value is set.
  event.returnValue = '';
}

function sync() {
  if (dirty.size) {
    window.addEventListener('beforeunload', onBeforeUnload);
    setLeaveGuard(() => window.confirm(LEAVE_QUESTION));
  } else {
    window.removeEventListener('beforeunload', onBeforeUnload);
    setLeaveGuard(null);
  }
}

/**
 * While `isDirty`, leaving the page warns: closing or reloading the tab (beforeunload) and in-app
 * navigation (a confirm the keyboard and screen readers handle natively). `key` names the form.
 */
export function useUnsavedChanges(key: string, isDirty: boolean): void {
  // A layout effect: the guard is in place in the same commit that shows the change, before any next click.
  useLayoutEffect(() => {
    if (isDirty) dirty.add(key);
    else dirty.delete(key);
    sync();
    return () => {
      dirty.delete(key);
      sync();
    };
  }, [key, isDirty]);
}
