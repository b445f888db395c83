// dispute-calc/element/exercise: registers <dispute-exercise> only, with the exercises' core.
import { DisputeExercise, define } from "../exercise.js";

define();

export { DisputeExercise };
