/**
 * The collaboration worker: picks each actor's strongest links (`collabLinkSteps`, a second
 * of counting pairs at 10,000 documents) off the main thread, from numbers only; the main
 * thread reads the input from the graph and builds the drawn network from the reply.
 */
import { collabLinkSteps, runSteps } from "./collaboration.ts";
import type { CollabInput, CollabLinks } from "./collaboration.ts";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ input: CollabInput; linksPerActor: number }>) => void) | null;
  postMessage(message: CollabLinks, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { input, linksPerActor } = event.data;
  const links = runSteps(collabLinkSteps(input, linksPerActor));
  scope.postMessage(links, [
    links.keys.buffer,
    links.weights.buffer,
    links.eventStart.buffer,
    links.eventIds.buffer,
    links.directStart.buffer,
    links.directIds.buffer,
  ]);
};
