import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app';
import { PublicLanguageProvider } from './i18n/public-language';
import { createQueryClient } from './api/query-client';
import './svg-tab-index';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <PublicLanguageProvider>
        <App />
      </PublicLanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
