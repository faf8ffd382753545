import type { Logger } from 'pino';

/**
 * Stops the given things in order on SIGTERM or SIGINT, then exits; a second signal, or
 * `graceMs` passing, exits at once.
 */
export function onShutdown(logger: Logger, stop: () => Promise<void>, graceMs = 15_000): void {
  keepServing(logger);
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}

let guarded = false;

/**
 * A promise rejected with no handler is logged, and the server goes on serving: no request can
 * take a server down that way. An uncaught exception still ends the process (its state may be
 * broken), after it is logged; `npm start` and any supervisor start it again.
 */
export function keepServing(logger: Logger): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (logged; the server keeps serving)');
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception: exiting');
    process.exit(70);
  });
}
