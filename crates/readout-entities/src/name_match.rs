//! Comparing people's names: the words of two names in, whether they name
//! one person out ("J. Smith" and "John Smith", "De Blasio" and "Bill de
//! Blasio"), and the parts of a name that matter for it (a surname without
//! its article or regnal number, a family name written first, a
//! generational suffix).

use crate::person_name::{SUFFIXES, SURNAME_PARTICLES};

/// The word a holder is called by with a title: the surname, or for a
/// monarch the name before the regnal number ("King Abdullah" is Abdullah
/// II), without an Arabic article ("Prime Minister Abadi" is Haider
/// al-Abadi).
pub(crate) fn holder_surname(name: &str) -> &str {
    let mut words = name.rsplit(' ');
    let last = words.next().unwrap_or(name);
    let last = if is_regnal_number(last) { words.next().unwrap_or(last) } else { last };
    without_article(last)
}

/// "II", "IV", "VIII": a monarch's number.
fn is_regnal_number(word: &str) -> bool {
    !word.is_empty() && word.len() <= 4 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "al-Abadi" → "Abadi", "el-Sisi" → "Sisi".
pub(crate) fn without_article(word: &str) -> &str {
    ["al-", "Al-", "el-", "El-"].iter().find_map(|article| word.strip_prefix(article)).unwrap_or(word)
}

/// Full names are the same person when the surnames agree and the first
/// names agree or one is missing or an initial.
pub(crate) fn same_person(a: &[String], b: &[String]) -> bool {
    // Case is forgiven: a transcript's "ANTHONY ALBANESE" is Anthony Albanese.
    let fold = |words: &[String]| words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
    let (a, b) = (fold(a), fold(b));
    // "Tyresha McClenney" and "Tyresha McLenney": a slip of one letter in
    // the surname, where the first names are the same.
    let surnames_agree = a.last() == b.last()
        || a.len() >= 2 && b.len() >= 2 && a[0] == b[0] && misspelt(&a[a.len() - 1], &b[b.len() - 1]);
    if !surnames_agree {
        return false;
    }
    // "De Blasio" opening a sentence is the surname of Bill de Blasio: a
    // particle and a surname alone.
    let particle_surname = |short: &[String], long: &[String]| {
        short.len() == 2 && long.len() > 2 && is_surname_particle(&short[0]) && long[long.len() - 2] == short[0]
    };
    let (first_a, first_b) = (&a[0], &b[0]);
    // "Hilary Clinton" beside "Hillary Clinton": a slip of one letter in a
    // long first name is the same person; not where both are first names
    // the table tells apart ("Christian" and "Christina").
    let told_apart = |x: &str, y: &str| {
        use crate::gender::{is_first_name, Gender};
        is_first_name(x) && is_first_name(y) && Gender::of_first_name(x) != Gender::of_first_name(y)
    };
    first_a == first_b
        || a.len() >= 2 && b.len() >= 2 && misspelt(first_a, first_b) && !told_apart(first_a, first_b)
        || same_given_name(first_a, first_b)
        || first_a.trim_end_matches('.').len() == 1 && first_b.starts_with(first_a.trim_end_matches('.'))
        || first_b.trim_end_matches('.').len() == 1 && first_a.starts_with(first_b.trim_end_matches('.'))
        || particle_surname(&a, &b)
        || particle_surname(&b, &a)
}

/// Whether one word is the other misspelt: both of five letters or more,
/// the same first letter, and one letter added, dropped, changed or two
/// swapped ("Hilary" and "Hillary", "Wines" and "Wimes", "McLenney" and
/// "McClenney"). Compared case-folded.
pub(crate) fn misspelt(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    if a == b || a.len().min(b.len()) < 5 || a[0] != b[0] || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    match a.len().cmp(&b.len()) {
        // One letter changed, or two neighbours swapped.
        std::cmp::Ordering::Equal => {
            prefix + suffix + 1 == a.len()
                || prefix + suffix + 2 == a.len() && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
        }
        // One letter added or dropped.
        _ => prefix + suffix >= a.len().min(b.len()),
    }
}

/// English given names and the short forms news writes for them ("Mike
/// Pompeo" is Michael R. Pompeo, "Bill Clinton" William J. Clinton).
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("michael", &["mike"]),
    ("william", &["bill", "billy", "will"]),
    ("robert", &["bob", "bobby", "rob"]),
    ("james", &["jim", "jimmy", "jamie"]),
    ("joseph", &["joe"]),
    ("anthony", &["tony"]),
    ("antony", &["tony"]),
    ("thomas", &["tom", "tommy"]),
    ("richard", &["dick", "rick", "rich"]),
    ("charles", &["chuck", "charlie"]),
    ("edward", &["ted", "ed", "eddie"]),
    ("theodore", &["ted", "teddy"]),
    ("elizabeth", &["liz", "beth", "betsy"]),
    ("katherine", &["kate", "kathy"]),
    ("catherine", &["kate", "cathy"]),
    ("margaret", &["maggie", "peggy"]),
    ("christopher", &["chris"]),
    ("daniel", &["dan", "danny"]),
    ("david", &["dave"]),
    ("stephen", &["steve"]),
    ("steven", &["steve"]),
    ("nicholas", &["nick"]),
    ("alexander", &["alex"]),
    ("jonathan", &["jon"]),
    ("patrick", &["pat"]),
    ("patricia", &["pat", "patty"]),
    ("peter", &["pete"]),
    ("samuel", &["sam"]),
    ("timothy", &["tim"]),
    ("kenneth", &["ken"]),
    ("ronald", &["ron"]),
    ("donald", &["don"]),
    ("gerald", &["gerry", "jerry"]),
    ("lawrence", &["larry"]),
    ("andrew", &["andy"]),
    ("matthew", &["matt"]),
    ("gregory", &["greg"]),
    ("jeffrey", &["jeff"]),
    ("joshua", &["josh"]),
    ("frederick", &["fred"]),
    ("benjamin", &["ben"]),
    ("susan", &["sue"]),
    ("deborah", &["deb", "debbie"]),
    ("jennifer", &["jen", "jenny"]),
    ("rebecca", &["becky"]),
    ("victoria", &["vicky"]),
];

/// Whether two given names are one: a name and its short form, from the
/// table or cut from its start ("Cres" Eastman is Creswell Eastman; three
/// letters at least, so that "Al" is not "Alan").
pub(crate) fn same_given_name(a: &str, b: &str) -> bool {
    let cut = |short: &str, long: &str| short.len() >= 3 && long.len() > short.len() && long.starts_with(short);
    SHORT_FORMS.iter().any(|(full, short)| (a == *full && short.contains(&b)) || (b == *full && short.contains(&a)))
        || cut(a, b)
        || cut(b, a)
}

/// "Jr", "Sr", "III": not a second surname ("Joseph R. Biden Jr." is no
/// Biden-Jr; the store's identity rules know the suffix).
pub(crate) fn is_generational_suffix(word: &str) -> bool {
    SUFFIXES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// A name written family name first, as Korean names are in English news:
/// "Ban Ki-moon", "Moon Jae-in" (a given name of two syllables joined by a
/// hyphen, the second in lower case). "Ban" alone is then the person.
pub(crate) fn family_name_first(words: &[String]) -> bool {
    words.len() == 2
        && words[1].split_once('-').is_some_and(|(first, second)| {
            first.starts_with(char::is_uppercase) && second.starts_with(char::is_lowercase) && second.len() <= 5
        })
}

/// A word that opens a surname in many languages: "de Blasio", "van
/// Gogh", "von der Leyen", "al-Assad" written apart (the store's list).
pub(crate) fn is_surname_particle(word: &str) -> bool {
    SURNAME_PARTICLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_slip_of_one_letter_in_a_long_word_is_a_misspelling() {
        for (a, b) in [("Hilary", "Hillary"), ("Wines", "Wimes"), ("McLenney", "McClenney"), ("Priebus", "Prieubs")] {
            assert!(misspelt(a, b), "{a} {b}");
        }
        for (a, b) in [("Jon", "Joh"), ("Hillary", "Hillary"), ("Warren", "Karren"), ("Johnson", "Johnstone")] {
            assert!(!misspelt(a, b), "{a} {b}");
        }
        assert!(same_person(&words("Hilary Clinton"), &words("Hillary Clinton")));
        assert!(same_person(&words("Tyresha McLenney"), &words("Tyresha McClenney")));
        // A slip in the surname needs the same first name.
        assert!(!same_person(&words("Bill Johnson"), &words("William Johnsen")));
        // Two first names of different genders are two people.
        assert!(!same_person(&words("Christian Smith"), &words("Christina Smith")));
        assert!(!same_person(&words("Andrea Jones"), &words("Andrew Jones")));
    }

    #[test]
    fn a_short_given_name_is_the_same_person() {
        assert!(same_person(&words("Michael R. Pompeo"), &words("Mike Pompeo")));
        assert!(same_person(&words("Bill Clinton"), &words("William Clinton")));
        assert!(!same_person(&words("Bill Clinton"), &words("Hillary Clinton")));
        assert!(!same_person(&words("Mike Pompeo"), &words("Michelle Pompeo")));
        assert!(same_person(&words("Cres Eastman"), &words("Creswell Eastman")));
        assert!(!same_person(&words("Al Gore"), &words("Alan Gore")));
    }
}
