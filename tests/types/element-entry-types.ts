// Type test of the single-element entries: each exports its element's class and the types of its
// properties and events, and nothing of the elements it does not register.
import "dispute-calc/element/calculator";
import type { CalculatorResult, DisputeCalculator, DisputeCalculatorEventMap } from "dispute-calc/element/calculator";
import type { DisputeQueue, QueueEntry, DisputeCalculator as QueueDetail } from "dispute-calc/element/queue";
import type { DisputeExercise, ExerciseGrade } from "dispute-calc/element/exercise";
// @ts-expect-error the calculator entry does not register the queue
import type { DisputeQueue as NotHere } from "dispute-calc/element/calculator";
// @ts-expect-error nor the exercise
import type { ExerciseGrade as NorHere } from "dispute-calc/element/calculator";
// @ts-expect-error the queue entry has no exercise
import type { DisputeExercise as NotInQueue } from "dispute-calc/element/queue";

const calc: DisputeCalculator = document.createElement("dispute-calculator");
const result: CalculatorResult | null = calc.result;
const resultEvent: DisputeCalculatorEventMap["dispute-result"]["detail"] | null = result;
const detail: QueueDetail = calc;
declare const queue: DisputeQueue;
const entries: readonly QueueEntry[] = queue.entries;
declare const exercise: DisputeExercise;
const grades: readonly ExerciseGrade[] = exercise.grades;
// @ts-expect-error not a tool
calc.tool = "refund";

export { resultEvent, detail, entries, grades };
