// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, tab
// or carriage return is run as a formula by Excel and its kin. On export such a cell gets a
// leading single quote, which spreadsheets show as text; numbers are left as they are. Import
// takes the quote off again, so export then import gives back the same cells.

const TRIGGER = /^[=+\-@\t\r]/;
// A cell that already starts with quotes before a trigger gets one more, so import can always
// remove exactly one: "'=x" exports as "''=x" and comes back as "'=x".
const QUOTED_TRIGGER = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function isNumber(cell) {
  return /\d/.test(cell) && NUMBER.test(cell);
}

/** The cell as it is safe to write into a CSV a spreadsheet will open. */
export function neutralise(cell) {
  const s = String(cell);
  if (QUOTED_TRIGGER.test(s) || (TRIGGER.test(s) && !isNumber(s))) return `'${s}`;
  return s;
}

/** Undoes `neutralise` (applied to every cell of an imported file). */
export function unneutralise(cell) {
  return QUOTED_TRIGGER.test(cell) ? cell.slice(1) : cell;
}
