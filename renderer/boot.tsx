/** Mounts the interface. Loaded by main.tsx as a separate script, after the library list has been asked for. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain the #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
