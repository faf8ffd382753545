/**
 * What an operation will cost, estimated before it runs, with its variables applied: every
 * object it may return counts 1, every search (a list answered with a total and a page, which
 * each agency answers with its own SQL) counts `searchCost`, and everything under a list counts
 * once per element the list may hold: `first` (from a literal, a variable or the default), the
 * number of representations of `_entities`, or an estimate per field. A search under a list is a
 * search per parent, unless the model says the field is answered for a whole page at once. A
 * statistics type (`ProjectStats`, ...) is a search too: every agency answers it with its own SQL,
 * like a page of a list; its breakdowns are lists of the estimated size.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface CostModel {
  /** Cost of one search (at the gateway: all agencies' slices and their merge). */
  readonly searchCost: number;
  /** Elements assumed for a list field that takes no `first`: by `Type.field`, or `*.field` for any type. */
  readonly listSizes?: Readonly<Record<string, number>>;
  /** Elements assumed for any other list. */
  readonly defaultListSize: number;
  /** Page size of a search when `first` is absent and has no default. */
  readonly defaultPageSize: number;
  /** Searches answered for a whole page of parents at once (one statement per agency, not one per parent). */
  readonly batched?: (parentType: string, field: string) => boolean;
}

export interface OperationCost {
  /** The estimate the limit compares. */
  readonly cost: number;
  /** Searches the operation may run. */
  readonly searches: number;
}

/** A search: a type with a total and a list of records (`totalCount`/`nodes` or `total`/`items`). */
function pageField(type: GraphQLCompositeType): string | undefined {
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const fields = type.getFields();
  if (!('totalCount' in fields) && !('total' in fields)) return undefined;
  return ['nodes', 'items'].find((f) => fields[f] && isListType(getNullableType(fields[f].type)));
}

/** A statistics type: an object type named `...Stats` with a `count`, answered by one search per agency. */
function isStatistics(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && type.name.endsWith('Stats') && 'count' in type.getFields();
}

/**
 * The cost of `operationName` in `document`, or undefined when the operation or its variables
 * are invalid (execution reports that).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | undefined,
  model: CostModel,
): OperationCost | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return undefined;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let searches = 0;

  const included = (node: { directives?: readonly unknown[] }) => {
    const n = node as FieldNode;
    if (getDirectiveValues(GraphQLSkipDirective, n, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, n, variables)?.if !== false;
  };

  /** Fields on the type itself are summed; fragments on narrower types are alternatives: the dearest counts. */
  const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType, times: number, pageSize?: number): number => {
    let common = 0;
    const narrower = new Map<string, number>();
    const fragment = (condition: string | undefined, inner: SelectionSetNode) => {
      const target = condition ? schema.getType(condition) : type;
      if (!target || !isCompositeType(target)) return;
      const c = selectionCost(inner, target, times, pageSize);
      if (target === type) common += c;
      else narrower.set(target.name, Math.max(narrower.get(target.name) ?? 0, c));
    };
    for (const s of set.selections) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) common += fieldCost(s, type, times, pageSize);
      else if (s.kind === Kind.INLINE_FRAGMENT) fragment(s.typeCondition?.name.value, s.selectionSet);
      else {
        const f = fragments.get(s.name.value);
        if (f) fragment(f.typeCondition.name.value, f.selectionSet);
      }
    }
    return common + Math.max(0, ...narrower.values());
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, times: number, pageSize?: number): number => {
    const name = node.name.value;
    if (name.startsWith('__')) return 0;
    const def: GraphQLField<unknown, unknown> | undefined =
      parent instanceof GraphQLObjectType || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!def) return 0;
    const named = getNamedType(def.type);
    if (!isCompositeType(named) || !node.selectionSet) return 0;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(def, node, variables);
    } catch {
      // invalid arguments: execution refuses them
    }
    const first = typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
    const page = pageField(named);
    if (page || isStatistics(named)) {
      const perParent = !(times > 1 && model.batched?.(parent.name, name));
      const count = perParent ? times : 1;
      searches += count;
      return count * model.searchCost + times + selectionCost(node.selectionSet, named, times, first ?? model.defaultPageSize);
    }
    if (isListType(getNullableType(def.type))) {
      const representations = name === '_entities' && Array.isArray(args.representations) ? args.representations.length : undefined;
      const size =
        first ??
        representations ??
        (pageSize !== undefined && pageField(parent) === name ? pageSize : undefined) ??
        model.listSizes?.[`${parent.name}.${name}`] ??
        model.listSizes?.[`*.${name}`] ??
        model.defaultListSize;
      return times * size + selectionCost(node.selectionSet, named, times * size);
    }
    return times + selectionCost(node.selectionSet, named, times);
  };

  const cost = selectionCost(operation.selectionSet, root, 1);
  return { cost: Math.round(cost), searches };
}
