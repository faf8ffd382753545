/**
 * Fairness between callers: operations whose estimated cost is at least `heavyCost` run at most
 * `concurrency` at a time; the others wait their turn in arrival order (a caller that goes away
 * leaves the queue). Cheap operations never wait, so a simple lookup is answered while heavy
 * lists are being worked through.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { CostedContext } from '@ssc/server-kit';

class Lane {
  #running = 0;
  readonly #queue: { wake: () => void; signal: AbortSignal | undefined }[] = [];
  constructor(readonly concurrency: number) {}

  /** Resolves with a release function once the caller may run; rejects if its signal aborts first. */
  async enter(signal: AbortSignal | undefined): Promise<() => void> {
    if (this.#running >= this.concurrency) {
      await new Promise<void>((resolve, reject) => {
        const entry = { wake: resolve, signal };
        this.#queue.push(entry);
        signal?.addEventListener(
          'abort',
          () => {
            const at = this.#queue.indexOf(entry);
            if (at >= 0) this.#queue.splice(at, 1);
            reject(new Error('the client went away while waiting'));
          },
          { once: true },
        );
      });
    } else this.#running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      if (next) next.wake();
      else this.#running -= 1;
    };
  }
}

export function heavyLane<C extends BaseContext>(heavyCost: number, concurrency: number): ApolloServerPlugin<C> {
  const lane = new Lane(concurrency);
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ contextValue }) {
          const { cost, signal } = contextValue as CostedContext & { signal?: AbortSignal };
          if (cost && cost.cost >= heavyCost) release = await lane.enter(signal);
        },
        async willSendResponse() {
          release?.();
        },
        async didEncounterErrors() {
          release?.();
        },
      };
    },
  };
}
