/**
 * The page a browser gets at a server's GraphQL endpoint: a small query console in one
 * self-contained document (no script, style or font from anywhere else, enforced by its
 * Content-Security-Policy), so that it works offline and leaks nothing to third parties.
 */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function consolePage(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
 body{font:15px/1.4 system-ui,sans-serif;margin:0;padding:1rem;max-width:1200px}
 h1{font-size:1.2rem;margin:0 0 .5rem} label{display:block;font-weight:600;margin:.5rem 0 .2rem}
 textarea,input{width:100%;box-sizing:border-box;font:13px/1.4 ui-monospace,monospace;padding:.4rem}
 .cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem} @media(max-width:700px){.cols{grid-template-columns:1fr}}
 pre{background:#f4f4f4;padding:.6rem;overflow:auto;min-height:20rem;margin:0} button{margin:.6rem 0;padding:.4rem 1rem;font-size:1rem}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>POST GraphQL to this URL (<code>application/json</code>). Writes need <code>Authorization: Bearer &lt;token&gt;</code>.</p>
<div class="cols"><div>
<label for="q">Query</label><textarea id="q" rows="14">{ agencies { code name } }</textarea>
<label for="v">Variables (JSON)</label><textarea id="v" rows="4">{}</textarea>
<label for="t">Bearer token (optional)</label><input id="t" autocomplete="off">
<button id="run" type="button">Run (Ctrl+Enter)</button>
</div><div><label for="out">Answer</label><pre id="out" tabindex="0" aria-live="polite"></pre></div></div>
<script>
const $ = (id) => document.getElementById(id);
async function run() {
  let variables;
  try { variables = JSON.parse($('v').value || '{}'); } catch (e) { $('out').textContent = 'Variables are not JSON: ' + e.message; return; }
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if ($('t').value.trim()) headers.authorization = 'Bearer ' + $('t').value.trim();
  $('out').textContent = '...';
  try {
    const res = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify({ query: $('q').value, variables }) });
    $('out').textContent = res.status + '\\n' + JSON.stringify(await res.json(), null, 2);
  } catch (e) { $('out').textContent = 'failed: ' + e.message; }
}
$('run').addEventListener('click', run);
document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
</script></body></html>`;
}
