//! Fuzz target `json`: see [`transdiff_fuzz::checks::json`].

fn main() {
    afl::fuzz!(|data: &[u8]| transdiff_fuzz::checks::json(data));
}
