/** A small client-side router over the History API: the address is the state (filters live in the query string). */
import { type AnchorHTMLAttributes, createContext, type MouseEvent, useCallback, useContext, useEffect, useState } from 'react';

export interface Location {
  readonly path: string;
  readonly search: URLSearchParams;
}

const read = (): Location => ({ path: window.location.pathname, search: new URLSearchParams(window.location.search) });

const RouterContext = createContext<{ location: Location; navigate: (to: string, replace?: boolean) => void } | null>(null);

export function Router({ children }: { children: React.ReactNode }) {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const onPop = () => setLocation(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, replace = false) => {
    if (replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    setLocation(read());
    if (!replace) window.scrollTo(0, 0);
  }, []);
  return <RouterContext.Provider value={{ location, navigate }}>{children}</RouterContext.Provider>;
}

export function useRouter() {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside <Router>');
  return router;
}

/** The query string as an editable record: `set` replaces the given keys (empty values are removed). */
export function useSearch() {
  const { location, navigate } = useRouter();
  const set = useCallback(
    (changes: Record<string, string | string[] | undefined>, replace = false) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        next.delete(key);
        for (const v of Array.isArray(value) ? value : value ? [value] : []) if (v) next.append(key, v);
      }
      const query = next.toString();
      navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, replace);
    },
    [navigate],
  );
  return { search: location.search, set };
}

export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const { navigate } = useRouter();
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={click} {...rest} />;
}
