//! Fuzz target `segment`: see [`transdiff_fuzz::checks::segment`].

fn main() {
    afl::fuzz!(|data: &[u8]| transdiff_fuzz::checks::segment(data));
}
