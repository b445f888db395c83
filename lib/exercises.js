// Course exercises graded by the engine: the module behind `dispute-calc/exercises`.
//
// An exercise is plain JSON: an API input, how a seed varies it, and questions that name fields
// of the function's output. The answer key is always the engine's own output for the instance,
// never stored in a pack. This file knows nothing about how the engine is loaded: each entry
// (web, Node) passes its ready engine to `createExercises`. Money and dates, in the placeholders
// and the feedback, are written by the engine's renderer (formatMoney, formatDate: Intl), and an
// explanation is the engine's own messages rendered by its formatMessage.
import { currencies, inputs } from "../vocabulary.js";

const FUNCTIONS = ["evaluateDispute", "returnShippingSplit", "refundPenalty"];
const LOCALES = ["en", "zh-CN"];
const KINDS = ["choice", "amount", "date"];
const EXERCISE_KEYS = ["id", "title", "scenario", "fn", "input", "vary", "questions", "teaches"];
const QUESTION_KEYS = ["id", "field", "kind", "prompt", "choices"];
/** Seeds `validatePack` instantiates every exercise with. */
export const VALIDATION_SEEDS = 200;

// Input fields that hold money in minor units, wherever they sit in an input, from the
// vocabulary's descriptions of the three functions' inputs.
const MONEY_KEYS = new Set(
  Object.values(inputs).flatMap((input) => moneyFields(input.fields)),
);
function moneyFields(fields) {
  return fields.flatMap((f) => (f.kind === "money" ? [f.name] : f.kind === "object" ? moneyFields(f.fields) : []));
}
// Country names for `{destination}`; any other code is shown as the code.
const COUNTRIES = {
  BR: ["Brazil", "巴西"], CA: ["Canada", "加拿大"], CN: ["China", "中国"], DE: ["Germany", "德国"],
  ES: ["Spain", "西班牙"], FR: ["France", "法国"], GB: ["the United Kingdom", "英国"],
  IT: ["Italy", "意大利"], JP: ["Japan", "日本"], KR: ["South Korea", "韩国"],
  NL: ["the Netherlands", "荷兰"], PL: ["Poland", "波兰"], RU: ["Russia", "俄罗斯"],
  SG: ["Singapore", "新加坡"], UA: ["Ukraine", "乌克兰"], US: ["the United States", "美国"],
  AU: ["Australia", "澳大利亚"], IL: ["Israel", "以色列"], CL: ["Chile", "智利"],
};
const DATE = /^(\d{4})-(\d{2})-(\d{2})(.*)$/;
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}/g;

/** An error of the same shape as the engine's, so a site handles one kind of error. */
function inputError(code, field, message) {
  const error = new Error(message);
  error.name = "DisputeInputError";
  error.code = code;
  error.field = field;
  return error;
}

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const isText = (value) => typeof value === "string" && value.trim() !== "";
const isBilingual = (value) => isObject(value) && LOCALES.every((locale) => isText(value[locale]));
const clone = (value) => JSON.parse(JSON.stringify(value));

function getPath(object, path) {
  let value = object;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

function setPath(object, path, value) {
  const keys = path.split(".");
  const last = keys.pop();
  let target = object;
  for (const key of keys) {
    if (!isObject(target[key]) && !Array.isArray(target[key])) target[key] = {};
    target = target[key];
  }
  target[last] = value;
}

// ---------------------------------------------------------------- seeded randomness

function hashText(text) {
  let hash = 2166136261; // FNV-1a
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit PRNG; one stream per (exercise, seed). */
function randomStream(exerciseId, seed) {
  let state = (hashText(exerciseId) ^ Math.imul(seed | 0, 0x9e3779b1) ^ Math.floor(seed / 2 ** 32)) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomInt = (random, min, max, step = 1) =>
  min + step * Math.floor(random() * (Math.floor((max - min) / step) + 1));

// ---------------------------------------------------------------- dates and money

function addDays(date, days) {
  const match = DATE.exec(date);
  const day = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3] + days));
  return day.toISOString().slice(0, 10) + match[4];
}

/** Every date of an input, as [path, value]: `asOf` and `dates.*`. */
function inputDates(input) {
  const dates = [];
  if (typeof input.asOf === "string") dates.push(["asOf", input.asOf]);
  if (isObject(input.dates)) {
    for (const [key, value] of Object.entries(input.dates)) {
      if (typeof value === "string") dates.push([`dates.${key}`, value]);
    }
  }
  return dates;
}

function decimalsOf(currency) {
  return Object.hasOwn(currencies, currency) ? currencies[currency] : 2;
}

/** A value of the input in a placeholder: money and dates by the engine's renderer, numbers by Intl. */
function formatValue(path, value, input, locale, engine) {
  const key = path.split(".").pop();
  if (MONEY_KEYS.has(key) && Number.isInteger(value)) return engine.formatMoney(value, input.currency, locale);
  if ((path === "asOf" || path.startsWith("dates.")) && typeof value === "string" && DATE.test(value)) return engine.formatDate(value, locale);
  if (key === "destination" && typeof value === "string" && COUNTRIES[value]) {
    return COUNTRIES[value][locale === "zh-CN" ? 1 : 0];
  }
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  return String(value);
}

// ---------------------------------------------------------------- vary

/** Checks one `vary` entry against the base input; returns problem messages. */
function varyProblems(path, spec, input) {
  if (!isObject(spec)) return [`vary.${path}: expected an object with range, pick or shift`];
  const kinds = ["range", "pick", "shift"].filter((kind) => kind in spec);
  const allowed = new Set([...kinds, "step", "labels"]);
  const problems = Object.keys(spec)
    .filter((key) => !allowed.has(key))
    .map((key) => `vary.${path}: unknown key "${key}"`);
  if (kinds.length !== 1) return [...problems, `vary.${path}: give exactly one of range, pick or shift`];
  const isPair = (pair) => Array.isArray(pair) && pair.length === 2 && pair.every(Number.isSafeInteger) && pair[0] <= pair[1];
  if (kinds[0] === "range") {
    if (!isPair(spec.range)) problems.push(`vary.${path}.range: expected [min, max], integers with min <= max`);
    if ("step" in spec && !(Number.isSafeInteger(spec.step) && spec.step > 0)) {
      problems.push(`vary.${path}.step: expected a positive integer`);
    }
  } else if ("step" in spec) problems.push(`vary.${path}.step: only a range has a step`);
  if (kinds[0] === "pick") {
    if (!Array.isArray(spec.pick) || spec.pick.length === 0) problems.push(`vary.${path}.pick: expected a non-empty list`);
    if ("labels" in spec && !(Array.isArray(spec.labels) && spec.labels.length === spec.pick?.length && spec.labels.every(isBilingual))) {
      problems.push(`vary.${path}.labels: expected one { en, "zh-CN" } label per value picked`);
    }
  } else if ("labels" in spec) problems.push(`vary.${path}.labels: only a pick has labels`);
  if (kinds[0] === "shift") {
    const date = getPath(input, path);
    if (!isPair(spec.shift)) problems.push(`vary.${path}.shift: expected [min, max] days, integers with min <= max`);
    else if (typeof date !== "string" || !DATE.test(date) || !inputDates(input).some(([p]) => p === path)) {
      problems.push(`vary.${path}.shift: a shift moves a date of the input (asOf or dates.*), and ${path} is none`);
    } else if (spec.shift[0] < 0 && inputDates(input).some(([, other]) => other.slice(0, 10) < date.slice(0, 10))) {
      problems.push(`vary.${path}.shift: only the earliest date may move back (a negative shift could put it before an earlier event)`);
    }
  }
  return problems;
}

/** Applies `vary` for one seed; returns the labels of labelled picks, by path. */
function applyVary(exercise, input, seed) {
  const random = randomStream(exercise.id, seed);
  const labels = {};
  for (const [path, spec] of Object.entries(exercise.vary ?? {})) {
    if ("range" in spec) {
      setPath(input, path, randomInt(random, spec.range[0], spec.range[1], spec.step ?? 1));
    } else if ("pick" in spec) {
      const index = randomInt(random, 0, spec.pick.length - 1);
      setPath(input, path, clone(spec.pick[index]));
      if (spec.labels) labels[path] = spec.labels[index];
    } else {
      // A date moves with every event on or after it, so the order of events is kept.
      const days = randomInt(random, spec.shift[0], spec.shift[1]);
      const from = getPath(input, path).slice(0, 10);
      for (const [datePath, value] of inputDates(input)) {
        if (value.slice(0, 10) >= from) setPath(input, datePath, addDays(value, days));
      }
    }
  }
  return labels;
}

function fillPlaceholders(text, input, labels, locale, engine) {
  return text.replace(PLACEHOLDER, (whole, path) => {
    if (labels[path]) return labels[path][locale];
    const value = getPath(input, path);
    return value === undefined || isObject(value) || Array.isArray(value) ? whole : formatValue(path, value, input, locale, engine);
  });
}

// ---------------------------------------------------------------- grading helpers

function isEmptyAnswer(given) {
  return given === undefined || given === null || (typeof given === "string" && given.trim() === "");
}

function answerMatches(kind, given, expected) {
  if (isEmptyAnswer(given)) return false;
  if (kind === "amount") {
    const amount = typeof given === "string" && /^\s*\d+\s*$/.test(given) ? Number(given) : given;
    return Number.isSafeInteger(amount) && amount === expected;
  }
  if (kind === "date") {
    if (typeof given !== "string" || typeof expected !== "string") return false;
    // A date field gives a day; a deadline kept as a date-time is met by its own day.
    return given.trim() === expected || (/^\d{4}-\d{2}-\d{2}$/.test(given.trim()) && expected.slice(0, 10) === given.trim());
  }
  return given === expected;
}

const RULE_ID = /[A-Z0-9]+(?:-[A-Za-z0-9/]+)+/g;

/** The argument of a message (nested messages included) that carries a date on `day` (YYYY-MM-DD), or null. */
function dateArgument(message, day) {
  if (!isObject(message) || !isObject(message.args)) return null;
  for (const value of Object.values(message.args)) {
    const found = typeof value === "string" ? (DATE.test(value) && value.slice(0, 10) === day ? value : null) : dateArgument(value, day);
    if (found) return found;
  }
  return null;
}

/**
 * The sentence of `text` that holds `needle` (a date as the renderer wrote it): a message may say
 * two things with two dates and two rules. Sentences end at a Chinese full stop or at a Western
 * one before a space; the needle itself is never cut ("6. April 2015").
 */
function sentenceAround(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) return text;
  const ends = /[。！？]|[.!?](?=\s|$)/g;
  let start = 0;
  let end = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index < at) start = m.index + m[0].length;
    else if (m.index >= at + needle.length) {
      end = m.index + m[0].length;
      break;
    }
  }
  return text.slice(start, end).trim();
}

/**
 * The part of the output that explains one field: an offer's own text for a field inside an
 * offer; for a date, the checks and the summary's messages whose arguments carry that day,
 * rendered in the locale; else the summary.
 */
function explain(output, field, expected, locale, engine) {
  const allRules = Array.isArray(output.rules) ? output.rules : [];
  const summary = typeof output.summary === "string" ? output.summary : "";
  const parts = field.split(".");
  if (parts.length > 2 && /^\d+$/.test(parts[1])) {
    const element = getPath(output, parts.slice(0, 2).join("."));
    if (isObject(element) && typeof element.text === "string" && element.text) {
      return { explanation: element.text, rules: allRules };
    }
  }
  if (typeof expected === "string" && DATE.test(expected)) {
    const day = expected.slice(0, 10);
    const checks = (output.checks ?? []).filter((check) => dateArgument(check.message, day));
    const said = (output.messages?.summary ?? []).flatMap((message) => {
      const date = dateArgument(message, day);
      return date ? [sentenceAround(engine.formatMessage(message, locale), engine.formatDate(date, locale))] : [];
    });
    const texts = [...checks.map((check) => check.text ?? engine.formatMessage(check.message, locale)), ...said];
    if (texts.length) {
      const cited = new Set([...checks.map((check) => check.rule), ...said.flatMap((s) => s.match(RULE_ID) ?? [])]);
      const rules = allRules.filter((rule) => cited.has(rule));
      return { explanation: texts.join(" "), rules: rules.length ? rules : allRules };
    }
  }
  return { explanation: summary, rules: allRules };
}

function localized(text, locale) {
  return isObject(text) ? text[locale] ?? text.en : text;
}

/**
 * The problems of one exercise that need no engine: its shape, its vary and its placeholders.
 * `say(kind, path, message)` receives each, with a path inside the exercise.
 */
function exerciseProblems(exercise, say) {
  if (!isText(exercise.id)) say("schema", "id", "the exercise needs an id (a non-empty string)");
  for (const key of Object.keys(exercise)) {
    if (!EXERCISE_KEYS.includes(key)) say("schema", key, `unknown key "${key}" (expected ${EXERCISE_KEYS.join(", ")})`);
  }
  if (!isBilingual(exercise.title)) say("schema", "title", "the title needs en and zh-CN texts");
  if (!isBilingual(exercise.scenario)) say("schema", "scenario", "the scenario needs en and zh-CN texts");
  if (!FUNCTIONS.includes(exercise.fn)) say("schema", "fn", `fn must be one of ${FUNCTIONS.join(", ")}`);
  if (!isObject(exercise.input)) say("schema", "input", "input must be an object: the function's input");
  if (!Array.isArray(exercise.teaches) || exercise.teaches.length === 0 || !exercise.teaches.every(isText)) {
    say("schema", "teaches", "teaches must list the rule ids the exercise is about");
  }
  if (exercise.vary !== undefined && !isObject(exercise.vary)) say("schema", "vary", "vary must be an object keyed by input path");
  const varyOk = isObject(exercise.input) && isObject(exercise.vary ?? {});
  if (varyOk) {
    for (const [path, spec] of Object.entries(exercise.vary ?? {})) {
      for (const message of varyProblems(path, spec, exercise.input)) say("schema", "vary", message);
    }
  }
  const questions = Array.isArray(exercise.questions) ? exercise.questions : [];
  if (questions.length === 0) say("schema", "questions", "the exercise needs a non-empty list of questions");
  const questionIds = new Set();
  questions.forEach((question, q) => {
    const at = `questions[${q}]`;
    if (!isObject(question)) return say("schema", at, "a question is an object");
    for (const key of Object.keys(question)) {
      if (!QUESTION_KEYS.includes(key)) say("schema", `${at}.${key}`, `unknown key "${key}" (expected ${QUESTION_KEYS.join(", ")})`);
    }
    if (!isText(question.id)) say("schema", `${at}.id`, "the question needs an id");
    else if (questionIds.has(question.id)) say("schema", `${at}.id`, `two questions have the id "${question.id}"`);
    else questionIds.add(question.id);
    if (!isText(question.field)) say("schema", `${at}.field`, "field must be a path in the function's output, such as outcome or deadlines.sellerResponseDeadline");
    if (!KINDS.includes(question.kind)) say("schema", `${at}.kind`, `kind must be one of ${KINDS.join(", ")}`);
    if (!isBilingual(question.prompt)) say("schema", `${at}.prompt`, "the prompt needs en and zh-CN texts");
    if (question.kind === "choice") {
      const choices = question.choices;
      if (!Array.isArray(choices) || choices.length < 2) {
        say("schema", `${at}.choices`, "a choice question needs at least two choices");
      } else {
        const seen = new Set();
        choices.forEach((choice, c) => {
          if (!isObject(choice) || !("value" in choice) || !isBilingual(choice.label)) {
            return say("schema", `${at}.choices[${c}]`, "a choice is { value, label: { en, \"zh-CN\" } }");
          }
          const key = JSON.stringify(choice.value);
          if (seen.has(key)) say("duplicate_choice", `${at}.choices[${c}]`, `two choices have the value ${key}`);
          seen.add(key);
        });
      }
    } else if ("choices" in question) {
      say("schema", `${at}.choices`, "only a choice question has choices");
    }
  });
  // Placeholders: every {path} must name a value that can be shown: a number, text or date of
  // the input, or a varied path whose values are such (or carry labels).
  const vary = isObject(exercise.vary) ? exercise.vary : {};
  const isScalar = (value) => value !== undefined && (value === null || typeof value !== "object");
  const fillable = (name, found) => {
    const spec = Object.hasOwn(vary, name) && isObject(vary[name]) ? vary[name] : null;
    if (!spec) return isScalar(found);
    return "labels" in spec || !("pick" in spec) || (Array.isArray(spec.pick) && spec.pick.every(isScalar));
  };
  const texts = [["scenario", exercise.scenario], ...questions.map((question, q) => [`questions[${q}].prompt`, question?.prompt])];
  for (const [path, text] of texts) {
    for (const locale of LOCALES) {
      const value = isObject(text) ? text[locale] : undefined;
      if (typeof value !== "string") continue;
      for (const [, name] of value.matchAll(PLACEHOLDER)) {
        const found = isObject(exercise.input) ? getPath(exercise.input, name) : undefined;
        if (!fillable(name, found)) {
          const why = found === undefined && !Object.hasOwn(vary, name) ? `the input has no value at ${name}` : `${name} is not a number, text or date, and has no labels`;
          say("placeholder", `${path}.${locale}`, `unknown placeholder {${name}}: ${why}`);
        }
      }
    }
  }
}

// ---------------------------------------------------------------- the API

/**
 * Binds the exercise functions to a ready engine (an object with evaluateDispute,
 * returnShippingSplit and refundPenalty).
 */
export function createExercises(engine) {
  for (const name of [...FUNCTIONS, "formatMessage", "formatMoney", "formatDate"]) {
    if (typeof engine?.[name] !== "function") throw new TypeError(`createExercises: the engine has no ${name}`);
  }

  function instantiate(exercise, { seed = 1, locale = "en" } = {}) {
    if (!isObject(exercise)) {
      throw inputError("invalid_type", "exercise", "instantiate: expected an exercise object (see coursePack.exercises)");
    }
    // A malformed exercise is refused with the first thing wrong, never half-instantiated.
    let wrong = null;
    exerciseProblems(exercise, (kind, path, message) => {
      if (kind === "schema" && !wrong) wrong = { path, message };
    });
    if (wrong) {
      throw inputError("invalid_type", `exercise.${wrong.path}`, `instantiate: ${wrong.message} (validatePack(pack) lists every problem)`);
    }
    if (!Number.isSafeInteger(seed)) {
      throw inputError("invalid_type", "seed", `instantiate: seed must be an integer, got ${JSON.stringify(seed)}`);
    }
    if (!LOCALES.includes(locale)) {
      throw inputError("unknown_value", "locale", `instantiate: locale must be "en" or "zh-CN", got ${JSON.stringify(locale)}`);
    }
    const input = clone(exercise.input);
    const labels = applyVary(exercise, input, seed);
    input.locale = locale;
    const text = (value) => fillPlaceholders(localized(value, locale) ?? "", input, labels, locale, engine);
    const questions = (exercise.questions ?? []).map((question) => {
      const shown = { id: question.id, field: question.field, kind: question.kind, prompt: text(question.prompt) };
      if (question.kind === "choice") {
        shown.choices = (question.choices ?? []).map((choice) => ({ value: choice.value, label: text(choice.label) }));
      }
      if (question.kind === "amount" && typeof input.currency === "string") {
        shown.currency = input.currency;
        shown.decimals = decimalsOf(input.currency);
      }
      return shown;
    });
    return {
      id: exercise.id,
      fn: exercise.fn,
      input,
      scenario: text(exercise.scenario),
      questions,
      title: text(exercise.title),
      teaches: [...(exercise.teaches ?? [])],
      seed,
      locale,
    };
  }

  function grade(instance, answers = {}) {
    const questionOk = (question) => isObject(question) && isText(question.id) && isText(question.field) && KINDS.includes(question.kind);
    if (!isObject(instance) || !FUNCTIONS.includes(instance.fn) || !isObject(instance.input) ||
      !Array.isArray(instance.questions) || !instance.questions.every(questionOk)) {
      throw inputError("invalid_type", "instance", "grade: expected an instance returned by instantiate(exercise, { seed, locale })");
    }
    if (answers !== null && typeof answers !== "object") {
      throw inputError("invalid_type", "answers", "grade: answers must be an object keyed by question id");
    }
    const output = engine[instance.fn](instance.input);
    const locale = instance.input.locale ?? "en";
    const graded = instance.questions.map((question) => {
      const expected = getPath(output, question.field);
      const given = answers?.[question.id];
      const correct = answerMatches(question.kind, given, expected);
      let expectedText = expected === undefined ? "" : String(expected);
      if (question.kind === "amount" && Number.isInteger(expected)) expectedText = engine.formatMoney(expected, output.currency ?? instance.input.currency, locale);
      if (question.kind === "date" && typeof expected === "string" && DATE.test(expected)) expectedText = engine.formatDate(expected, locale);
      if (question.kind === "choice") expectedText = question.choices?.find((choice) => choice.value === expected)?.label ?? expectedText;
      return {
        id: question.id,
        field: question.field,
        given: given === undefined ? null : given,
        expected,
        expectedText,
        correct,
        ...explain(output, question.field, expected, locale, engine),
      };
    });
    const result = { score: graded.filter((answer) => answer.correct).length, total: graded.length, answers: graded };
    if (typeof output.reply === "string" && output.reply) result.reply = output.reply;
    return result;
  }

  function validatePack(pack) {
    const problems = [];
    const report = (kind, exercise, where, message) => problems.push({ kind, exercise, where, message });
    if (!isObject(pack)) {
      report("schema", null, "", "a pack is an object { id, version, title: { en, \"zh-CN\" }, exercises: [...] }");
      return problems;
    }
    if (!isText(pack.id)) report("schema", null, "id", "the pack needs an id (a non-empty string)");
    if (!isText(pack.version) && !Number.isSafeInteger(pack.version)) report("schema", null, "version", "the pack needs a version (a string such as \"1.0\")");
    if (!isBilingual(pack.title)) report("schema", null, "title", "the pack needs a title in en and zh-CN");
    if (!Array.isArray(pack.exercises) || pack.exercises.length === 0) {
      report("schema", null, "exercises", "the pack needs a non-empty list of exercises");
      return problems;
    }
    const ids = new Set();
    pack.exercises.forEach((exercise, index) => {
      const where = `exercises[${index}]`;
      if (!isObject(exercise)) return report("schema", null, where, "an exercise is an object");
      const id = isText(exercise.id) ? exercise.id : null;
      const say = (kind, path, message) => report(kind, id, `${where}${path ? `.${path}` : ""}`, message);
      if (id && ids.has(id)) say("schema", "id", `two exercises have the id "${id}"`);
      else if (id) ids.add(id);
      exerciseProblems(exercise, say);
      const schemaFine = !problems.some((problem) => problem.kind === "schema" && (problem.where === where || problem.where.startsWith(`${where}.`)));
      if (schemaFine) instanceProblems(exercise, say);
    });
    return problems;
  }

  /** Instantiates seeds 1..200 and checks each against the engine; one report per kind of problem. */
  function instanceProblems(exercise, say) {
    const reported = new Set();
    const once = (kind, path, message) => {
      if (reported.has(`${kind} ${path}`)) return;
      reported.add(`${kind} ${path}`);
      say(kind, path, message);
    };
    const cited = new Set();
    for (let seed = 1; seed <= VALIDATION_SEEDS; seed++) {
      const instance = instantiate(exercise, { seed });
      let output;
      try {
        output = engine[exercise.fn](instance.input);
      } catch (error) {
        once("invalid_instance", "input", `seed ${seed}: the instance is not a valid input (${error.code ?? error.name}` +
          `${error.field ? ` at ${error.field}` : ""}: ${error.message})`);
        continue;
      }
      (output.rules ?? []).forEach((rule) => cited.add(rule));
      exercise.questions.forEach((question, q) => {
        const expected = getPath(output, question.field);
        if (expected === undefined || isObject(expected) || Array.isArray(expected)) {
          once("unknown_field", `questions[${q}].field`, `seed ${seed}: ${exercise.fn} gives no value at ${question.field}`);
        } else if (question.kind === "choice" && !question.choices.some((choice) => choice.value === expected)) {
          once("answer_not_in_choices", `questions[${q}].choices`, `seed ${seed}: the right answer ${JSON.stringify(expected)} is not among the choices`);
        } else if (question.kind === "amount" && !Number.isInteger(expected)) {
          once("wrong_kind", `questions[${q}].kind`, `seed ${seed}: ${question.field} is ${JSON.stringify(expected)}, not an amount`);
        } else if (question.kind === "date" && !(typeof expected === "string" && DATE.test(expected))) {
          once("wrong_kind", `questions[${q}].kind`, `seed ${seed}: ${question.field} is ${JSON.stringify(expected)}, not a date`);
        }
      });
    }
    if (cited.size) {
      for (const rule of exercise.teaches) {
        if (!cited.has(rule)) once("teaches_not_cited", "teaches", `the engine never cites ${rule} for this exercise (seeds 1 to ${VALIDATION_SEEDS})`);
      }
    }
  }

  return { instantiate, grade, validatePack };
}
