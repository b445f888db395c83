// Type test of `dispute-calc/exercises` (compiled with `tsc --noEmit` against the installed package).
import { coursePack, formatMoney, grade, instantiate, validatePack } from "dispute-calc/exercises";
import type { Exercise, Grade, Instance, Pack, Problem } from "dispute-calc/exercises";

const pack: Readonly<Pack> = coursePack;
const exercise: Exercise = pack.exercises[0];
const instance: Instance = instantiate(exercise, { seed: 3, locale: "zh-CN" });
const scenario: string = instance.scenario;
const result: Grade = grade(instance, { outcome: "reject", refund: 0, "respond-by": "2015-04-25" });
const score: number = result.score;
const rules: string[] = result.answers[0].rules;
const problems: Problem[] = validatePack(JSON.parse("{}"));
const where: string = problems.length ? problems[0].where : "";
const money: string = formatMoney(545, "USD", "en");
void [scenario, score, rules, where, money];

// @ts-expect-error the seed is a number
instantiate(exercise, { seed: "3" });
// @ts-expect-error only en and zh-CN
instantiate(exercise, { locale: "fr" });
// @ts-expect-error answers are keyed values, not a list
grade(instance, [1, 2]);
// @ts-expect-error fn is one of the three functions
const bad: Exercise = { ...exercise, fn: "evaluate" };
void bad;
// @ts-expect-error a question kind is choice, amount or date
const badKind: Exercise["questions"][number]["kind"] = "number";
void badKind;
