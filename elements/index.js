// dispute-calc/element: registers <dispute-calculator> (and nothing else: no global, no style
// outside its shadow root). Importing it is the whole setup; the wasm loads on first use.
import { DisputeCalculator, define } from "./calculator.js";

define();

export { DisputeCalculator };
