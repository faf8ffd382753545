import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createClient } from './apollo.ts';
import { AuthProvider } from './auth.tsx';
import { Router } from './router.tsx';

/** The application: loaded by the entry (main.tsx) once it has sent the first view's question. */
const client = createClient();

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
