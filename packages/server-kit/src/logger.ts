import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; `LOG_LEVEL` picks the level. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
