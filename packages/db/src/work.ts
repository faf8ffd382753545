/**
 * The database work of one request, bounded: how many SQL statements it may send, how many of
 * the pool's connections it may hold at once (the rest of the pool stays free for other
 * callers), and an abort signal that ends its work when the caller goes away. The server sets
 * the scope around each request; every statement sent inside it is counted and checked.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface WorkLimits {
  /** Aborted when the caller has gone away (or the request was refused): no statement is sent after. */
  readonly signal: AbortSignal;
  /** Most SQL statements the request may send. */
  readonly maxStatements: number;
  /** Most pool connections the request may hold at once. */
  readonly maxConnections: number;
  /** Named in refusals: the server (`abc`) and the settings that raise the limits. */
  readonly server: string;
}

export type WorkRefusalCode = 'OPERATION_BUDGET_EXCEEDED' | 'REQUEST_ABANDONED';

/** A statement refused because the request spent its budget or its caller went away. */
export class WorkRefused extends Error {
  constructor(
    message: string,
    readonly code: WorkRefusalCode,
  ) {
    super(message);
    this.name = 'WorkRefused';
  }
}

export class WorkScope {
  statements = 0;
  #held = 0;
  #maxConnections: number;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly limits: WorkLimits) {
    this.#maxConnections = limits.maxConnections;
    limits.signal.addEventListener('abort', () => {
      for (const wake of this.#waiting.splice(0)) wake();
    });
  }

  /** Counts one statement; throws when the budget is spent or the caller has gone. */
  spend(): void {
    this.#checkAlive();
    this.statements += 1;
    if (this.statements > this.limits.maxStatements) {
      throw new WorkRefused(
        `this request needs more than ${this.limits.maxStatements} SQL statements at ${this.limits.server} (its LIMIT_STATEMENTS setting): ask for fewer records, smaller pages or fewer nested lists`,
        'OPERATION_BUDGET_EXCEEDED',
      );
    }
  }

  /** Waits for one of the request's connection slots. */
  async acquire(): Promise<void> {
    this.#checkAlive();
    while (this.#held >= this.#maxConnections) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
      this.#checkAlive();
    }
    this.#held += 1;
  }

  /** Lowers the connections this request may hold at once (a heavy request gets fewer). */
  narrow(maxConnections: number): void {
    this.#maxConnections = Math.max(1, Math.min(this.#maxConnections, maxConnections));
  }

  release(): void {
    this.#held -= 1;
    this.#waiting.shift()?.();
  }

  #checkAlive(): void {
    if (this.limits.signal.aborted) {
      throw new WorkRefused(`the caller of this request went away; ${this.limits.server} stopped its work`, 'REQUEST_ABANDONED');
    }
  }
}

const storage = new AsyncLocalStorage<WorkScope>();

/** Runs `fn` with its database work bounded by `limits`. */
export function withWorkLimits<T>(limits: WorkLimits, fn: () => T): T {
  return storage.run(new WorkScope(limits), fn);
}

/** The scope of the request being served, if any (seeds, migrations and tests run without one). */
export const currentWork = (): WorkScope | undefined => storage.getStore();
