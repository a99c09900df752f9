/**
 * Puts each GraphQL operation through the execution gate (executionGate.ts) once it is parsed,
 * validated and bounded, before any resolver runs: in Apollo's `didResolveOperation`, after the
 * bounds plugin (listed before this one) has noted the operation's cost, so that the weight is
 * known. Apollo calls every plugin's hook in list order, and the bounds hook does its work before
 * its first await, so the cost is there when this hook reads it. A request refused as busy gets
 * SERVICE_UNAVAILABLE with HTTP 503 and Retry-After; nothing of it ran.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "../context.ts";
import { ServerBusyError } from "../errors/boundsErrors.ts";
import type { ExecutionGate } from "./executionGate.ts";
import { introspects, operationWeight } from "./operationWeight.ts";

export function executionGatePlugin(gate: ExecutionGate): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let refused = false;
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          // No operation (execution refuses it), or a request from outside HTTP (tests, benches).
          const admission = contextValue.admission;
          if (!operation || !admission) return;
          const release = await gate.enter(
            operationWeight(admission.cost ?? 1, introspects(operation, document)),
          );
          if (!release) {
            refused = true;
            throw new ServerBusyError();
          }
          admission.hold(release);
        },
        async willSendResponse({ response }) {
          if (!refused) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", "1");
        },
      };
    },
  };
}
