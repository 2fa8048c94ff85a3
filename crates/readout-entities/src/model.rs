//! The model file: bytes in, a table of feature weights and label
//! transitions out; and the writer that makes those bytes.
//!
//! Layout (little-endian): the magic `RDNAMES1`, the format version, the
//! feature version the weights were learned with, the number of labels (7),
//! the 7×7 transition weights (from, to) as f32, the number of entries, then
//! the entries sorted by key: a u64 feature key, a byte whose bits name the
//! labels that have a weight, and one f32 per such label. Features without
//! an entry weigh nothing. In memory the entries go into an open-addressing
//! table keyed by the (already hashed) key.

use crate::error::{Error, Result};
use crate::features::FEATURES_VERSION;
use crate::labels::NUM_LABELS;

const MAGIC: &[u8; 8] = b"RDNAMES1";
const FORMAT_VERSION: u32 = 1;

/// One feature's weight per label (seven labels: outside, and the begin and
/// inside of three kinds of span).
pub type Row = [f32; NUM_LABELS];

/// Feature weights and transitions, ready for look-ups. Keys and rows sit
/// in separate arrays: most look-ups are for features the model does not
/// have, and those only touch the (smaller, cache-resident) key array. The
/// name tagger's table, and the attribution stage's span model's
/// (`LabelWeights` outside this crate).
#[derive(Clone)]
pub struct Weights {
    /// 0: empty slot.
    keys: Vec<u64>,
    rows: Vec<Row>,
    mask: usize,
    len: usize,
    pub(crate) transitions: [Row; NUM_LABELS],
}

impl Weights {
    /// Per token, the sum of the rows of its feature keys (token `i` has
    /// `keys[offsets[i]..offsets[i + 1]]`), into `scores`.
    pub fn score_tokens(&self, keys: &[u64], offsets: &[u32], scores: &mut Vec<Row>) {
        scores.clear();
        scores.extend(offsets.windows(2).map(|window| {
            let mut row: Row = [0.0; NUM_LABELS];
            for &key in &keys[window[0] as usize..window[1] as usize] {
                if let Some(weights) = self.get(key) {
                    for (total, weight) in row.iter_mut().zip(weights) {
                        *total += weight;
                    }
                }
            }
            row
        }));
    }

    /// A model that knows nothing (tags nothing).
    pub(crate) fn empty() -> Weights {
        Weights::new(&[], [[0.0; NUM_LABELS]; NUM_LABELS])
    }

    /// A table of `entries` (a key of 0 is left out) and `transitions`
    /// (from, to).
    pub fn new(entries: &[(u64, Row)], transitions: [Row; NUM_LABELS]) -> Weights {
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mut weights = Weights {
            keys: vec![0; capacity],
            rows: vec![[0.0; NUM_LABELS]; capacity],
            mask: capacity - 1,
            len: 0,
            transitions,
        };
        for &(key, row) in entries {
            if key == 0 {
                continue;
            }
            let mut at = key as usize & weights.mask;
            while weights.keys[at] != 0 && weights.keys[at] != key {
                at = (at + 1) & weights.mask;
            }
            if weights.keys[at] == 0 {
                weights.len += 1;
            }
            weights.keys[at] = key;
            weights.rows[at] = row;
        }
        weights
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no feature has a weight.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The label transitions' weights, (from, to).
    pub fn transitions(&self) -> &[Row; NUM_LABELS] {
        &self.transitions
    }

    /// The weights of feature `key`, if the table has it.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&Row> {
        let mut at = key as usize & self.mask;
        loop {
            let k = self.keys[at];
            if k == key {
                return Some(&self.rows[at]);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & self.mask;
        }
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Weights> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(Error::Model("the file does not start with RDNAMES1".into()));
        }
        let format = r.u32()?;
        if format != FORMAT_VERSION {
            return Err(Error::Model(format!("format version {format}, this build reads {FORMAT_VERSION}")));
        }
        let features = r.u32()?;
        if features != FEATURES_VERSION {
            return Err(Error::Model(format!(
                "trained with feature version {features}, this build computes version {FEATURES_VERSION}"
            )));
        }
        let labels = r.u32()?;
        if labels as usize != NUM_LABELS {
            return Err(Error::Model(format!("{labels} labels, expected {NUM_LABELS}")));
        }
        let mut transitions = [[0.0; NUM_LABELS]; NUM_LABELS];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let count = r.u32()? as usize;
        let mut entries = Vec::with_capacity(count.min(bytes.len() / 13));
        for _ in 0..count {
            let key = r.u64()?;
            let mask = r.take(1)?[0];
            if mask >> NUM_LABELS != 0 {
                return Err(Error::Model(format!("label mask {mask:#b} names labels beyond {NUM_LABELS}")));
            }
            let mut row = [0.0; NUM_LABELS];
            for (label, w) in row.iter_mut().enumerate() {
                if mask & (1 << label) != 0 {
                    *w = r.f32()?;
                }
            }
            entries.push((key, row));
        }
        if r.at != bytes.len() {
            return Err(Error::Model(format!("{} bytes after the last entry", bytes.len() - r.at)));
        }
        Ok(Weights::new(&entries, transitions))
    }
}

/// The bytes of a model file; `entries` need not be sorted. Zero weights are
/// left out.
pub(crate) fn to_bytes(entries: &[(u64, Row)], transitions: &[Row; NUM_LABELS]) -> Vec<u8> {
    let mut sorted: Vec<&(u64, Row)> = entries.iter().filter(|(_, row)| row.iter().any(|&w| w != 0.0)).collect();
    sorted.sort_by_key(|(key, _)| *key);
    let mut out = Vec::with_capacity(64 + sorted.len() * 20);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
    out.extend_from_slice(&(NUM_LABELS as u32).to_le_bytes());
    for row in transitions {
        for w in row {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
    for (key, row) in sorted {
        out.extend_from_slice(&key.to_le_bytes());
        let mask = row.iter().enumerate().filter(|(_, &w)| w != 0.0).fold(0u8, |m, (label, _)| m | 1 << label);
        out.push(mask);
        for &w in row.iter().filter(|&&w| w != 0.0) {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| Error::Model(format!("the file ends at byte {} inside a record", self.bytes.len())))?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }

    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap_or_default()))
    }

    fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Write `entries`, read them back, and show the weights of `probe`
    /// keys ("-" for none).
    fn check(entries: &[(u64, Row)], probe: &[u64], expect: &str) {
        let bytes = to_bytes(entries, &[[0.5; NUM_LABELS]; NUM_LABELS]);
        let weights = Weights::from_bytes(&bytes).unwrap();
        assert_eq!(weights.transitions[6][6], 0.5);
        let shown: Vec<String> =
            probe.iter().map(|k| weights.get(*k).map_or("-".to_string(), |row| format!("{row:?}"))).collect();
        assert_eq!(shown.join(" "), expect);
    }

    #[test]
    fn weights_round_trip() {
        let mut row = [0.0; NUM_LABELS];
        row[1] = 1.5;
        row[6] = -2.0;
        check(&[(42, row), (7, [0.0; NUM_LABELS])], &[42, 7, 9], "[0.0, 1.5, 0.0, 0.0, 0.0, 0.0, -2.0] - -");
        // Colliding slots (same low bits) probe onwards.
        check(&[(16, row), (32, row)], &[32], "[0.0, 1.5, 0.0, 0.0, 0.0, 0.0, -2.0]");
    }

    #[test]
    fn malformed_files_are_refused() {
        let bytes = to_bytes(&[(3, [1.0; NUM_LABELS])], &[[0.0; NUM_LABELS]; NUM_LABELS]);
        let message = |b: &[u8]| Weights::from_bytes(b).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(message(&bytes[..bytes.len() - 1]), "not a name model: the file ends at byte 256 inside a record");
        assert_eq!(message(b"PK\x03\x04 not a model"), "not a name model: the file does not start with RDNAMES1");
        let mut future = bytes.clone();
        future[12] = 99;
        assert_eq!(
            message(&future),
            format!(
                "not a name model: trained with feature version 99, this build computes version {FEATURES_VERSION}"
            )
        );
    }
}
