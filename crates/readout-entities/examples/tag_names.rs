//! Prints the built-in name tagger's spans for each text file given, one a
//! line: file, kind, bytes and the words. A debugging aid.
use readout_entities::NameTagger;
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable text");
        let seg = readout_segment::segment(&text, std::slice::from_ref(&(0..text.len())));
        for name in NameTagger::builtin().tag(&text, &seg) {
            println!("{path}\t{:?}\t{}", name.kind, &text[name.bytes.clone()]);
        }
    }
}
