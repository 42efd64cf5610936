import { useRef } from 'react';
import { API } from '../api/endpoints';
import { call } from '../api/client';
import { ErrorAlert } from '../components/messages';
import { useSubmit } from '../components/use-submit';
import { useSession } from '../session';
import { usePublicLanguage } from './public-language';
import { usePortalText, usePublicText } from './use-portal-text';
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
      <LanguageButtons lang={lang} label={t('language')} onChoose={choose} />
      <ErrorAlert error={save.error} title={t('languageNotSaved')} />
    </div>
  );
}

/** A visitor who is not logged in chooses the language of the public pages; the browser remembers it. */
export function PublicLanguageSwitch() {
  const { lang, setLang } = usePublicLanguage();
  const { t } = usePublicText();
  return (
    <div className="language-switch">
      <LanguageButtons lang={lang} label={t('language')} onChoose={setLang} />
    </div>
  );
}

/** English / Español as two toggle buttons, the current one pressed. */
function LanguageButtons(props: { lang: PortalLang; label: string; onChoose: (lang: PortalLang) => void }) {
  return (
    <div role="group" aria-label={props.label} className="toolbar">
      {(['en', 'es'] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="button-secondary"
          aria-pressed={props.lang === l}
          onClick={() => props.onChoose(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
