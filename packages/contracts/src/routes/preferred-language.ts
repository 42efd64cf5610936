import { User } from '../auth';
import { SetPreferredLanguage } from '../preferred-language';
import { endpoint } from './endpoint';

/** The patient's own language choice. */
export const PREFERRED_LANGUAGE_API = {
  setMyPreferredLanguage: endpoint({
    method: 'PUT',
    path: '/api/me/preferred-language',
    summary:
      "A patient sets the language (en/es) of their portal and mails: their own record's, or, for a guardian without a record of their own, their dependants'; audited",
    tag: 'auth',
    auth: 'user',
    body: SetPreferredLanguage,
    response: User,
  }),
} as const;
