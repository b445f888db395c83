import { coursePack, instantiate, grade, validatePack } from "dispute-calc/exercises";
import assert from "node:assert/strict";
// The import resolves once the engine is ready (top-level await): the rest is synchronous.

const instance = instantiate(coursePack.exercises[0], { seed: 3, locale: "en" });
assert.equal(instance.id, "ae-2015-not-received");
assert.deepEqual(instance.questions.map((q) => q.id), ["outcome", "refund", "respond-by", "promise-ends"]);

const result = grade(instance, { outcome: "reject", refund: 0, "respond-by": "2015-08-04" });
assert.deepEqual([result.score, result.total], [3, 4]); // the unanswered "promise-ends" is wrong
const missed = result.answers.find((a) => a.id === "promise-ends");
assert.equal(missed.expected, "2015-08-20");

assert.deepEqual(validatePack(coursePack), []); // an empty list: the pack is sound
