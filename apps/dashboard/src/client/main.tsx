import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createClient } from './apollo.ts';
import { AuthProvider } from './auth.tsx';
import { Router } from './router.tsx';
import { OVERVIEW } from './views/Overview.tsx';
import './styles.css';

// the bench reads these marks (npm run bench:dashboard)
performance.mark('ssc:entry');

const client = createClient();
// the first view's question goes out before React has rendered anything (useQuery then joins it)
if (window.location.pathname === '/') void client.query({ query: OVERVIEW }).catch(() => {});

function Root() {
  // who is signed in changes what the agencies show: drop every cached answer and ask again
  const onChange = useCallback(() => void client.resetStore(), []);
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        <AuthProvider onChange={onChange}>
          <Router>
            <App />
          </Router>
        </AuthProvider>
      </ApolloProvider>
    </StrictMode>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Root />);
