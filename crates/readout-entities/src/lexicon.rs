//! Word classes the features and the gold-span rules use: a lower-case word
//! in, whether it is a title ("president", "Mr"), a function word that
//! title-case styles leave in lower case, or a particle that may stand inside
//! a name ("of", "de", "van"). No names: the model learns those.

/// Titles, honorifics and roles that stand before a name ("President Petro
/// Poroshenko", "Mr. Smith"); the name span starts after them. Compared
/// without a final period.
pub(crate) fn is_title_word(lower: &str) -> bool {
    let word = lower.strip_suffix('.').unwrap_or(lower);
    matches!(
        word,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "dr"
            | "prof"
            | "professor"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "president"
            | "vice-president"
            | "minister"
            | "chancellor"
            | "premier"
            | "senator"
            | "sen"
            | "congressman"
            | "congresswoman"
            | "representative"
            | "rep"
            | "governor"
            | "gov"
            | "mayor"
            | "judge"
            | "justice"
            | "ambassador"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "emperor"
            | "empress"
            | "pope"
            | "cardinal"
            | "bishop"
            | "archbishop"
            | "reverend"
            | "rev"
            | "rabbi"
            | "imam"
            | "sheikh"
            | "saint"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "major"
            | "lieutenant"
            | "lt"
            | "captain"
            | "capt"
            | "sergeant"
            | "sgt"
            | "commander"
            | "admiral"
            | "adm"
            | "officer"
            | "detective"
            | "inspector"
            | "chief"
            | "secretary"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "ceo"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "coach"
            | "candidate"
            | "nominee"
            | "speaker"
            | "councillor"
            | "councilman"
            | "councilwoman"
            | "commissioner"
            | "supervisor"
            | "superintendent"
            | "treasurer"
            | "comptroller"
            | "attorney"
            | "prosecutor"
            | "doctor"
            | "founder"
            | "host"
            | "anchor"
            | "activist"
            | "leader"
    )
}

/// Short function words that AP-style title case leaves in lower case
/// ("Talks Will Resume in May"), so a headline is judged by its other words.
pub(crate) fn is_minor_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "via"
            | "per"
            | "into"
            | "up"
            | "off"
            | "out"
    )
}

/// Lower-case words that may stand inside a name of an organisation or
/// place ("University of California", "Bank of America", "Trinity and All
/// Saints").
pub(crate) fn is_name_connector(lower: &str) -> bool {
    is_person_particle(lower)
        || matches!(lower, "of" | "the" | "and" | "&" | "for" | "on" | "in" | "at" | "upon" | "'s" | "’s")
}

/// Particles inside personal names ("Ludwig van Beethoven", "Simone de
/// Beauvoir") and the marks that join parts of one ("Bailey-Ross", "J.").
pub(crate) fn is_person_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "del"
            | "della"
            | "der"
            | "den"
            | "di"
            | "da"
            | "das"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "van"
            | "von"
            | "y"
            | "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "-"
            | "."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let mut classes = Vec::new();
        if is_title_word(input) {
            classes.push("title");
        }
        if is_minor_word(input) {
            classes.push("minor");
        }
        if is_name_connector(input) {
            classes.push("connector");
        }
        if is_person_particle(input) {
            classes.push("particle");
        }
        assert_eq!(classes.join(" "), expect, "{input:?}");
    }

    #[test]
    fn words_fall_in_their_classes() {
        check(r"mr.", "title");
        check(r"president", "title");
        check(r"of", "minor connector");
        check(r"van", "connector particle");
        check(r"trump", "");
    }
}
