import { useRef } from 'react';
import { API } from '@omt/contracts';
import { call } from '../api/client';
import { ErrorAlert } from '../components/messages';
import { useSubmit } from '../components/use-submit';
import { useSession } from '../session';
import { usePortalText } from './use-portal-text';
import type { PortalLang } from './portal-messages';

const NAMES: Record<PortalLang, string> = { en: 'English', es: 'Español' };

/** A patient switches the portal (and their mails) between English and Spanish; the choice is saved on their record. */
export function LanguageSwitch() {
  const { setUser } = useSession();
  const { lang, t } = usePortalText();
  const wanted = useRef<PortalLang>(lang);
  const save = useSubmit(async () => {
    setUser(await call(API.setMyPreferredLanguage, { body: { preferredLanguage: wanted.current } }));
  });
  const choose = (next: PortalLang) => {
    if (next === lang || save.busy) return;
    wanted.current = next;
    void save.run();
  };
  return (
    <div className="language-switch">
      <div role="group" aria-label={t('language')} className="toolbar">
        {(['en', 'es'] as const).map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            className="button-secondary"
            aria-pressed={lang === l}
            onClick={() => choose(l)}
          >
            {NAMES[l]}
          </button>
        ))}
      </div>
      <ErrorAlert error={save.error} title={t('languageNotSaved')} />
    </div>
  );
}
