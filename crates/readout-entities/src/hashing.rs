//! Stable hashing: words, shapes and feature parts in, 64-bit keys out.
//!
//! A model file stores its weights under these keys, so the functions here
//! must give the same numbers on every platform and in every release: FNV-1a
//! over UTF-8 bytes and a SplitMix64 finaliser to combine parts, nothing from
//! std's randomised hashers. The identity hasher is for maps whose keys are
//! such hashes already.

use std::hash::{BuildHasherDefault, Hasher};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hash being fed bytes.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Fnv {
        Fnv(FNV_OFFSET)
    }

    pub(crate) fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }

    pub(crate) fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }

    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// The hash of a string's bytes.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = Fnv::new();
    for &b in s.as_bytes() {
        h.byte(b);
    }
    h.finish()
}

/// Feed the lower-case form of `c` (ASCII without a table look-up).
pub(crate) fn feed_lower(h: &mut Fnv, c: char) {
    if c.is_ascii() {
        h.byte((c as u8).to_ascii_lowercase());
    } else {
        for l in c.to_lowercase() {
            h.char(l);
        }
    }
}

/// The hash of the lower-case form of `s`, without allocating it.
pub(crate) fn hash_lower(s: &str) -> u64 {
    let mut h = Fnv::new();
    if s.is_ascii() {
        for &b in s.as_bytes() {
            h.byte(b.to_ascii_lowercase());
        }
    } else {
        for c in s.chars() {
            feed_lower(&mut h, c);
        }
    }
    h.finish()
}

/// Combine two parts into one key (order matters).
#[inline]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut x = a.rotate_left(23) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type HashedKeys = BuildHasherDefault<IdentityHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: u64) {
        assert_eq!(hash_lower(input), expect, "{input:?}");
    }

    #[test]
    fn hashes_are_fixed_numbers() {
        // FNV-1a of "" and "a": the published test vectors.
        check("", 0xcbf2_9ce4_8422_2325);
        check("a", 0xaf63_dc4c_8601_ec8c);
        check("A", 0xaf63_dc4c_8601_ec8c);
        assert_eq!(mix(1, 2), mix(1, 2));
        assert_ne!(mix(1, 2), mix(2, 1));
    }

    #[test]
    fn lower_case_hash_matches_hash_of_lowered_text() {
        for word in [r"Trump", r"ÉCOLE", r"İstanbul", r"Straße"] {
            check(word, hash_str(&word.to_lowercase()));
        }
    }
}
