import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './ui/App';
import './ui/theme.css';
import './ui/styles.css';
import { bindUrl } from './state/url';
import { appStore } from './state/store';
import { registerQueryClient } from './ui/present/presenting';
import { prefetchDemo } from './data/demo';
import { analysisWorker } from './worker/client';

// Read the URL before the first render, so the map is created at the linked camera.
bindUrl(appStore);
// The demo's files load while the app renders and checks for a saved workspace (demo.ts).
prefetchDemo();
// The analysis worker flattens the buildings for the map's tiles (tiles-client.ts): started now,
// it boots while the page renders instead of after the data has arrived.
analysisWorker();

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
