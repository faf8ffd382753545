import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useCallback, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createClient } from './apollo.ts';
import { AuthProvider } from './auth.tsx';
import { Router } from './router.tsx';
import './styles.css';

function Root() {
  const client = useMemo(createClient, []);
  // who is signed in changes what the agencies show: drop every cached answer and ask again
  const onChange = useCallback(() => void client.resetStore(), [client]);
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
