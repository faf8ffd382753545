/**
 * `npm run token -- --agency ABC --user ana --roles officer,evaluator [--hours 8]`:
 * prints a development token signed with the agency's key in the data folder (made on first
 * use; `npm start` reads the same keys). Send it as `Authorization: Bearer <token>`.
 */
import { parseArgs } from 'node:util';
import { ensureDevKeys, issueToken, ROLES, type Role, readPrivateKey } from '@ssc/auth';
import { AGENCIES } from '@ssc/contract';
import { loadStackEnv } from './env.ts';

const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    user: { type: 'string', default: 'dev-user' },
    roles: { type: 'string', default: 'viewer' },
    hours: { type: 'string', default: '8' },
  },
});
const codes: string[] = AGENCIES.map((a) => a.code);
const roles = (values.roles ?? '')
  .split(',')
  .map((r) => r.trim())
  .filter(Boolean);
const hours = Number(values.hours);
const problems = [
  ...(values.agency && codes.includes(values.agency) ? [] : [`--agency must be one of ${codes.join(', ')}`]),
  ...roles.filter((r) => !(ROLES as readonly string[]).includes(r)).map((r) => `unknown role "${r}" (roles: ${ROLES.join(', ')})`),
  ...(Number.isFinite(hours) && hours > 0 && hours <= 24 ? [] : ['--hours must be between 0 and 24']),
];
if (problems.length) {
  console.error(`usage: npm run token -- --agency ABC --user ana --roles officer,evaluator [--hours 8]\n${problems.join('\n')}`);
  process.exit(2);
}
const env = loadStackEnv();
await ensureDevKeys(env.keysDir);
const agency = values.agency as string;
console.log(
  await issueToken(
    readPrivateKey(env.keysDir, agency),
    { agency, user: values.user as string, roles: roles as Role[] },
    Math.round(hours * 3600),
  ),
);
