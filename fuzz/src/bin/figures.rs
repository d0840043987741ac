//! Fuzz target `figures`: see [`transdiff_fuzz::checks::figures`].

fn main() {
    afl::fuzz!(|data: &[u8]| transdiff_fuzz::checks::figures(data));
}
