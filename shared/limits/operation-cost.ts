import {
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  isObjectType,
  isInterfaceType,
} from "graphql";

/** Items of a list the schema cannot size by `first`: "Type.field" -> its width, given the field's arguments. */
export type ListWidths = Record<string, (args: Record<string, unknown>) => number | undefined>;

export interface CostOptions {
  /** Size assumed for a list with no `first` and no known width. */
  defaultListSize: number;
  listWidths?: ListWidths;
}

/**
 * An upper bound of the values an answer may hold. Every field counts 1; an object in a list counts once
 * per item, with everything under it. A list's size is, in order: a known width (the countries a
 * `countries` query fans out to, the representations of `_entities`), its own `first`/`last`, the
 * `first` of the connection it sits in (`incidents(first: 500) { nodes { ... } }`), else
 * `defaultListSize`. Variables are read as sent, defaults from the schema, `@skip`/`@include` ignored
 * (an upper bound). A leaf list (`harmTypes`) counts 1: its values are part of the record.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const memo = new Map<string, number>();
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType, page: number | undefined, visiting: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, page, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) total += costOf(selection.selectionSet, type, page, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !isCompositeType(type) || visiting.has(name)) continue;
        const key = `${name}\u0000${page ?? ""}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          cost = costOf(fragment.selectionSet, type, page, new Set(visiting).add(name));
          memo.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, page: number | undefined, visiting: Set<string>): number => {
    const definition = fieldDefinition(schema, parent, node.name.value);
    if (!definition || !node.selectionSet) return 1;
    const args = argumentsOf(definition, node, variables);
    const own = pageSize(args);
    const type = getNamedType(definition.type);
    if (!isCompositeType(type)) return 1;
    if (!isListType(getNullableType(definition.type))) {
      // A connection: its `first` sizes the lists inside it (`nodes`), not its `totalCount`.
      return 1 + costOf(node.selectionSet, type, own, visiting);
    }
    const known = options.listWidths?.[`${parent.name}.${node.name.value}`]?.(args);
    const width = Math.max(0, known ?? own ?? page ?? options.defaultListSize);
    return width * (1 + costOf(node.selectionSet, type, undefined, visiting));
  };

  return costOf(operation.selectionSet, root, undefined, new Set());
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, variables);
  } catch {
    // A value execution will refuse anyway (a string for `first`): size the list by the defaults.
    return {};
  }
}

function pageSize(args: Record<string, unknown>): number | undefined {
  const size = args.first ?? args.last;
  return typeof size === "number" && Number.isFinite(size) ? size : undefined;
}
