//! Model validation of arbitrary JSON against every input shape: a verdict, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        for op in amphost::model::model().operations.values() {
            if let Some(input) = &op.input {
                let _ = amphost::model::validate::validate(&input.shape, &value);
            }
        }
    }
});
