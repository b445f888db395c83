// dispute-calc/element: registers <dispute-calculator> and <dispute-queue> (and nothing else: no
// global, no style outside their shadow roots). Importing it is the whole setup; the wasm loads on
// first use.
import { DisputeCalculator, define } from "./calculator.js";
import { DisputeQueue, define as defineQueue } from "./queue.js";

define();
defineQueue();

export { DisputeCalculator, DisputeQueue };
