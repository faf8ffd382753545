/** `npm run doctor`: the checks of doctor.ts on the deployment the environment describes; exits 1 on a problem. */
import { loadGatewayEnv } from '@ssc/gateway';
import { checkDeployment, report } from './doctor.ts';

const findings = await checkDeployment(loadGatewayEnv());
process.stdout.write(`${report(findings)}\n`);
process.exit(findings.some((f) => !f.ok) ? 1 : 0);
