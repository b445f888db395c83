// The seed that makes a set reproducible: the same seed gives the same figures, so a teacher can
// ask for the set a student had.

/** An integer seed from an attribute, or null. */
export function parseSeed(value) {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text)) return null;
  const seed = Number(text);
  return Number.isSafeInteger(seed) ? seed : null;
}

/** A random seed from 1 to 99,999: short enough for a student to read out to a teacher. */
export function randomSeed() {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return 1 + (word[0] % 99999);
}
