// The declarations of one element entry (dispute-calc/element/calculator, ...) cut out of
// elements/index.d.ts, which stays the one source of the elements' types: the entry's classes and
// event maps, every declaration they refer to, the imports those use, and of the global maps only
// the tags and events the entry registers. A page that imports one element then gets no types
// claiming the others are defined.
import ts from "typescript";

/**
 * `source`: the text of elements/index.d.ts. `roots`: the names the entry exports (its classes
 * and their event maps). `header`: the entry's doc comment, which replaces the file's own.
 */
export function entryTypes(source, roots, header) {
  const file = ts.createSourceFile("index.d.ts", source, ts.ScriptTarget.Latest, true);
  const declarations = new Map();
  let global = null;
  const imports = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) imports.push(statement);
    else if (ts.isModuleDeclaration(statement) && statement.name.text === "global") global = statement;
    else if (statement.name) declarations.set(statement.name.text, statement);
  }
  const importedNames = new Set(imports.flatMap((i) => i.importClause.namedBindings.elements.map((e) => e.name.text)));

  // Every declared or imported name a node mentions.
  const mentioned = (node, into = new Set()) => {
    if (ts.isIdentifier(node) && (declarations.has(node.text) || importedNames.has(node.text))) into.add(node.text);
    // forEachChild stops at a callback's first truthy return: this one returns nothing.
    ts.forEachChild(node, (child) => {
      mentioned(child, into);
    });
    return into;
  };
  const kept = new Set();
  const used = new Set();
  const visit = (name) => {
    if (kept.has(name) || used.has(name)) return;
    if (!declarations.has(name)) {
      if (importedNames.has(name)) used.add(name);
      else throw new Error(`element types: ${name} is not declared in elements/index.d.ts`);
      return;
    }
    kept.add(name);
    for (const other of mentioned(declarations.get(name))) visit(other);
  };
  roots.forEach(visit);

  const text = (node) => node.getFullText(file);
  const out = [header.trimEnd()];
  for (const i of imports) {
    const names = i.importClause.namedBindings.elements.filter((e) => used.has(e.name.text));
    if (names.length) out.push(`import type { ${names.map((e) => e.getText(file)).join(", ")} } from ${i.moduleSpecifier.getText(file)};`);
  }
  // In the file's order, each with its doc comment.
  for (const [name, node] of declarations) if (kept.has(name)) out.push(text(node).replace(/^\n+/, "\n").trimEnd());

  // The global maps: the tags of the kept classes, the events of the kept event maps.
  const events = new Set(
    [...kept].filter((n) => n.endsWith("EventMap")).flatMap((n) => declarations.get(n).members.map((m) => m.name.text)),
  );
  const maps = global.body.statements.map((map) => {
    const members = map.members.filter((m) =>
      map.name.text === "HTMLElementTagNameMap" ? kept.has(m.type.typeName.text) : events.has(m.name.text),
    );
    return `  interface ${map.name.text} {\n${members.map((m) => "    " + m.getText(file)).join("\n")}\n  }`;
  });
  out.push(`\ndeclare global {\n${maps.join("\n")}\n}`);
  return out.join("\n") + "\n";
}
