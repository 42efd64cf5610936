import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { PublicLanguageProvider } from './i18n/public-language';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <PublicLanguageProvider>
      <App />
    </PublicLanguageProvider>
  </StrictMode>,
);
