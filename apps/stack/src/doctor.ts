/**
 * `npm run doctor`: checks a deployment described by the gateway's environment (`ABC_URL`, ...,
 * `JWKS_<CODE>`) and says what is wrong in words: each subgraph reachable and ready (an agency's
 * database answering and holding every migration of this release), serving the SDL committed in
 * this repository, its clock within the tokens' skew of this machine's; each agency's public keys
 * (JWKS) readable and holding keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { jwksFromEnv } from '@ssc/auth';
import { type GatewayEnv, SUBGRAPHS } from '@ssc/gateway';
import { sdlFile } from '@ssc/gateway/compose';
import { graphqlSync, parse, print } from 'graphql';

/** Most seconds a server's clock may differ from this one's (as tokens' `iat` is allowed). */
export const CLOCK_SKEW_SECONDS = 60;

export interface Finding {
  readonly ok: boolean;
  /** The subgraph or agency it is about. */
  readonly subject: string;
  readonly message: string;
}

const TIMEOUT_MS = 5_000;

/** Where two SDLs first differ, compared as printed documents (layout and comments aside); undefined when they agree. */
function firstDifference(served: string, committed: string): string | undefined {
  const lines = (sdl: string) => print(parse(sdl)).split('\n');
  // a subgraph serves its SDL as @apollo/subgraph prints it: the committed one is printed alike
  const printed = graphqlSync({ schema: buildSubgraphSchema(parse(committed)), source: '{ _service { sdl } }' }).data as {
    _service: { sdl: string };
  };
  const [a, b] = [lines(served), lines(printed._service.sdl)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `it serves "${(a[i] ?? '(nothing)').trim().slice(0, 80)}" where the committed SDL has "${(b[i] ?? '(nothing)').trim().slice(0, 80)}"`;
  }
  return undefined;
}

async function checkSubgraph(name: string, url: string, committed: string | undefined): Promise<Finding[]> {
  const findings: Finding[] = [];
  const say = (ok: boolean, message: string) => findings.push({ ok, subject: name, message });
  let health: Response;
  try {
    health = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    say(
      false,
      `not reachable at ${url} (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}): is it running, and is ${name.toUpperCase()}_URL right?`,
    );
    return findings;
  }
  const body = (await health.json().catch(() => ({}))) as { checks?: Record<string, boolean> };
  const failing = Object.entries(body.checks ?? {})
    .filter(([, ok]) => !ok)
    .map(([check]) => check);
  if (health.ok) say(true, `reachable and ready at ${url}`);
  else
    say(
      false,
      `reachable at ${url} but not ready (${health.status}): ${
        failing
          .map((c) =>
            c === 'database'
              ? 'its database does not answer (check DATABASE_URL and that PostgreSQL runs)'
              : c === 'migrations'
                ? "its database lacks migrations of this release (run the agency's `migrate` command, or start it with MIGRATE_ON_START=true)"
                : `${c} fails`,
          )
          .join('; ') || 'no reason given'
      }`,
    );
  if (body.checks && 'migrations' in body.checks && body.checks.migrations) say(true, 'its database holds every migration of this release');
  // its clock: the Date header of its answer, against this machine's
  const date = Date.parse(health.headers.get('date') ?? '');
  if (Number.isFinite(date)) {
    const skew = Math.round((date - Date.now()) / 1000);
    if (Math.abs(skew) > CLOCK_SKEW_SECONDS)
      say(
        false,
        `its clock is ${Math.abs(skew)} s ${skew > 0 ? 'ahead of' : 'behind'} this machine's (more than ${CLOCK_SKEW_SECONDS} s): tokens will be refused; sync it with NTP`,
      );
    else say(true, `its clock is within ${CLOCK_SKEW_SECONDS} s of this machine's`);
  }
  // its schema: the SDL it serves, against the committed one
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = (await res.json()) as { data?: { _service?: { sdl?: string } }; errors?: { message: string }[] };
    const sdl = answer.data?._service?.sdl;
    if (sdl === undefined)
      say(
        false,
        `its SDL could not be compared: it does not serve it (${answer.errors?.[0]?.message ?? res.status}); set INTROSPECTION=true on it while you check`,
      );
    else if (committed === undefined) say(false, 'its SDL could not be compared: this repository has no committed SDL for it');
    else {
      const difference = firstDifference(sdl, committed);
      if (difference === undefined) say(true, 'serves the SDL committed in this repository');
      else
        say(
          false,
          `serves an SDL that differs from the committed one (${difference}): it runs another release than the gateway (deploy the same release, or run \`npm run compose\` and redeploy the gateway)`,
        );
    }
  } catch (err) {
    say(false, `its SDL could not be asked: ${(err as Error).message}`);
  }
  return findings;
}

async function checkJwks(agency: string, location: string | undefined): Promise<Finding> {
  const say = (ok: boolean, message: string): Finding => ({ ok, subject: agency, message });
  const variable = `JWKS_${agency}`;
  if (!location) return say(false, `${variable} is unset: ${agency}'s tokens are refused everywhere`);
  let text: string;
  try {
    if (/^https?:\/\//.test(location)) {
      const res = await fetch(location, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!res.ok) return say(false, `${variable} (${location}) answers ${res.status}: its public keys cannot be read`);
      text = await res.text();
    } else {
      if (!existsSync(location)) return say(false, `${variable} names a file that does not exist: ${location}`);
      text = readFileSync(location, 'utf8');
    }
  } catch (err) {
    return say(false, `${variable} (${location}) is not reachable: ${(err as Error).message}`);
  }
  try {
    const keys = (JSON.parse(text) as { keys?: unknown[] }).keys;
    if (!Array.isArray(keys) || !keys.length) return say(false, `${variable} (${location}) holds no keys`);
    return say(true, `its public keys are readable (${keys.length} key${keys.length > 1 ? 's' : ''})`);
  } catch {
    return say(false, `${variable} (${location}) is not a JWKS (not JSON)`);
  }
}

/** Every finding about the deployment that `env` describes. */
export async function checkDeployment(env: GatewayEnv): Promise<Finding[]> {
  const subgraphs = SUBGRAPHS.filter((s) => !(s.name === 'network' && env.NETWORK_IN_PROCESS));
  const committed = (name: string) => {
    const info = SUBGRAPHS.find((s) => s.name === name);
    const file = info ? sdlFile(info) : undefined;
    return file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const results = await Promise.all([
    ...subgraphs.map((s) => checkSubgraph(s.name, env.subgraphUrls[s.name] ?? '', committed(s.name))),
    ...Object.entries(jwksFromEnv(env)).map(async ([agency, location]) => [await checkJwks(agency, location)]),
  ]);
  return results.flat();
}

/** The findings as lines, problems first. */
export function report(findings: readonly Finding[]): string {
  const problems = findings.filter((f) => !f.ok);
  const lines = [...problems, ...findings.filter((f) => f.ok)].map((f) => `${f.ok ? 'ok     ' : 'PROBLEM'}  ${f.subject}: ${f.message}`);
  lines.push(problems.length ? `\n${problems.length} problem(s) found.` : '\nNo problem found.');
  return lines.join('\n');
}
