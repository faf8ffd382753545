/**
 * Text that no server stores: a NUL character (PostgreSQL refuses it) or a lone UTF-16
 * surrogate (not Unicode at all). Every request's variables and literal arguments are read once
 * before anything runs; the first such text is refused with BAD_USER_INPUT naming where it is,
 * so that no database's own message ever reaches a caller.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with `text`, or undefined when it is fit to store. */
export function unfitText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'holds a NUL character (U+0000), which no text may hold';
  if (LONE_SURROGATE.test(text)) return 'holds a lone UTF-16 surrogate: it is not valid Unicode text';
  return undefined;
}

/** The path and fault of the first unfit text in a JSON value, e.g. `$input.participants[2].name`. */
function findInValue(value: unknown, path: string): { path: string; fault: string } | undefined {
  if (typeof value === 'string') {
    const fault = unfitText(value);
    return fault ? { path, fault } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findInValue(v, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyFault = unfitText(k);
      if (keyFault) return { path: `${path} (a key)`, fault: keyFault };
      const found = findInValue(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first unfit string literal of a document, named by its field and argument. */
function findInDocument(document: ASTNode): { path: string; fault: string } | undefined {
  let found: { path: string; fault: string } | undefined;
  const where: string[] = [];
  visit(document, {
    Field: { enter: (n) => void where.push(`.${n.name.value}`), leave: () => void where.pop() },
    Argument: { enter: (n) => void where.push(`(${n.name.value})`), leave: () => void where.pop() },
    ObjectField: { enter: (n) => void where.push(`.${n.name.value}`), leave: () => void where.pop() },
    StringValue(node) {
      const fault = found ? undefined : unfitText(node.value);
      if (fault) found = { path: where.join('').replace(/^\./, '') || 'a literal', fault };
    },
  });
  return found;
}

const literalFaults = new WeakMap<DocumentNode, { path: string; fault: string } | null>();

export const unfitInput = (where: string, fault: string) =>
  new GraphQLError(`the text at ${where} ${fault}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: where, http: { status: 400 } },
  });

export function textGuard<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = findInValue(request.variables ?? {}, '$');
          if (variables) throw unfitInput(variables.path.replace(/^\$\./, '$'), variables.fault);
          // a document's literals are the same every time it comes (Apollo keeps parsed documents): read them once
          let literal = literalFaults.get(document);
          if (literal === undefined) {
            literal = findInDocument(document) ?? null;
            literalFaults.set(document, literal);
          }
          if (literal) throw unfitInput(literal.path, literal.fault);
        },
      };
    },
  };
}

/**
 * An operationName that the document does not hold is refused with 400, and so is
 * an operation of a type the schema has no root for (a subscription, or a mutation where there
 * are none) is a document GraphQL cannot run: refused as such (graphql-js 16 lets it reach
 * execution, which fails as an internal error).
 */
export function knownOperationTypes<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request, document }) {
          if (!operation) {
            // Apollo Server leaves this to the gateway's executor, which fails with an internal error
            const named = request.operationName;
            const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
            throw new GraphQLError(
              named
                ? `the document has no operation named "${named.slice(0, 100)}"`
                : `the document holds ${count} operations: name the one to run in operationName`,
              { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
            );
          }
          if (schema.getRootType(operation.operation)) return;
          throw new GraphQLError(`this graph has no ${operation.operation} operations`, {
            nodes: operation,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
