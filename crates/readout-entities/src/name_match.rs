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
    if a.last() != b.last() {
        return false;
    }
    // "De Blasio" opening a sentence is the surname of Bill de Blasio: a
    // particle and a surname alone.
    let particle_surname = |short: &[String], long: &[String]| {
        short.len() == 2 && long.len() > 2 && is_surname_particle(&short[0]) && long[long.len() - 2] == short[0]
    };
    let (first_a, first_b) = (&a[0], &b[0]);
    first_a == first_b
        || first_a.trim_end_matches('.').len() == 1 && first_b.starts_with(first_a.trim_end_matches('.'))
        || first_b.trim_end_matches('.').len() == 1 && first_a.starts_with(first_b.trim_end_matches('.'))
        || particle_surname(&a, &b)
        || particle_surname(&b, &a)
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
