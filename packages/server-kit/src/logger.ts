import { type Logger, pino } from 'pino';
import { activeTraceId } from './tracing.ts';

export type { Logger };

/** Structured JSON logs on stdout; `LOG_LEVEL` picks the level. A line written within a traced request carries its `traceId`. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const traceId = activeTraceId();
      return traceId ? { traceId } : {};
    },
  });
}
