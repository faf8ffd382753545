/**
 * A lookup by id answers null for an id that its agency does not hold. The network subgraph
 * turns an id into a typed reference without asking anyone, so `project(id: "ABC-P-999999") { id }`
 * would answer an object that does not exist. Each root lookup therefore also asks the owner for
 * a field of the record that only the owner holds (its `version`): the owner answers null for an id it does
 * not know, and the gateway's answer is null. The added field is taken out of the response.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { type DocumentNode, type FieldNode, Kind, type OperationDefinitionNode } from 'graphql';

/** Each root lookup, and a non-null field of its records that only the owning agency answers. */
const LOOKUPS: ReadonlyMap<string, string> = new Map([
  ['project', 'version'],
  ['institution', 'version'],
  ['evaluation', 'version'],
  ['cooperationRequest', 'version'],
  ['expert', 'version'],
  ['lesson', 'createdAt'],
]);
const CHECK = '_sscOwnerHoldsIt';
const checkField = (field: string): FieldNode => ({
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: CHECK },
  name: { kind: Kind.NAME, value: field },
});

type Writable<C extends BaseContext> = {
  -readonly [K in keyof GraphQLRequestContextDidResolveOperation<C>]: GraphQLRequestContextDidResolveOperation<C>[K];
};

export function lookupsAskTheOwner<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const added: string[] = [];
      return {
        async didResolveOperation(context) {
          const { operation, document } = context;
          if (operation?.operation !== 'query') return;
          const selections = operation.selectionSet.selections.map((s) => {
            const owned = s.kind === Kind.FIELD ? LOOKUPS.get(s.name.value) : undefined;
            if (s.kind !== Kind.FIELD || !owned || !s.selectionSet) return s;
            added.push((s.alias ?? s.name).value);
            return { ...s, selectionSet: { ...s.selectionSet, selections: [...s.selectionSet.selections, checkField(owned)] } };
          });
          if (!added.length) return;
          // a new document (the parsed one is cached and shared): the same text always gives the same one
          const changed: OperationDefinitionNode = { ...operation, selectionSet: { ...operation.selectionSet, selections } };
          const writable = context as unknown as Writable<C>;
          writable.operation = changed;
          writable.document = {
            ...document,
            definitions: document.definitions.map((d) => (d === operation ? changed : d)),
          } as DocumentNode;
        },
        async willSendResponse({ response }) {
          if (!added.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const data = result.data as Record<string, unknown> | null | undefined;
          for (const key of added) {
            const value = data?.[key];
            if (value && typeof value === 'object') delete (value as Record<string, unknown>)[CHECK];
          }
          const completion = result.extensions?.valueCompletion as { path?: unknown[] }[] | undefined;
          if (Array.isArray(completion)) {
            const kept = completion.filter((c) => c.path?.at(-1) !== CHECK);
            if (kept.length) (result.extensions as Record<string, unknown>).valueCompletion = kept;
            else delete (result.extensions as Record<string, unknown>).valueCompletion;
            if (result.extensions && !Object.keys(result.extensions).length) delete result.extensions;
          }
        },
      };
    },
  };
}
