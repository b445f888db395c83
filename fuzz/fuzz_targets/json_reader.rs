//! Our JSON reader on arbitrary bytes: it never panics, the batch walk agrees with the whole
//! parse, and every function refuses bad text with an input error instead of failing.
#![no_main]

use dispute_calc::api::{self, BatchOptions};
use dispute_calc::json::{self, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let whole = json::parse(text);
    let mut items = Vec::new();
    let walked = json::for_each_in_array(text, |item, _| items.push(item));
    if let Ok(Value::Array(expected)) = &whole {
        // A valid array walks item by item to the same values.
        assert_eq!(walked, Ok(true));
        let got: Result<Vec<Value>, _> = items.into_iter().collect();
        assert_eq!(got.as_ref(), Ok(expected));
    }
    let _ = api::evaluate_dispute_json(text);
    let _ = api::return_shipping_split_json(text);
    let _ = api::refund_penalty_json(text);
    let _ = api::evaluate_disputes_json(text, BatchOptions { text: false });
});
