import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App';
import { applyStartupLink, followSession } from './ui/app/start';
import { loadCalculator } from './ui/app/use-calculator';
import './ui/app/app.css';

void loadCalculator().catch(() => undefined);
applyStartupLink();
followSession();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
