import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PortalLang } from '../i18n/portal-messages';
import { PublicLanguageContext } from '../i18n/public-language';

/**
 * Renders a component as a reader of `lang` sees it (a visitor's language; no one logged in), in a query cache of
 * its own that never retries. Returns Testing Library's queries and a user-event session for keyboard and mouse.
 */
export function renderAs(ui: ReactElement, { lang = 'en' }: { lang?: PortalLang } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <PublicLanguageContext.Provider value={{ lang, setLang: () => undefined }}>
        {children}
      </PublicLanguageContext.Provider>
    </QueryClientProvider>
  );
  const user = userEvent.setup();
  const result: RenderResult = render(ui, { wrapper });
  return { ...result, user };
}
