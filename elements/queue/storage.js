// The column mappings a seller confirmed, kept in localStorage so that the next file with the same
// columns (in any order) skips the mapping step. The newest first, at most MAX_STORED.
import { serialiseMapping, storedMappingFor } from "../../queue/mapping.js";

const STORAGE_KEY = "dispute-calc.queue.mappings";
const MAX_STORED = 20;

function storedMappings() {
  try {
    const list = JSON.parse(localStorage.getItem(STORAGE_KEY) || "[]");
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** The mapping stored for a file with these headers, or null. */
export function storedMapping(headers) {
  for (const text of storedMappings()) {
    const mapping = storedMappingFor(headers, text);
    if (mapping) return mapping;
  }
  return null;
}

/** Keeps a confirmed mapping, replacing the one stored for the same headers. */
export function rememberMapping(headers, mapping) {
  const text = serialiseMapping(headers, mapping);
  const others = storedMappings().filter((stored) => !storedMappingFor(headers, stored));
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([text, ...others].slice(0, MAX_STORED)));
  } catch {
    // Storage may be off (private windows, file:// in some browsers): the mapping still applies.
  }
}
