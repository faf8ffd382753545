import { lazy, Suspense } from 'react';
import { Link, useRouter } from './router.tsx';
import { SignIn } from './SignIn.tsx';
import { Overview } from './views/Overview.tsx';

// the overview is the first view and comes in the entry chunk; the others load on first visit
const Explorer = lazy(() => import('./views/Explorer.tsx').then((m) => ({ default: m.Explorer })));
const ProjectPage = lazy(() => import('./views/ProjectPage.tsx').then((m) => ({ default: m.ProjectPage })));
const CountryPage = lazy(() => import('./views/CountryPage.tsx').then((m) => ({ default: m.CountryPage })));
const Requests = lazy(() => import('./views/Requests.tsx').then((m) => ({ default: m.Requests })));
const Experts = lazy(() => import('./views/Experts.tsx').then((m) => ({ default: m.Experts })));
const Evaluations = lazy(() => import('./views/Evaluations.tsx').then((m) => ({ default: m.Evaluations })));

const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/explorer', label: 'Explorer' },
  { to: '/requests', label: 'Requests' },
  { to: '/experts', label: 'Talent bank' },
  { to: '/evaluations', label: 'Evaluations' },
];

function View({ path }: { path: string }) {
  const match = (re: RegExp) => re.exec(path)?.[1];
  if (path === '/') return <Overview />;
  if (path === '/explorer') return <Explorer />;
  if (path === '/requests') return <Requests />;
  if (path === '/experts') return <Experts />;
  if (path === '/evaluations') return <Evaluations />;
  const project = match(/^\/projects\/([^/]+)$/);
  if (project) return <ProjectPage key={project} id={decodeURIComponent(project)} />;
  const country = match(/^\/countries\/([A-Za-z]{2})$/);
  if (country) return <CountryPage key={country} code={country.toUpperCase()} />;
  return (
    <>
      <h1>Not found</h1>
      <p>
        No view here. <Link to="/">Back to the overview</Link>
      </p>
    </>
  );
}

export function App() {
  const { location } = useRouter();
  const section = (to: string) => (to === '/' ? location.path === '/' : location.path.startsWith(to));
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          SSC Federation
        </Link>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={section(n.to) ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SignIn />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          <View path={location.path} />
        </Suspense>
      </main>
      <footer>Data from each agency's own system, joined by the federation's gateway. Vocabulary: IATI 2.03. Map: Natural Earth.</footer>
    </>
  );
}
