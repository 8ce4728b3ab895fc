// First of all: the library list is on its way while everything below loads and React mounts.
import './features/library/requestLibraryAtStart.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain the #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
