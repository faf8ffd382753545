/**
 * The federation's IATI files, made of the agencies' own: `/iati/<AGENCY>/activities.xml` passes
 * one agency's file through as it streams, and `/iati/activities.xml` joins every agency's
 * activities into one file. An agency that does not answer is named in a comment of the joined
 * file (its activities are missing) instead of failing the others.
 */
import { AGENCIES, type AgencyEntry, IATI_ACTIVITIES_TAIL, iatiActivitiesHead } from '@ssc/contract';
import { routeError, routeStream } from '@ssc/server-kit';

const XML = 'application/xml; charset=utf-8';
const OPEN = /<iati-activities\b[^>]*>/;
const CLOSE = /<\/iati-activities>\s*$/;

/** The base URL of an agency's subgraph, from its GraphQL URL. */
const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '');

async function* textOf(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * The activities of an agency's file: what lies between `<iati-activities ...>` and
 * `</iati-activities>`, passed on a whole activity at a time, so that a file cut short leaves
 * no half activity behind.
 */
export async function* innerActivities(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  const END = '</iati-activity>';
  let buffer = '';
  let opened = false;
  // the line break after the opening tag, which may come in the next chunk
  let lineBreak = false;
  for await (const chunk of chunks) {
    buffer += chunk;
    if (!opened) {
      const m = OPEN.exec(buffer);
      if (!m) continue;
      opened = true;
      lineBreak = true;
      buffer = buffer.slice(m.index + m[0].length);
    }
    if (lineBreak && buffer) {
      if (buffer.startsWith('\n')) buffer = buffer.slice(1);
      lineBreak = false;
    }
    const last = buffer.lastIndexOf(END);
    if (last >= 0) {
      const cut = buffer.indexOf('\n', last) >= 0 ? buffer.indexOf('\n', last) + 1 : last + END.length;
      yield buffer.slice(0, cut);
      buffer = buffer.slice(cut);
    }
  }
  if (!opened) throw new Error('not an IATI activity file');
  if (!CLOSE.test(buffer)) throw new Error('the IATI activity file ended before </iati-activities>');
  const rest = buffer.replace(CLOSE, '');
  if (rest) yield rest;
}

const safeComment = (text: string) => text.replace(/--/g, '- -').slice(0, 200);

/** The GET routes of the gateway's IATI files, for the agency subgraphs at `subgraphUrls`. */
export function iatiRoutes(subgraphUrls: Record<string, string>, timeoutMs: number) {
  /**
   * An agency's file as it streams; `timeoutMs` bounds the wait for its first byte. The signal
   * lets the caller stop the transfer when it stops reading.
   */
  const open = async (agency: AgencyEntry, controller: AbortController): Promise<AsyncGenerator<string>> => {
    const url = subgraphUrls[agency.subgraph];
    if (!url) throw new Error('no URL is configured');
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(`${baseOf(url)}/iati/activities.xml`, { signal: controller.signal });
      if (!res.ok || !res.body) throw new Error(`answered ${res.status}`);
      return textOf(res.body);
    } finally {
      clearTimeout(timer);
    }
  };
  const routes: Record<string, () => Promise<unknown>> = {};
  for (const agency of AGENCIES) {
    const route = async () => {
      try {
        return routeStream(XML, await open(agency, new AbortController()));
      } catch (e) {
        return routeError(502, `${agency.code} did not give its IATI file: ${(e as Error).message}`, {
          code: 'AGENCY_UNAVAILABLE',
          agency: agency.code,
        });
      }
    };
    routes[`/iati/${agency.code}/activities.xml`] = route;
    routes[`/iati/${agency.subgraph}/activities.xml`] = route;
  }
  routes['/iati/activities.xml'] = async () =>
    routeStream(
      XML,
      (async function* () {
        yield iatiActivitiesHead(new Date(), `the activities of ${AGENCIES.map((a) => a.code).join(', ')}`);
        for (const agency of AGENCIES) {
          const controller = new AbortController();
          try {
            yield* innerActivities(await open(agency, controller));
          } catch (e) {
            yield `<!-- ${agency.code}: unavailable, its activities are missing (${safeComment((e as Error).message)}) -->\n`;
          } finally {
            controller.abort();
          }
        }
        yield IATI_ACTIVITIES_TAIL;
      })(),
    );
  return routes;
}
