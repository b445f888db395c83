// dispute-calc/element: registers <dispute-calculator>, <dispute-exercise> and <dispute-queue> (and
// nothing else: no global, no style outside their shadow roots). Importing it is the whole setup;
// the wasm loads on first use, once for the page.
import { DisputeCalculator, define } from "./calculator.js";
import { DisputeExercise, define as defineExercise } from "./exercise.js";
import { DisputeQueue, define as defineQueue } from "./queue.js";

define();
defineExercise();
defineQueue();

export { DisputeCalculator, DisputeExercise, DisputeQueue };
