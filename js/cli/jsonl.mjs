// JSON lines: one evaluateDispute input per line in, one BatchResult per line out. The same
// function runs in the main thread and in each worker thread (worker.mjs).

/**
 * Evaluates a chunk of lines (without their "\n") with evaluateDisputes and returns the output
 * text: one JSON BatchResult per line, each followed by "\n", in the lines' order. `firstLine` is
 * the 1-based number of the chunk's first line in the whole input.
 *
 * A line that is not JSON (or is empty) becomes a refused item,
 * `{ ok: false, error: { code: "invalid_type", field: "", message: "line N: ..." } }`; the engine's
 * errors name the item's own field ("dates.delivered"), without the batch index.
 */
export function evaluateLines(evaluateDisputes, lines, firstLine, options) {
  const out = new Array(lines.length);
  const items = [];
  const at = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") {
      out[i] = refused(firstLine + i, "empty line, expected a JSON object (an evaluateDispute input)");
      continue;
    }
    try {
      items.push(JSON.parse(line));
      at.push(i);
    } catch (error) {
      out[i] = refused(firstLine + i, `not JSON: ${error.message}`);
    }
  }
  if (items.length > 0) {
    const results = evaluateDisputes(items, options);
    for (let k = 0; k < results.length; k++) out[at[k]] = JSON.stringify(ownField(results[k]));
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
}

function refused(line, message) {
  return JSON.stringify({ ok: false, error: { code: "invalid_type", field: "", message: `line ${line}: ${message}` } });
}

/** The batch names an item's field "[3].dates.shipped"; a line's own field is "dates.shipped". */
export function ownField(result) {
  if (result.ok) return result;
  const field = String(result.error.field ?? "").replace(/^\[\d+\]\.?/, "");
  return { ok: false, error: { ...result.error, field } };
}
