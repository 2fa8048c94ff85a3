//! Word lists the name finder asks of a capitalised run: a word in, whether
//! it opens sentences without naming anything, names a day or month, is a
//! medium, a department before a title, a descriptor before a name, a
//! demonym's shape or a middle initial out; and of a whole name, whether
//! it is a kind of people ("Republicans", "African Americans") rather than
//! anyone a speaker or a pronoun can be.

/// Capitalised words that open sentences without naming anything, with
/// or without a clitic glued on: "I'm", "It's", "We'll", "Don't" (a
/// conversation's or a headline's "I'm OK" names no one called "I'm").
pub(crate) fn is_capitalised_function_word(word: &str) -> bool {
    if is_bare_function_word(word) {
        return true;
    }
    let Some((stem, clitic)) = word.rsplit_once(['\'', '’']) else { return false };
    match clitic {
        "t" => stem.ends_with('n'),
        "m" | "ll" | "ve" | "d" | "re" | "s" => is_bare_function_word(stem) || stem == "let",
        _ => false,
    }
}

fn is_bare_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "earlier"
            | "later"
            | "see"
            | "speaking"
            | "there"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "his"
            | "her"
            | "their"
            | "its"
            | "as"
            | "after"
            | "before"
            | "when"
            | "while"
            | "if"
            | "both"
            | "some"
            | "many"
            | "however"
            | "meanwhile"
            | "last"
            | "next"
            | "according"
            | "asked"
            | "though"
            | "although"
            | "yet"
            | "so"
            | "still"
            | "since"
            | "now"
            | "then"
            | "what"
            | "why"
            | "how"
            | "who"
            | "where"
            | "our"
            | "my"
            | "your"
            | "you"
            | "one"
            | "no"
            | "not"
            | "all"
            | "even"
            | "also"
            | "just"
            | "only"
            | "instead"
            | "despite"
            | "during"
            | "from"
            | "by"
            | "to"
            | "of"
            | "among"
            | "outside"
            | "inside"
            | "across"
            | "through"
            | "toward"
            | "towards"
            | "amid"
            | "under"
            | "over"
            | "because"
            | "unlike"
            | "like"
            | "until"
            | "once"
            | "here"
            | "yes"
            | "well"
            | "oh"
            // Interjections and a letter's salutation: "OK", "Dear Hannah".
            | "ok"
            | "okay"
            | "yeah"
            | "hey"
            | "nobody"
            | "anyone"
            | "anybody"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "um"
            | "uh"
            | "hmm"
            | "wow"
            | "dear"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "mr."
            | "whether"
            | "every"
            | "each"
            | "most"
            | "more"
            | "several"
            | "other"
            | "such"
            // A question's auxiliary: "Does Marco Rubio Have a Chance?"
            // ("Will" is also a first name and stays).
            | "does"
            | "did"
            | "do"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "can"
            | "could"
            | "would"
            | "should"
            | "maybe"
            | "perhaps"
            | "neither"
            | "either"
            | "nor"
    )
}

/// Days, months and feasts: words that date, not name.
pub fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "christmas"
            | "easter"
    )
}

pub(crate) fn is_media_noun(word: &str) -> bool {
    matches!(
        word,
        "site"
            | "magazine"
            | "newspaper"
            | "website"
            | "account"
            | "app"
            | "network"
            | "channel"
            | "show"
            | "programme"
            | "program"
            | "page"
            | "feed"
            | "platform"
            | "post"
            | "video"
            | "interview"
            | "podcast"
    )
}

/// Departments and chambers whose names stand before a title: "Labor
/// Secretary", "House Speaker", "U.N. Ambassador".
pub(crate) fn is_department_word(lower: &str) -> bool {
    matches!(
        lower,
        "labor"
            | "labour"
            | "defense"
            | "treasury"
            | "commerce"
            | "energy"
            | "interior"
            | "education"
            | "agriculture"
            | "transportation"
            | "house"
            | "senate"
            | "u.n."
            | "un"
            | "nato"
            | "eu"
            | "cabinet"
            | "party"
    )
}

/// Whether a capitalised word has the shape of a demonym ("Iraqi",
/// "Kenyan", "Japanese", "Polish"): only asked of a word before a title,
/// where a first name is rare.
pub(crate) fn looks_like_demonym(word: &str) -> bool {
    word.len() > 3
        && word.starts_with(char::is_uppercase)
        && ["i", "ian", "an", "ese", "ish", "ch"].iter().any(|suffix| word.ends_with(suffix))
}

/// Words that describe a person before their name without being part of
/// it: party labels and the parts of multi-word titles that are not
/// honorifics themselves.
pub(crate) fn is_descriptor_word(lower: &str) -> bool {
    matches!(
        lower,
        "democrat"
            | "democratic"
            | "republican"
            | "gop"
            | "labour"
            | "conservative"
            | "tory"
            | "liberal"
            | "prime"
            | "foreign"
            | "chief"
            | "former"
            | "first"
            | "deputy"
            | "state"
            | "attorney"
            | "candidate"
            | "nominee"
            | "leader"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
    )
}

/// "J." or "J": a single capital letter, as a middle initial is written.
pub(crate) fn is_initial_word(word: &str) -> bool {
    let letter = word.strip_suffix('.').unwrap_or(word);
    letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase())
}

/// A name that is a kind of people: a party's members or a nationality
/// ("Republicans", "Democrats", "Americans", "Israelis"), or a people
/// named with a nationality ("African Americans", "African-American").
pub fn is_group_word(name: &str) -> bool {
    if !name.contains([' ', '-']) {
        let Some(singular) = name.strip_suffix('s') else { return false };
        let singular_lower = singular.to_lowercase();
        // "Senators", "Governors": the plural of a title is a group too; not
        // of a word that only qualifies a title ("States", "Chiefs").
        let qualifier = matches!(
            singular_lower.as_str(),
            "state"
                | "home"
                | "health"
                | "foreign"
                | "former"
                | "prime"
                | "shadow"
                | "vice"
                | "defence"
                | "defense"
                | "chief"
                | "deputy"
        );
        return matches!(singular_lower.as_str(), "democrat" | "republican" | "conservative" | "liberal" | "tory")
            || (crate::kind_words::is_honorific(&singular_lower) && !qualifier)
            || readout_offices::country_of_cue(name).is_some() && readout_offices::country_of_cue(singular).is_some();
    }
    // Every word a nationality, the last one a country's: no one's name.
    let words: Vec<&str> = name.split([' ', '-']).collect();
    let nationality = |word: &str| {
        let singular = word.strip_suffix('s').unwrap_or(word);
        looks_like_demonym(singular) && crate::gender::Gender::of_first_name(singular).is_none()
    };
    let last = words[words.len() - 1];
    words.iter().all(|w| nationality(w))
        && readout_offices::country_of_cue(last.strip_suffix('s').unwrap_or(last)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_function_word_with_a_clitic_names_no_one() {
        for word in ["i'm", "i’ll", "it's", "we've", "let's", "don't", "can’t", "ok", "dear", "um"] {
            assert!(is_capitalised_function_word(word), "{word}");
        }
        for word in ["o'neill", "d'souza", "trump's", "iran’s", "gloria"] {
            assert!(!is_capitalised_function_word(word), "{word}");
        }
    }

    #[test]
    fn a_people_named_with_a_nationality_is_a_group() {
        for name in
            ["African Americans", "African-Americans", "African American", "Republicans", "Israelis", "Senators"]
        {
            assert!(is_group_word(name), "{name}");
        }
        for name in ["Ivan Ivanovich", "Bobby Scott", "Chinese Embassy", "Americas", "States", "Chiefs"] {
            assert!(!is_group_word(name), "{name}");
        }
    }
}
