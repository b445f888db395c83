//! Writes the files generated from the crate's types, so the vocabulary is written once, in Rust:
//!
//!   vocabulary.json   enums, currencies, the functions with their input and output fields and
//!                     kinds, the rulesets (parameters, sources, the fields each reason reads),
//!                     evidence codes, deadline names, offer kinds, the reply language by
//!                     destination country (localeByCountry)
//!   vocabulary.js     the same as an ES module (without the doc strings), for the elements,
//!                     the queue and the exercises: bundlers, Node and browsers import it alike
//!   src/types.d.ts    the TypeScript declarations: enum unions and interfaces from the same
//!                     descriptions, around the hand-written parts of gen/types.d.ts.in
//!
//! `make gen` runs it at the repository's top; `gen --out DIR` writes under DIR instead (the
//! staleness check in scripts/test.sh writes to a temporary directory and compares).
use dispute_calc::codes;
use dispute_calc::model::Locale;
use dispute_calc::money;
use dispute_calc::rulesets::{self, RulesetSpec};
use dispute_calc::text::Msg;
use dispute_calc::vocab::{self, EnumInfo, Field, Kind};
use serde_json::{json, Map, Value};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

const TEMPLATE: &str = include_str!("../types.d.ts.in");

fn main() {
    let mut args = env::args().skip(1);
    let mut out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = PathBuf::from(args.next().expect("--out takes a directory")),
            _ => panic!("usage: gen [--out DIR]"),
        }
    }
    let vocabulary = vocabulary();
    let files = [
        ("vocabulary.json", to_json(&vocabulary)),
        ("vocabulary.js", js_module(&vocabulary)),
        ("src/types.d.ts", typescript()),
    ];
    for (name, text) in files {
        let path = out.join(name);
        fs::create_dir_all(path.parent().unwrap()).expect("a writable output directory");
        fs::write(&path, text).expect("a writable output file");
    }
}

fn to_json(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap() + "\n"
}

// ---------------------------------------------------------------------------- vocabulary.json

fn vocabulary() -> Value {
    let enums: Map<String, Value> = vocab::ENUMS
        .iter()
        .map(|e| {
            let mut entry = Map::new();
            if let Some(doc) = doc_text(e.doc) {
                entry.insert("doc".into(), doc.into());
            }
            entry.insert("values".into(), json!(e.values));
            (e.name.to_string(), Value::Object(entry))
        })
        .collect();
    let currencies: Map<String, Value> = money::CURRENCIES
        .iter()
        .map(|&(code, decimals)| (code.to_string(), json!(decimals)))
        .collect();
    // Inputs and outputs are separate parts, so a bundle that reads the inputs' fields (the
    // form, the queue, the exercises) does not carry the outputs'.
    let (mut functions, mut inputs, mut outputs) = (Map::new(), Map::new(), Map::new());
    for function in vocab::FUNCTIONS {
        functions.insert(
            function.name.into(),
            json!({ "doc": function.doc, "input": function.input.0, "output": function.output.0 }),
        );
        inputs.insert(
            function.name.into(),
            json!({ "type": function.input.0, "fields": fields_json(function.input.1) }),
        );
        outputs.insert(
            function.name.into(),
            json!({ "type": function.output.0, "fields": fields_json(function.output.1) }),
        );
    }
    functions.insert(
        "rulesets".into(),
        json!({
            "doc": "Every implemented ruleset with its localized name, version, parameter defaults and sources.",
            "input": "Locale",
            "output": format!("{}[]", vocab::RULESETS_OUTPUT.0),
        }),
    );
    outputs.insert(
        "rulesets".into(),
        json!({
            "type": vocab::RULESETS_OUTPUT.0,
            "list": true,
            "fields": fields_json(vocab::RULESETS_OUTPUT.1),
        }),
    );
    let rulesets: Map<String, Value> = rulesets::specs()
        .iter()
        .map(|spec| (spec.id.as_str().to_string(), ruleset_json(spec)))
        .collect();
    json!({
        "$comment": "Generated from the dispute-calc crate by gen/ (make gen); do not edit.",
        "version": env!("CARGO_PKG_VERSION"),
        "enums": enums,
        "currencies": currencies,
        "functions": functions,
        "inputs": inputs,
        "outputs": outputs,
        "rulesets": rulesets,
        "evidenceCodes": codes::EvidenceCode::INFO.values,
        "deadlineNames": codes::DeadlineName::INFO.values,
        "offerKinds": codes::OfferKind::INFO.values,
        "localeByCountry": locale_by_country(),
        "messages": messages(),
    })
}

/// The reply's default language by destination country (`Locale::BY_COUNTRY`), in the table's
/// order: the help page, `<dispute-calculator>` and `<dispute-queue>` read it.
fn locale_by_country() -> Value {
    let map: Map<String, Value> = Locale::BY_COUNTRY
        .iter()
        .map(|&(country, locale)| (country.to_string(), locale.as_str().into()))
        .collect();
    Value::Object(map)
}

/// Every message id of the catalogues (`locales/<tag>.json`) with its arguments and their kinds
/// (`money`, `date`, `number`, `code`, `text`, `message`), sorted by id.
fn messages() -> Value {
    let mut all: Vec<Msg> = Msg::all().collect();
    all.sort_by_key(|m| m.id());
    let map: Map<String, Value> = all
        .into_iter()
        .map(|m| {
            let args: Map<String, Value> = m
                .args()
                .iter()
                .map(|(name, kind)| (name.to_string(), kind.as_str().into()))
                .collect();
            (m.id().to_string(), Value::Object(args))
        })
        .collect();
    Value::Object(map)
}

fn ruleset_json(spec: &RulesetSpec) -> Value {
    let reads: Map<String, Value> = spec
        .reasons
        .iter()
        .map(|&r| {
            let fields = rulesets::fields_read(spec.id, r);
            (r.as_str().to_string(), json!(fields))
        })
        .collect();
    json!({
        "name": { "message": rulesets::about(spec.id).name.id() },
        "version": rulesets::about(spec.id).version,
        "currency": spec.currency,
        "holidays": rulesets::counts_business_days(spec.id),
        "reasons": spec.reasons.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        "violations": spec.violations.iter().map(|v| v.as_str()).collect::<Vec<_>>(),
        "shippingSplit": rulesets::shipping::supports(spec.id),
        "reads": reads,
        "parameters": spec.params,
        "sources": rulesets::about(spec.id).sources,
    })
}

fn fields_json(fields: &[Field]) -> Value {
    Value::Array(
        fields
            .iter()
            .filter(|f| !f.internal)
            .map(field_json)
            .collect(),
    )
}

fn field_json(field: &Field) -> Value {
    let mut out = Map::new();
    out.insert("name".into(), field.name.into());
    out.extend(kind_json(&field.kind));
    out.insert("required".into(), field.required.into());
    if field.rendered {
        out.insert("rendered".into(), true.into());
    }
    if let Some(default) = field.default {
        let value: Value = serde_json::from_str(default).expect("a default is JSON text");
        out.insert("default".into(), value);
    }
    if !field.doc.is_empty() {
        out.insert("doc".into(), field.doc.into());
    }
    Value::Object(out)
}

fn kind_json(kind: &Kind) -> Map<String, Value> {
    let mut out = Map::new();
    let simple = |name: &str| {
        let mut m = Map::new();
        m.insert("kind".into(), name.into());
        m
    };
    match kind {
        Kind::Money => return simple("money"),
        Kind::Date => return simple("date"),
        Kind::Boolean => return simple("boolean"),
        Kind::Integer => return simple("integer"),
        Kind::String => return simple("string"),
        Kind::Currency => return simple("currency"),
        Kind::Policy => return simple("policy"),
        Kind::Message => return simple("message"),
        Kind::Enum(e) => {
            out.insert("kind".into(), "enum".into());
            out.insert("enum".into(), e.name.into());
        }
        Kind::Object(name, fields) => {
            out.insert("kind".into(), "object".into());
            out.insert("type".into(), (*name).into());
            out.insert("fields".into(), fields_json(fields));
        }
        Kind::List(of) => {
            out.insert("kind".into(), "list".into());
            out.insert("of".into(), Value::Object(kind_json(of)));
        }
        Kind::Keyed(keys, of) => {
            out.insert("kind".into(), "keyed".into());
            out.insert("keys".into(), keys.name.into());
            out.insert("of".into(), Value::Object(kind_json(of)));
        }
        Kind::Map(of) => {
            out.insert("kind".into(), "map".into());
            out.insert("of".into(), Value::Object(kind_json(of)));
        }
        Kind::Nullable(of) => {
            out = kind_json(of);
            out.insert("nullable".into(), true.into());
        }
    }
    out
}

/// A `wire_enum!` doc comment (one `#[doc]` line each) as one paragraph, or None.
fn doc_text(doc: &str) -> Option<String> {
    let text = doc.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

// ------------------------------------------------------------------------------ vocabulary.js

fn js_module(vocabulary: &Value) -> String {
    let mut out = String::from(
        "// Generated from the dispute-calc crate by gen/ (make gen); do not edit. vocabulary.json\n\
         // as an ES module, without its doc strings: each part is a named export, frozen, so a\n\
         // bundle keeps only the parts it imports.\n\
         const freeze = (value) => {\n  \
           if (value && typeof value === \"object\") {\n    \
             Object.values(value).forEach(freeze);\n    \
             Object.freeze(value);\n  \
           }\n  \
           return value;\n\
         };\n",
    );
    let Value::Object(parts) = vocabulary else {
        unreachable!()
    };
    // Which fields each reason reads is its own export: rulesets() (in every entry) needs the
    // rulesets' lists, the forms need the reads.
    let mut reads = serde_json::Map::new();
    for (name, value) in parts {
        if name.starts_with('$') {
            continue;
        }
        let mut value = value.clone();
        strip_docs(&mut value);
        if name == "rulesets" {
            if let Value::Object(rulesets) = &mut value {
                for (id, ruleset) in rulesets.iter_mut() {
                    if let Some(read) = ruleset.as_object_mut().and_then(|r| r.remove("reads")) {
                        reads.insert(id.clone(), read);
                    }
                }
            }
        }
        let text = serde_json::to_string(&value).unwrap();
        if value.is_object() || value.is_array() {
            writeln!(out, "export const {name} = /* @__PURE__ */ freeze({text});").unwrap();
        } else {
            writeln!(out, "export const {name} = {text};").unwrap();
        }
    }
    let reads = serde_json::to_string(&Value::Object(reads)).unwrap();
    writeln!(out, "export const reads = /* @__PURE__ */ freeze({reads});").unwrap();
    // The wasm names a message by its index (the ids stay out of the module); this list, in
    // index order, gives the renderer each index's id.
    let ids: Vec<&str> = Msg::all().map(Msg::id).collect();
    let ids = serde_json::to_string(&ids).unwrap();
    writeln!(
        out,
        "export const messageIds = /* @__PURE__ */ freeze({ids});"
    )
    .unwrap();
    out
}

fn strip_docs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("doc");
            map.values_mut().for_each(strip_docs);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_docs),
        _ => {}
    }
}

// ---------------------------------------------------------------------------- src/types.d.ts

fn typescript() -> String {
    let mut enums = String::new();
    for e in vocab::ENUMS {
        enum_union(&mut enums, e);
    }
    let mut interfaces = String::new();
    let mut written = Vec::new();
    for function in vocab::FUNCTIONS {
        interface(
            &mut interfaces,
            function.input.0,
            function.input.1,
            &mut written,
        );
        interface(
            &mut interfaces,
            function.output.0,
            function.output.1,
            &mut written,
        );
    }
    let (name, fields) = vocab::RULESETS_OUTPUT;
    interface(&mut interfaces, name, fields, &mut written);
    let filled = TEMPLATE
        .replace("//@enums\n", &enums)
        .replace("//@interfaces\n", &interfaces);
    assert!(
        !filled.contains("//@"),
        "an unknown marker in gen/types.d.ts.in"
    );
    filled
}

fn enum_union(out: &mut String, e: &EnumInfo) {
    if let Some(doc) = doc_text(e.doc) {
        doc_comment(out, "", &doc);
    }
    let values: Vec<String> = e.values.iter().map(|v| format!("{v:?}")).collect();
    let one_line = format!("export type {} = {};", e.name, values.join(" | "));
    if one_line.len() <= 100 {
        out.push_str(&one_line);
        out.push('\n');
    } else {
        writeln!(out, "export type {} =", e.name).unwrap();
        let mut line = String::from(" ");
        for value in &values {
            if line.len() + value.len() + 3 > 100 {
                out.push_str(&line);
                out.push('\n');
                line = String::from(" ");
            }
            line.push_str(" | ");
            line.push_str(value);
        }
        line.push(';');
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
}

fn interface(out: &mut String, name: &str, fields: &[Field], written: &mut Vec<String>) {
    if written.iter().any(|w| w == name) {
        return;
    }
    written.push(name.to_string());
    writeln!(out, "export interface {name} {{").unwrap();
    for field in fields.iter().filter(|f| !f.internal) {
        if !field.doc.is_empty() {
            doc_comment(out, "  ", field.doc);
        }
        let optional = if field.required { "" } else { "?" };
        writeln!(out, "  {}{optional}: {};", field.name, ts_type(&field.kind)).unwrap();
    }
    out.push_str("}\n\n");
    for field in fields {
        nested(out, &field.kind, written);
    }
}

fn nested(out: &mut String, kind: &Kind, written: &mut Vec<String>) {
    match kind {
        Kind::Object(name, fields) => interface(out, name, fields, written),
        Kind::List(of) | Kind::Keyed(_, of) | Kind::Map(of) | Kind::Nullable(of) => {
            nested(out, of, written)
        }
        _ => {}
    }
}

fn ts_type(kind: &Kind) -> String {
    match kind {
        Kind::Money => "MinorUnits".into(),
        Kind::Date => "DateString".into(),
        Kind::Boolean => "boolean".into(),
        Kind::Integer => "number".into(),
        Kind::String => "string".into(),
        Kind::Currency => "CurrencyCode".into(),
        Kind::Policy => "Policy".into(),
        Kind::Message => "Message".into(),
        Kind::Enum(e) => e.name.into(),
        Kind::Object(name, _) => (*name).into(),
        Kind::List(of) => format!("{}[]", ts_type(of)),
        Kind::Keyed(keys, of) => format!("Partial<Record<{}, {}>>", keys.name, ts_type(of)),
        Kind::Map(of) => format!("Record<string, {}>", ts_type(of)),
        Kind::Nullable(of) => format!("{} | null", ts_type(of)),
    }
}

/// A `/** ... */` comment wrapped at 100 columns.
fn doc_comment(out: &mut String, indent: &str, text: &str) {
    let one = format!("{indent}/** {text} */");
    if one.len() <= 100 {
        out.push_str(&one);
        out.push('\n');
        return;
    }
    let mut line = format!("{indent}/**");
    for word in text.split_whitespace() {
        if line.len() + word.len() + 1 > 100 {
            out.push_str(&line);
            out.push('\n');
            line = format!("{indent} *");
        }
        line.push(' ');
        line.push_str(word);
    }
    if line.len() + 3 > 100 {
        out.push_str(&line);
        out.push('\n');
        line = indent.to_string();
    }
    out.push_str(&line);
    out.push_str(" */\n");
}
