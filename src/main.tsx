import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './ui/App';
import './ui/styles.css';
import { bindUrl } from './state/url';
import { appStore } from './state/store';
import { registerQueryClient } from './ui/present/presenting';
import { prefetchDemo } from './data/demo';

// Read the URL before the first render, so the map is created at the linked camera.
bindUrl(appStore);
// The demo's files load while the app renders and checks for a saved workspace (demo.ts).
prefetchDemo();

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, gcTime: 10 * 60_000, retry: false, refetchOnWindowFocus: false } },
});

registerQueryClient(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
