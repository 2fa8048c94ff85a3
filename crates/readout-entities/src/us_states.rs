//! US states by their AP abbreviations: a capitalised run of a document
//! in, the state it names out, where a town and a comma stand before it
//! ("Austin, Tex.", "Trenton, N.J."), and whether a run is such a town.
//!
//! Many abbreviations are words or names of their own ("Mass", "Miss",
//! "Tex", "Ind"): alone they count only after a town and a comma, with
//! their full stop; those with a full stop inside ("N.Y.", "S.C.") count
//! anywhere.

use readout_segment::Document;

/// The US state an AP-style abbreviation stands for ("Calif", "N.J.",
/// "Tex"), the full stop after it left off. Many are words or names on
/// their own ("Mass", "Miss", "Tex", "Ind"): ask only where a town and a
/// comma stand before it.
pub(crate) fn us_state_of_abbreviation(abbreviation: &str) -> Option<&'static str> {
    Some(match abbreviation.trim_end_matches('.') {
        "Ala" => "Alabama",
        "Ariz" => "Arizona",
        "Ark" => "Arkansas",
        "Calif" | "Cal" => "California",
        "Colo" => "Colorado",
        "Conn" => "Connecticut",
        "Del" => "Delaware",
        "D.C" => "Washington, D.C.",
        "Fla" => "Florida",
        "Ga" => "Georgia",
        "Ill" => "Illinois",
        "Ind" => "Indiana",
        "Kan" | "Kans" => "Kansas",
        "Ky" => "Kentucky",
        "La" => "Louisiana",
        "Md" => "Maryland",
        "Mass" => "Massachusetts",
        "Mich" => "Michigan",
        "Minn" => "Minnesota",
        "Miss" => "Mississippi",
        "Mo" => "Missouri",
        "Mont" => "Montana",
        "Neb" | "Nebr" => "Nebraska",
        "Nev" => "Nevada",
        "N.H" => "New Hampshire",
        "N.J" => "New Jersey",
        "N.M" => "New Mexico",
        "N.Y" => "New York",
        "N.C" => "North Carolina",
        "N.D" => "North Dakota",
        "Okla" => "Oklahoma",
        "Ore" | "Oreg" => "Oregon",
        "Pa" | "Penn" => "Pennsylvania",
        "R.I" => "Rhode Island",
        "S.C" => "South Carolina",
        "S.D" => "South Dakota",
        "Tenn" => "Tennessee",
        "Tex" => "Texas",
        "Vt" => "Vermont",
        "Va" => "Virginia",
        "Wash" => "Washington",
        "W.Va" => "West Virginia",
        "Wis" | "Wisc" => "Wisconsin",
        "Wyo" => "Wyoming",
        _ => return None,
    })
}

/// The state the one-word run `[start, end)` (its words joined as `full`)
/// abbreviates, where it stands after a town and a comma, or has a full
/// stop inside.
pub(crate) fn state_abbreviated_at(doc: &Document, start: usize, end: usize, full: &str) -> Option<&'static str> {
    let after_town =
        start >= 2 && doc.is_punct(start - 1, ",") && doc.is_word(start - 2) && doc.token(start - 2).capitalized;
    let inner_stop = full.trim_end_matches('.').contains('.');
    let with_stop = inner_stop || (end < doc.len() && doc.is_punct(end, "."));
    ((after_town || inner_stop) && with_stop).then(|| us_state_of_abbreviation(full)).flatten()
}

/// Whether a state's abbreviation follows the run ending at `end`, after a
/// comma: "Hoboken, N.J.", "Everett, Wash.".
pub(crate) fn precedes_state(doc: &Document, end: usize) -> bool {
    end + 2 < doc.len()
        && doc.is_punct(end, ",")
        && doc.is_word(end + 1)
        && doc.token(end + 1).capitalized
        && us_state_of_abbreviation(doc.raw(end + 1)).is_some()
        && (doc.raw(end + 1).contains('.') || doc.is_punct(end + 2, "."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_name_their_states() {
        assert_eq!(us_state_of_abbreviation("Calif."), Some("California"));
        assert_eq!(us_state_of_abbreviation("N.J."), Some("New Jersey"));
        assert_eq!(us_state_of_abbreviation("Tex"), Some("Texas"));
        assert_eq!(us_state_of_abbreviation("Texas"), None);
    }

    fn at(text: &str, word: &str) -> Option<&'static str> {
        let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let start = (0..doc.len()).find(|&t| doc.raw(t) == word).expect("word in text");
        state_abbreviated_at(&doc, start, start + 1, word)
    }

    #[test]
    fn only_after_a_town_and_a_comma_with_its_full_stop() {
        assert_eq!(at("He lives in Austin, Tex., now.", "Tex"), Some("Texas"));
        assert_eq!(at("Tex said so.", "Tex"), None);
        assert_eq!(at("He met Ann, Tex and Bob.", "Tex"), None);
    }
}
