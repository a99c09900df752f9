/**
 * Bounds every operation before it runs, in Apollo's `didResolveOperation` hook: after the
 * document is parsed and validated and the operation chosen, before any resolver (and so before
 * @neo4j/graphql builds any Cypher). It sees the request's variables, which a validation rule
 * does not, so a limit or a filter passed in a variable is held to the same rules as a literal.
 *
 * In order, each refusal naming what to change:
 * 1. every variable as sent, then every argument after coercion, within INPUT_LIMITS
 *    (BAD_USER_INPUT naming the argument);
 * 2. the generated API's paging and sorting arguments (pagingArguments.ts), and input values the
 *    library cannot translate (generatedInputs.ts); BAD_USER_INPUT;
 * 3. the cost: what the answer can hold, multiplied along nested lists (queryCost.ts;
 *    LIMIT_EXCEEDED, `limit: "maxCost"`);
 * and then union lists get their explicit page size (unionLimits.ts).
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { ApiContext } from "../context.ts";
import { ArgumentRefusedError, CostLimitError } from "../errors/boundsErrors.ts";
import { generatedInputProblems } from "./generatedInputs.ts";
import { describeExcess, type InputLimits, inputExcess } from "./inputBounds.ts";
import type { ListSizes } from "./listSizes.ts";
import { pagingProblems } from "./pagingArguments.ts";
import { operationCost } from "./queryCost.ts";
import { withUnionLimits } from "./unionLimits.ts";

export interface OperationBounds {
  readonly maxCost: number;
  readonly input: InputLimits;
  readonly sizes: ListSizes;
}

function usesVariable(value: ValueNode, name: string): boolean {
  switch (value.kind) {
    case Kind.VARIABLE:
      return value.name.value === name;
    case Kind.LIST:
      return value.values.some((v) => usesVariable(v, name));
    case Kind.OBJECT:
      return value.fields.some((f) => usesVariable(f.value, name));
    default:
      return false;
  }
}

/** The argument that takes variable `name`, for naming it in a refusal. */
function argumentTaking(document: DocumentNode, name: string): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node: ArgumentNode) {
      if (found === undefined && usesVariable(node.value, name)) found = node.name.value;
    },
  });
  return found;
}

/** Refuses a variable, as sent, that is too deep or too large; before coercion walks it recursively. */
function checkRawVariables(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  limits: InputLimits,
): void {
  for (const [name, value] of Object.entries(variables)) {
    const excess = inputExcess(value, limits);
    if (!excess) continue;
    const argument = argumentTaking(document, name);
    throw new ArgumentRefusedError(
      `The variable $${name}${argument ? ` (argument ${argument})` : ""} ${describeExcess(excess, limits)}`,
      argument ?? `$${name}`,
    );
  }
}

/** Refuses an argument, after coercion, that is too deep, too large, or a wrong page or sort. */
function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  limits: InputLimits,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field || field.args.length === 0 || !node.arguments?.length) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          // Arguments that do not coerce are refused by execution with their own message.
          return;
        }
        for (const definition of field.args) {
          const value = args[definition.name];
          const type = getNullableType(definition.type);
          if (value === undefined || value === null) continue;
          if (!isInputObjectType(getNamedType(type)) && !isListType(type)) continue;
          const excess = inputExcess(value, limits);
          if (excess) {
            throw new ArgumentRefusedError(
              `The argument ${definition.name} of ${field.name} ${describeExcess(excess, limits)}`,
              definition.name,
            );
          }
        }
        const [problem] = [...pagingProblems(field, args), ...generatedInputProblems(field, args)];
        if (problem) throw new ArgumentRefusedError(problem.message, problem.argument);
      },
    }),
  );
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Checks the operation; returns the document to execute (with union page sizes made explicit)
 * and its cost (undefined when its variables do not coerce: it never runs).
 */
export function boundOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>>,
  bounds: OperationBounds,
): { readonly document: DocumentNode; readonly cost: number | undefined } {
  checkRawVariables(document, rawVariables, bounds.input);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, {
    maxErrors: 1,
  });
  // Variables that do not coerce never run: execution refuses them with graphql-js's message.
  if (coerced.errors) return { document, cost: undefined };
  const variables = coerced.coerced;
  checkArguments(schema, document, variables, bounds.input);
  const cost = operationCost({
    schema,
    operation,
    fragments: fragmentsOf(document),
    variables,
    sizes: bounds.sizes,
    stopAbove: bounds.maxCost,
  });
  if (cost > bounds.maxCost) throw new CostLimitError(cost, bounds.maxCost);
  return { document: withUnionLimits(schema, document, variables, bounds.sizes), cost };
}

export function operationBoundsPlugin(bounds: OperationBounds): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContextDidResolveOperation<ApiContext>) {
          const { schema, document, operation, request, contextValue } = requestContext;
          // No operation to run (a name that matches none): execution refuses it.
          if (!operation) return;
          const { document: bounded, cost } = boundOperation(
            schema,
            document,
            operation,
            request.variables ?? {},
            bounds,
          );
          // For the execution gate's weight (executionGatePlugin.ts, whose hook runs after this one).
          if (contextValue.admission && cost !== undefined) contextValue.admission.cost = cost;
          // Apollo executes `requestContext.document` as it stands after this hook; a document
          // with explicit union page sizes replaces it for this request only (the cached one,
          // shared by every request, is never changed).
          if (bounded !== document) (requestContext as { document: DocumentNode }).document = bounded;
        },
      };
    },
  };
}
