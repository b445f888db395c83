//! Descriptions of the API's vocabulary as data: the enums (`wire_enum!` fills an [`EnumInfo`]
//! for each), and the fields of the inputs and outputs with their kinds. The native generator
//! (`gen/`, `make gen`) writes `vocabulary.json` and `src/types.d.ts` from them; the input
//! readers take their key lists from the same tables, so the description cannot drift from what
//! is read. Nothing here runs in the wasm beyond the key lists.

/// A `wire_enum!`: its name in the vocabulary and the TypeScript declarations, its doc comment
/// and its wire values in declaration order.
#[derive(Debug)]
pub struct EnumInfo {
    pub name: &'static str,
    pub doc: &'static str,
    pub values: &'static [&'static str],
}
