import { useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useSubmit } from '../../components/use-submit';

/**
 * The consent page's Allow and Deny (patient and staff alike): the answer goes to the clinic, which names where the
 * browser goes back to the app; from then on the page stays busy while it leaves. `patientId` is sent only with an
 * Allow (a patient login's chosen record; a staff login chooses none).
 */
export function useSmartAnswer(handle: string, patientId: string | null = null) {
  const [leaving, setLeaving] = useState(false);
  const answer = (allow: boolean) => async () => {
    const { redirectTo } = await call(API.decideSmartRequest, {
      params: { id: handle },
      body: allow && patientId ? { allow, patientId } : { allow },
    });
    setLeaving(true);
    window.location.assign(redirectTo);
  };
  const allow = useSubmit(answer(true));
  const deny = useSubmit(answer(false));
  return { allow, deny, busy: allow.busy || deny.busy || leaving };
}
