//! Fuzz target `dict`: see [`transdiff_fuzz::checks::dict`].

fn main() {
    afl::fuzz!(|data: &[u8]| transdiff_fuzz::checks::dict(data));
}
