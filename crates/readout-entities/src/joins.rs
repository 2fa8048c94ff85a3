//! Short names joined to long ones: a document's entities in, the same
//! entities out with an organisation's initials ("AP") or a body's word
//! alone ("Police") moved into the one full name they stand for.

use crate::grouping::EntityGroup;
use readout_record::EntityKind;

/// An organisation named by its initials ("AP", "FBI") is the one the text
/// also names in full ("the Associated Press"), where exactly one full name
/// has those initials; its mentions join that one. So does a body's word
/// alone ("Police") join the one name it heads.
pub(crate) fn join_acronyms(groups: &mut [EntityGroup]) {
    let initials = |name: &str| -> String {
        name.split([' ', '-'])
            .filter(|w| !matches!(w.to_lowercase().as_str(), "of" | "the" | "for" | "and" | "on" | "in" | "&"))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    for acronym in 0..groups.len() {
        let name = groups[acronym].name.replace('.', "");
        let is_acronym = groups[acronym].kind == EntityKind::Organization
            && (2..=6).contains(&name.len())
            && name.chars().all(|c| c.is_ascii_uppercase());
        if !is_acronym {
            continue;
        }
        let full: Vec<usize> = (0..groups.len())
            .filter(|&g| g != acronym && groups[g].kind == EntityKind::Organization && groups[g].name.contains(' '))
            .filter(|&g| initials(&groups[g].name) == name)
            .collect();
        if let [full] = full.as_slice() {
            let mentions = std::mem::take(&mut groups[acronym].mentions);
            groups[*full].mentions.extend(mentions);
        }
    }
    // "Police" named before "the Charlotte-Mecklenburg Police Department":
    // a body's word alone is the one organisation whose name it heads,
    // whichever the text names first.
    for short in 0..groups.len() {
        let word = groups[short].name.to_lowercase();
        let body_word = groups[short].kind == EntityKind::Organization
            && !word.contains(' ')
            && crate::kind_words::is_organization_word(&word);
        if !body_word {
            continue;
        }
        let heads = |name: &str| {
            let words: Vec<&str> = name.split([' ', '-']).collect();
            words.len() <= 5 && words.iter().rev().take(2).any(|w| w.eq_ignore_ascii_case(&word))
        };
        let full: Vec<usize> = (0..groups.len())
            .filter(|&g| g != short && groups[g].kind == EntityKind::Organization && groups[g].name.contains(' '))
            .filter(|&g| heads(&groups[g].name))
            .collect();
        if let [full] = full.as_slice() {
            let mentions = std::mem::take(&mut groups[short].mentions);
            groups[*full].mentions.extend(mentions);
        }
    }
}
