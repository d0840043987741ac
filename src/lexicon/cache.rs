//! A compiled dictionary: a [`Lexicon`] as one `fst` map, read back in milliseconds.
//!
//! Parsing a FreeDict dictionary (decompressing, cleaning every entry, stemming every word)
//! takes a few hundred milliseconds, in every process. The binary compiles each dictionary
//! once into a cache file (`src/cmd/cache.rs` owns where and when) and memory-maps it
//! afterwards; this module holds the format, as pure functions over bytes.
//!
//! Layout: the magic `TDLEXv01`, a little-endian `u32` length, a JSON header of that many
//! bytes ([`Header`]: the lexicon's names and what the source files were when compiled),
//! then an `fst` map. Its keys are `source word 0x00 target word` in byte order (lookup forms
//! hold no NUL); its value packs the pair's rank among the source word's translations (high
//! 32 bits) with the strength's `f32` bits (low 32), so a decoded lexicon equals the parsed
//! one, translation order included.

use super::Lexicon;
use crate::error::{Error, Result};
use fst::{IntoStreamer, Streamer};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The first bytes of every cache file; the digits change whenever the layout does.
pub const MAGIC: &[u8; 8] = b"TDLEXv01";

/// What a cache file records about where its entries came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// The lexicon's names ([`Lexicon::names`]).
    pub names: Vec<String>,
    /// What identifies the inputs it was compiled from (source files' paths, sizes,
    /// modification times and SHA-256, the program that compiled it): a cache whose stamp
    /// differs from the current one is stale.
    pub stamp: String,
}

/// Encodes `lexicon` with `stamp` as a cache file's bytes.
///
/// ```
/// use transdiff::lexicon::{Lexicon, cache};
/// let mut lexicon = Lexicon::named("freedict:x");
/// lexicon.insert("haus", "maison", 0.2);
/// let bytes = cache::encode(&lexicon, "v1").unwrap();
/// let (header, back) = cache::decode(std::path::Path::new("x.fst"), &bytes).unwrap();
/// assert_eq!((header.stamp.as_str(), back), ("v1", lexicon));
/// ```
pub fn encode(lexicon: &Lexicon, stamp: &str) -> Result<Vec<u8>> {
    let mut keys: Vec<(Vec<u8>, u64)> = Vec::with_capacity(lexicon.len());
    for (source, list) in &lexicon.entries {
        for (rank, (target, strength)) in list.iter().enumerate() {
            let mut key = Vec::with_capacity(source.len() + target.len() + 1);
            key.extend_from_slice(source.as_bytes());
            key.push(0);
            key.extend_from_slice(target.as_bytes());
            keys.push((key, ((rank as u64) << 32) | u64::from(strength.to_bits())));
        }
    }
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let header = Header { names: lexicon.names.clone(), stamp: stamp.to_string() };
    let header = serde_json::to_vec(&header).map_err(|e| Error::usage(format!("cache header: {e}")))?;
    let mut out = Vec::with_capacity(keys.len() * 4 + header.len() + 12);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&header);
    let mut builder = fst::MapBuilder::new(out).map_err(fst_error)?;
    for (key, value) in &keys {
        // Keys are unique ((source, target) pairs of a map) and sorted: insert cannot fail
        // on order, only on a word holding NUL, which normal forms never do.
        builder.insert(key, *value).map_err(fst_error)?;
    }
    builder.into_inner().map_err(fst_error)
}

/// Reads only the header of a cache file (to check its stamp before decoding it all).
pub fn header(path: &Path, bytes: &[u8]) -> Result<(Header, usize)> {
    let corrupt = |what: &str| {
        Error::parse(
            path,
            None,
            None,
            format!(
                "{what}; not a transdiff dictionary cache (or from another version)\n  hint: delete the file, it is rebuilt"
            ),
        )
    };
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(corrupt("expected the magic bytes TDLEXv01"));
    }
    let mut len = [0u8; 4];
    len.copy_from_slice(&bytes[8..12]);
    let end = 12 + u32::from_le_bytes(len) as usize;
    let json = bytes.get(12..end).ok_or_else(|| corrupt("the header is cut short"))?;
    let header: Header = serde_json::from_slice(json).map_err(|_| corrupt("the header is not valid JSON"))?;
    Ok((header, end))
}

/// One source word's translations while decoding: (rank, target, strength).
type Group = (String, Vec<(u32, String, f32)>);

/// Decodes a cache file's bytes into its header and lexicon; `path` names it in errors.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(Header, Lexicon)> {
    let (header, start) = header(path, bytes)?;
    let map = fst::Map::new(&bytes[start..]).map_err(|e| corrupt_map(path, e))?;
    map.as_fst().verify().map_err(|e| corrupt_map(path, e))?;
    let mut lexicon = Lexicon { names: header.names.clone(), ..Lexicon::default() };
    lexicon.entries.reserve(map.len() / 2);
    let mut stream = map.into_stream();
    let mut current: Option<Group> = None;
    let flush = |lexicon: &mut Lexicon, group: Option<Group>| {
        if let Some((source, mut list)) = group {
            list.sort_unstable_by_key(|e| e.0);
            lexicon.entries.insert(source, list.into_iter().map(|(_, t, p)| (t, p)).collect());
        }
    };
    while let Some((key, value)) = stream.next() {
        let split = key.iter().position(|&b| b == 0);
        let words = split.and_then(|at| {
            let source = std::str::from_utf8(&key[..at]).ok()?;
            let target = std::str::from_utf8(&key[at + 1..]).ok()?;
            Some((source, target))
        });
        let Some((source, target)) = words else {
            return Err(Error::parse(
                path,
                None,
                None,
                "a key is not two UTF-8 words joined by NUL\n  hint: delete the file, it is rebuilt"
                    .to_string(),
            ));
        };
        let entry = ((value >> 32) as u32, target.to_string(), f32::from_bits(value as u32));
        match &mut current {
            Some((s, list)) if s == source => list.push(entry),
            _ => {
                let done = current.replace((source.to_string(), vec![entry]));
                flush(&mut lexicon, done);
            }
        }
    }
    flush(&mut lexicon, current);
    Ok((header, lexicon))
}

/// The bytes of a cache file, held for as long as the dictionary is in use (a memory map in
/// the binary, a `Vec` in tests).
pub type Bytes = Box<dyn AsRef<[u8]> + Send + Sync>;

/// The fst part of a cache file's bytes.
struct Held {
    bytes: Bytes,
    start: usize,
}

impl AsRef<[u8]> for Held {
    fn as_ref(&self) -> &[u8] {
        let bytes: &[u8] = (*self.bytes).as_ref();
        &bytes[self.start..]
    }
}

/// A compiled dictionary read in place: opening it checks the header and the map's own
/// checksum-free structure and copies nothing, so it takes microseconds; each
/// [`Compiled::translations`] call is one range query.
pub struct Compiled {
    header: Header,
    map: fst::Map<Held>,
}

impl Compiled {
    /// Opens a cache file's bytes; `path` names it in errors.
    pub fn open(path: &Path, bytes: Bytes) -> Result<Compiled> {
        let (header, start) = header(path, (*bytes).as_ref())?;
        let map = fst::Map::new(Held { bytes, start }).map_err(|e| corrupt_map(path, e))?;
        // A damaged map can make lookups panic: its checksum is checked first (crc32c over
        // a few MB, about a millisecond).
        map.as_fst().verify().map_err(|e| corrupt_map(path, e))?;
        Ok(Compiled { header, map })
    }

    /// What the file records about its sources.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The dictionary's names.
    pub fn names(&self) -> &[String] {
        &self.header.names
    }

    /// The number of (source, target) entries.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when it holds no entry.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The translations of normalised source word `source`, in the parsed lexicon's order.
    pub fn translations(&self, source: &str) -> Vec<(String, f32)> {
        let mut from = source.as_bytes().to_vec();
        from.push(0);
        let mut to = source.as_bytes().to_vec();
        to.push(1);
        let mut stream = self.map.range().ge(&from).lt(&to).into_stream();
        let mut list = Vec::new();
        while let Some((key, value)) = stream.next() {
            if let Ok(target) = std::str::from_utf8(&key[from.len()..]) {
                list.push(((value >> 32) as u32, target.to_string(), f32::from_bits(value as u32)));
            }
        }
        list.sort_unstable_by_key(|e| e.0);
        list.into_iter().map(|(_, t, p)| (t, p)).collect()
    }
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compiled").field("names", &self.header.names).field("len", &self.len()).finish()
    }
}

impl PartialEq for Compiled {
    fn eq(&self, other: &Compiled) -> bool {
        self.header == other.header && self.map.as_fst().as_bytes() == other.map.as_fst().as_bytes()
    }
}

fn corrupt_map(path: &Path, e: fst::Error) -> Error {
    Error::parse(
        path,
        None,
        None,
        format!("the map is corrupt ({e})\n  hint: delete the file, it is rebuilt"),
    )
}

fn fst_error(e: fst::Error) -> Error {
    Error::usage(format!("building the dictionary cache: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn sample() -> Lexicon {
        let mut lexicon = Lexicon::named("freedict:deu-fra");
        // Translations out of byte order: the rank keeps their order.
        lexicon.insert("bank", "banque", 0.2);
        lexicon.insert("bank", "banc", 0.1);
        lexicon.insert("haus", "maison", 0.2);
        lexicon.insert("ba", "z", 0.5);
        lexicon.names.push("freedict:fra-deu (inverted)".into());
        lexicon
    }

    #[test]
    fn a_lexicon_comes_back_equal_with_its_order_and_names() {
        let bytes = encode(&sample(), "stamp 1").unwrap();
        let (header, back) = decode(Path::new("c.fst"), &bytes).unwrap();
        assert_eq!(header.stamp, "stamp 1");
        assert_eq!(back, sample());
        assert_eq!(back.translations("bank"), [("banque".to_string(), 0.2), ("banc".to_string(), 0.1)]);
        assert_eq!(header.names, ["freedict:deu-fra", "freedict:fra-deu (inverted)"]);
        // Empty lexicons too.
        let (_, empty) = decode(Path::new("c.fst"), &encode(&Lexicon::new(), "").unwrap()).unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn a_compiled_dictionary_looks_up_what_the_parsed_one_holds() {
        let bytes = encode(&sample(), "s").unwrap();
        let compiled = Compiled::open(Path::new("c.fst"), Box::new(bytes)).unwrap();
        for word in ["bank", "haus", "ba", "b", "bankx", ""] {
            assert_eq!(compiled.translations(word), sample().translations(word), "{word}");
        }
        assert_eq!((compiled.len(), compiled.names().len()), (4, 2));
        // As part of a lexicon, merged after in-memory entries like `extend` merges.
        let mut lexicon = Lexicon::named("hunalign:x");
        lexicon.insert("bank", "banc", 0.9);
        lexicon.extend(Lexicon::compiled(compiled));
        let mut eager = Lexicon::named("hunalign:x");
        eager.insert("bank", "banc", 0.9);
        eager.extend(sample());
        assert_eq!(&*lexicon.lookup("bank"), eager.translations("bank"));
        assert_eq!(lexicon.strength("haus", "maison"), 0.2);
        assert_eq!((lexicon.len(), lexicon.is_empty(), &lexicon.names), (5, false, &eager.names));
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let bytes = encode(&sample(), "s").unwrap();
        let path = Path::new("c.fst");
        let err = decode(path, b"nonsense").unwrap_err().to_string();
        assert_eq!(
            err,
            "c.fst: expected the magic bytes TDLEXv01; not a transdiff dictionary cache (or from another version)\n  hint: delete the file, it is rebuilt"
        );
        for cut in [10, 14, bytes.len() / 2, bytes.len() - 3] {
            assert!(decode(path, &bytes[..cut]).is_err(), "cut at {cut}");
            assert!(Compiled::open(path, Box::new(bytes[..cut].to_vec())).is_err(), "cut at {cut}");
        }
        // A flipped byte inside the map.
        let mut flipped = bytes.clone();
        let at = flipped.len() - 10;
        flipped[at] ^= 0x55;
        assert!(Compiled::open(path, Box::new(flipped)).is_err());
    }
}
