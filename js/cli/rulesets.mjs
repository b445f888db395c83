// dispute-calc rulesets: the engine's rulesets() as a table, or as JSON.
import { rulesets as engineRulesets } from "dispute-calc";
import { parse, usageError } from "./common.mjs";

export const help = `usage: dispute-calc rulesets [--locale L] [--json]

Lists the rulesets the engine knows: id, version (the date of the rule text), currency, name,
and each parameter with its default (a policy override's key).

options:
  --locale L     the language of the names (en, zh-CN)
  --json         rulesets() as JSON (every field: parameterInfo, sources, reasons, ...)
  -h, --help     this help
`;

const options = { locale: { type: "string" }, json: { type: "boolean" } };

export async function rulesets(args, io) {
  const { values } = parse("rulesets", args, options, { maxPositionals: 0 });
  if (values.help) return void io.stdout.write(help);
  let list;
  try {
    list = engineRulesets(values.locale);
  } catch (error) {
    throw usageError("rulesets", `--locale: ${error.message}`);
  }
  if (values.json) return void io.stdout.write(JSON.stringify(list, null, 2) + "\n");
  io.stdout.write(table(list, io.stdout.columns || 100));
}

function table(list, width) {
  const head = ["id", "version", "currency", "name"];
  const rows = list.map((r) => [r.id, r.version, r.currency ?? "any", r.name]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : String(c).padEnd(widths[i]))).join("  ").trimEnd();
  const indent = " ".repeat(4);
  const out = [line(head)];
  list.forEach((r, k) => {
    out.push(line(rows[k]));
    // Parameters, wrapped under the row: key=default ...
    let current = indent;
    for (const [key, value] of Object.entries(r.parameters ?? {})) {
      const word = `${key}=${value}`;
      if (current.length > indent.length && current.length + 1 + word.length > width) {
        out.push(current);
        current = indent;
      }
      current += (current.length > indent.length ? " " : "") + word;
    }
    if (current.length > indent.length) out.push(current);
  });
  return out.join("\n") + "\n";
}
