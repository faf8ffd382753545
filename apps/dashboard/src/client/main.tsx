/**
 * The entry, kept small: it sends the first view's question at once, then loads the
 * application, which takes the answer when it asks the same question.
 */
import { prefetchFirstView } from './prefetch.ts';
import './styles.css';

// the bench reads these marks (npm run bench:dashboard)
performance.mark('ssc:entry');
prefetchFirstView(window.location.pathname);
void import('./boot.tsx');
