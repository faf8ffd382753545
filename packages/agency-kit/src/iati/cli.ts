/**
 * The IATI commands of an agency, on its database:
 *   iati import FILE [--skip-invalid]   load an IATI 2.03 activity file (as the agency's admin at the console)
 *   iati export [FILE]                  write the agency's activity file (to standard output without FILE)
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDatabase } from '@ssc/db';
import type { AgencyDefinition } from '../agency.ts';
import type { AgencyDatabase } from '../tables.ts';
import { iatiActivities } from './export.ts';
import { ImportRefused, type ImportReport, importIati } from './import.ts';
import { importDeps } from './index.ts';

const USAGE = 'usage: iati import FILE [--skip-invalid] | iati export [FILE]';

const describe = (r: ImportReport) =>
  `${r.activities} activities read: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.refused.length} refused`;

/** Runs `iati import|export`; returns the process exit code. */
export async function runIati(
  def: AgencyDefinition,
  databaseUrl: string,
  argv: readonly string[],
  options: { cwd?: string; out?: NodeJS.WritableStream; err?: NodeJS.WritableStream } = {},
): Promise<number> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const [command, ...rest] = argv;
  const skipInvalid = rest.includes('--skip-invalid');
  const file = rest.find((a) => !a.startsWith('--'));
  if ((command !== 'import' && command !== 'export') || (command === 'import' && !file)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const { agency } = def;
  const database = createDatabase<AgencyDatabase>({
    connectionString: databaseUrl,
    poolMax: 2,
    applicationName: `ssc-${agency.subgraph}-iati`,
  });
  try {
    if (command === 'export') {
      const target = file ? createWriteStream(resolve(options.cwd ?? '.', file)) : out;
      await pipeline(Readable.from(iatiActivities(database.db, agency)), target, { end: !!file });
      return 0;
    }
    const deps = importDeps(def, database.db);
    // the console acts as the agency's admin: whoever runs this holds its database already
    const actor = {
      identity: { agency: agency.code, user: `console:${userInfo().username}`, roles: ['admin' as const] },
      requestId: 'iati-cli',
      clientRequestId: null,
    };
    const started = performance.now();
    const progress = (read: number) => {
      const seconds = (performance.now() - started) / 1_000;
      err.write(
        `\r${agency.code}: ${read.toLocaleString('en')} activities read (${Math.round(read / Math.max(seconds, 0.001)).toLocaleString('en')}/s)`,
      );
    };
    try {
      const report = await importIati(deps, actor, createReadStream(resolve(options.cwd ?? '.', file ?? '')), {
        skipInvalid,
        onProgress: progress,
      });
      err.write('\n');
      out.write(`${agency.code}: ${describe(report)}${report.stored ? '' : ' (nothing changed)'}\n`);
      for (const r of report.refused.slice(0, 50)) out.write(`  line ${r.line}${r.activity ? ` (${r.activity})` : ''}: ${r.rule}\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof ImportRefused)) throw e;
      err.write('\n');
      out.write(`${agency.code}: refused, nothing imported; ${describe(e.report)}\n`);
      for (const r of e.report.refused.slice(0, 50)) out.write(`  line ${r.line}${r.activity ? ` (${r.activity})` : ''}: ${r.rule}\n`);
      if (e.report.refused.length > 50) out.write(`  ... and ${e.report.refused.length - 50} more\n`);
      out.write('  (--skip-invalid imports the valid activities and reports the rest)\n');
      return 1;
    }
  } finally {
    await database.close();
  }
}
