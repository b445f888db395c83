// dispute-calc/element/calculator: registers <dispute-calculator> only (no queue, no exercises).
import { DisputeCalculator, define } from "../calculator.js";

define();

export { DisputeCalculator };
