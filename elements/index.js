// dispute-calc/element: registers <dispute-calculator> and <dispute-exercise> (and nothing else:
// no global, no style outside their shadow roots). Importing it is the whole setup; the wasm loads
// on first use, once for the page.
import { DisputeCalculator, define } from "./calculator.js";
import { DisputeExercise, define as defineExercise } from "./exercise.js";

define();
defineExercise();

export { DisputeCalculator, DisputeExercise };
