// dispute-calc/element/queue: registers <dispute-queue> and the <dispute-calculator> its detail
// dialog shows; the CSV parser comes with it.
import { DisputeQueue, define } from "../queue.js";
import { DisputeCalculator } from "../calculator.js";

define();

export { DisputeQueue, DisputeCalculator };
