// Which column is which field: recognised from the header names, or chosen by the user in the
// mapping step, stored (the UI keeps the text in localStorage) and re-applied to the next file
// with the same headers.
import { REQUIRED_FIELDS, fieldForHeader, fieldInfo, isOutputHeader } from "./fields.js";

/**
 * The columns of a file: `fields` maps each recognised field to its column index; `extras` are
 * the columns that are not API fields (kept and exported as they came); `outputs` are the result
 * columns of an earlier export (skipped on import); `missing` lists the required fields without a
 * column, so the UI knows to show the mapping step (`needsMapping`).
 *
 * `mapping` (optional) is the user's choice, `{ field: header }`: it wins over recognition; a
 * field mapped to "" or null has no column.
 */
export function resolveColumns(headers, mapping = null) {
  const fields = {};
  const taken = new Set();
  const chosen = mapping ?? {};
  for (const [field, header] of Object.entries(chosen)) {
    if (!header || !fieldInfo(field)) continue;
    const index = headers.indexOf(header);
    if (index >= 0 && !taken.has(index)) {
      fields[field] = index;
      taken.add(index);
    }
  }
  const outputs = [];
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    if (isOutputHeader(header)) {
      outputs.push(index);
      return;
    }
    const info = fieldForHeader(header);
    // The first column of a field wins; the user's explicit "no column" is respected.
    if (info && !(info.field in fields) && !(info.field in chosen)) {
      fields[info.field] = index;
      taken.add(index);
    }
  });
  const extras = headers.map((_, i) => i).filter((i) => !taken.has(i) && !outputs.includes(i));
  const missing = REQUIRED_FIELDS.filter((field) => !(field in fields));
  return { fields, extras, outputs, missing, needsMapping: missing.length > 0 };
}

/** The mapping as text for storage: the headers it was made for and the user's choices. */
export function serialiseMapping(headers, mapping) {
  return JSON.stringify({ version: 1, headers: [...headers], mapping: { ...mapping } });
}

/**
 * The stored mapping for a file with these headers (the same names, in any order), or null when
 * there is none, it was made for other headers, or the text is not a stored mapping.
 */
export function storedMappingFor(headers, text) {
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (stored?.version !== 1 || !Array.isArray(stored.headers) || typeof stored.mapping !== "object" || !stored.mapping) {
    return null;
  }
  const same =
    stored.headers.length === headers.length && [...stored.headers].sort().join("\n") === [...headers].sort().join("\n");
  if (!same) return null;
  const mapping = {};
  for (const [field, header] of Object.entries(stored.mapping)) {
    if (fieldInfo(field) && (header === "" || header === null || headers.includes(header))) mapping[field] = header;
  }
  return mapping;
}
