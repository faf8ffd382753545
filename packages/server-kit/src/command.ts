/** Runs a build step (a command to its end), its output kept and handed to `log` line by line. */
import { spawn } from 'node:child_process';

export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; what: string; log?: (line: string) => void },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
      });
    child.once('error', reject);
    child.once('exit', (code) => {
      for (const line of output.trim().split('\n')) if (line) options.log?.(line);
      if (code === 0) resolve();
      else reject(new Error(`${options.what} failed (code ${code}):\n${output}`));
    });
  });
}
