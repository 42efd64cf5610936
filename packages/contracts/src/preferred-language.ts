import { z } from 'zod';
import { PreferredLanguage } from './patients';

/** A patient sets the language of their portal and mails (their own record; a guardian only: their dependants'). */
export const SetPreferredLanguage = z.object({ preferredLanguage: PreferredLanguage }).strict();
export type SetPreferredLanguage = z.infer<typeof SetPreferredLanguage>;
