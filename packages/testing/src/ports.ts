/** Free TCP ports, for tests and for `npm start`'s servers (this module imports nothing of vitest). */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The first port of the range the kernel hands to outgoing connections. A port picked by
 * listening on 0 comes from that range, so between the probe's close and the real listen any
 * client socket (a pg connection, an HTTP fetch of a parallel test) may take it: EADDRINUSE.
 * Ports are therefore drawn below it, where only another listener can collide.
 */
function ephemeralStart(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 2048 ? low : 32768;
  } catch {
    return 32768; // not Linux: Linux's default, below macOS' 49152 as well
  }
}

const LOWEST = 10000;

function listenable(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => resolve(undefined));
    probe.listen(port, host, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });
}

/**
 * A TCP port on `host` that was free a moment ago, drawn at random below the ephemeral range
 * (see `ephemeralStart`); if forty draws are taken, one the kernel picks.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const high = ephemeralStart();
  for (let attempt = 0; attempt < 40 && high > LOWEST; attempt++) {
    const port = await listenable(LOWEST + Math.floor(Math.random() * (high - LOWEST)), host);
    if (port !== undefined) return port;
  }
  const port = await listenable(0, host);
  if (port === undefined) throw new Error(`no free port on ${host}`);
  return port;
}
