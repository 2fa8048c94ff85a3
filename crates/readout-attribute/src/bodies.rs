//! Bodies a source speaks for: a document, its entities and a source
//! phrase in, the organisation the source stands for out, where it names
//! one by a person ("the Clinton campaign", "a Ryan spokesperson", "Clinton
//! aides"), by its kind alone ("The campaign said", "the company") or by
//! the head noun of a name said before ("the commission").

use crate::speakers::{head_part_end, Named};
use readout_entities::{is_group_word, without_possessive, EntityGroup, Mention};
use readout_record::EntityKind;
use readout_segment::Document;

/// The organisation a source's head part names through a person: the
/// person and the organisation's kind of body, "campaign", "office" or
/// "administration". "The Clinton campaign", "her campaign", "a Ryan
/// spokesperson"; not "Clinton spokesman Nick Merrill", who is named.
///
/// A person's unnamed staff ("Clinton aides", "his team", "a Clinton
/// campaign official") speak for their campaign where the source or the
/// text names one (`bodies_named`), and for their office otherwise
/// ("McConnell aides").
pub(crate) fn body_of_person(
    doc: &Document,
    named: Named,
    bodies_named: &[(usize, &'static str, usize)],
    (first, end): (usize, usize),
) -> Option<(usize, &'static str)> {
    let Named { mentions, mention_group, groups } = named;
    let head_end = head_part_end(doc, first, end);
    let last_word = (first..head_end).rev().find(|&t| doc.is_word(t))?;
    let head = without_possessive(doc.word(last_word));
    let staff = readout_entities::clause_words::is_staff_noun(head);
    let body = match head {
        "campaign" => "campaign",
        "administration" => "administration",
        "office" | "spokesman" | "spokeswoman" | "spokesperson" => "office",
        _ if staff => "office",
        _ => return None,
    };
    // The person is the last one mentioned before the head noun, by name or
    // by a possessive pronoun resolved to them; or, for a spokesperson, the
    // one they speak for ("A spokeswoman for Hillary Clinton").
    let person_in = |from: usize, to: usize| {
        mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.tokens.0 >= from && m.tokens.1 <= to)
            .filter_map(|(index, _)| mention_group[index])
            .filter(|&g| groups[g].kind == EntityKind::Person)
            .collect::<Vec<usize>>()
    };
    let spokesperson = matches!(head, "spokesman" | "spokeswoman" | "spokesperson");
    let speaks_for = head_end < end && doc.word(head_end) == "for";
    let person = match person_in(first, last_word).last() {
        Some(&person) => person,
        // Only someone the text marks as a person has an office: "a
        // spokeswoman for Janney" speaks for the firm itself.
        None if spokesperson && speaks_for => person_in(head_end + 1, end).into_iter().find(|&g| {
            groups[g].name.split(' ').next().is_some_and(|w| readout_entities::Gender::of_first_name(w).is_some())
        })?,
        None => return None,
    };
    // "Trump administration officials", "a Clinton campaign official":
    // the body the source itself names.
    let named_in_source = (first..last_word).find_map(|t| match doc.word(t) {
        "campaign" => Some("campaign"),
        "administration" => Some("administration"),
        _ => None,
    });
    let campaign_named = bodies_named.iter().any(|&(_, kind, owner)| kind == "campaign" && owner == person);
    let body = match named_in_source {
        Some(named) if staff => named,
        None if (staff || spokesperson) && campaign_named => "campaign",
        _ => body,
    };
    Some((person, body))
}

/// Each body the text names through a person, anywhere ("the Trump
/// campaign", "her campaign", "the Obama administration"): the token of
/// its head noun, its kind and the person, in text order.
pub(crate) fn bodies_named(doc: &Document, named: Named) -> Vec<(usize, &'static str, usize)> {
    let Named { mentions, mention_group, groups } = named;
    let mut out = Vec::new();
    for (index, mention) in mentions.iter().enumerate() {
        let head = mention.tokens.1;
        let Some(person) = mention_group[index].filter(|&g| groups[g].kind == EntityKind::Person) else { continue };
        if head >= doc.len() {
            continue;
        }
        let body = match without_possessive(doc.word(head)) {
            "campaign" => "campaign",
            "administration" => "administration",
            _ => continue,
        };
        out.push((head, body, person));
    }
    out
}

/// "The Obama administration", "the Sanders campaign": a source that is
/// only an article, one or two capitalised words and the body's noun
/// names the body, as written, when no person of that name is known.
pub(crate) fn body_by_its_own_name(doc: &Document, (first, end): (usize, usize)) -> Option<String> {
    let first = if doc.word(first) == "the" { first + 1 } else { first };
    let noun = end.checked_sub(1)?;
    if !matches!(doc.word(noun), "administration" | "campaign") || !(first + 1..=first + 2).contains(&noun) {
        return None;
    }
    let names: Vec<&str> = (first..noun).map(|t| doc.raw(t)).collect();
    let capitalised = (first..noun).all(|t| doc.is_word(t) && doc.token(t).capitalized);
    // Not a kind of campaign: "the Senate campaign", "the GOP campaign".
    // Nor a place's ("the Ohio campaign") or an era's ("Reagan-era").
    let a_name = !names.iter().any(|w| {
        let lower = w.to_lowercase();
        readout_entities::is_public_body_word(&lower)
            || readout_entities::is_place(w)
            || lower.ends_with("-era")
            || matches!(lower.as_str(), "senate" | "house" | "presidential" | "gop" | "democratic" | "republican")
    });
    (capitalised && a_name).then(|| format!("{} {}", names.join(" "), doc.word(noun)))
}

/// The kind of body a source names with no person ("The campaign said",
/// "the administration argued"): it is the body of that kind the text
/// named last.
pub(crate) fn bare_body(doc: &Document, (first, end): (usize, usize)) -> Option<&'static str> {
    if end != first + 2 || doc.word(first) != "the" {
        return None;
    }
    match doc.word(first + 1) {
        "campaign" => Some("campaign"),
        "administration" => Some("administration"),
        _ => None,
    }
}

/// "the commission", "the fund", "The Times": the organisation named
/// before the phrase whose name holds the phrase's last word, the latest
/// named if several do.
pub(crate) fn organisation_by_head_noun(
    doc: &Document,
    mentions: &[Mention],
    groups: &[EntityGroup],
    first: usize,
    end: usize,
) -> Option<usize> {
    // "But police said": a conjunction opens the source, and "police"
    // needs no article.
    let first = if end > first + 1 && matches!(doc.word(first), "but" | "and") { first + 1 } else { first };
    let bare_police = end == first + 1 && doc.word(first) == "police";
    if !bare_police && (end <= first + 1 || !matches!(doc.word(first), "the" | "a" | "an")) {
        return None;
    }
    let head = doc.word(end - 1);
    if head.len() < 3 || !doc.is_word(end - 1) || crate::lexicon::is_personal_pronoun(head) {
        return None;
    }
    let start_byte = doc.token(first).range.start;
    let last_before =
        |g: &EntityGroup| g.mentions.iter().map(|&m| mentions[m].bytes.start).filter(|&b| b < start_byte).max();
    let named_with_the_word = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| matches!(g.kind, EntityKind::Organization | EntityKind::Other))
        .filter(|(_, g)| g.name.split(' ').any(|word| word.eq_ignore_ascii_case(head)))
        .filter_map(|(index, g)| Some((last_before(g)?, index)))
        .max()
        .map(|(_, index)| index);
    // "the company", "the firm", "the newspaper": a kind of body no name
    // holds is the organisation named last, in the last few sentences
    // ("Exxon Mobil … the company said").
    named_with_the_word.or_else(|| {
        if !is_generic_body_noun(head) {
            return None;
        }
        // "the newspaper" is the last news outlet the text named, however
        // far back: a text names few. Otherwise, and for other kinds, the
        // last body named in the last sentences, of that kind: "the
        // company" is not the National Rifle Association named since.
        let latest_before = |earliest_byte: usize, fits: &dyn Fn(&EntityGroup) -> bool| {
            groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.kind == EntityKind::Organization && !is_group_word(&g.name) && fits(g))
                .filter_map(|(index, g)| Some((last_before(g).filter(|&b| b >= earliest_byte)?, index)))
                .max()
                .map(|(_, index)| index)
        };
        let outlet = is_media_body_noun(head)
            .then(|| latest_before(0, &|g: &EntityGroup| is_news_outlet(doc, mentions, g)))
            .flatten();
        outlet.or_else(|| {
            let sentence = doc.token_sentence[first];
            let earliest = doc.seg.sentences[sentence.saturating_sub(GENERIC_BODY_REACH_SENTENCES)].first_token;
            let business = is_business_noun(head);
            latest_before(doc.token(earliest).range.start, &|g: &EntityGroup| {
                !business || !names_a_public_body(&g.name)
            })
        })
    })
}

/// Nouns for a news outlet: what "the newspaper" may be. Not "paper",
/// which is as often a study ("the 2009 paper").
fn is_media_body_noun(word: &str) -> bool {
    matches!(word, "newspaper" | "magazine" | "website" | "site")
}

/// Nouns for a business: what a public body, a party or a school is not.
fn is_business_noun(word: &str) -> bool {
    matches!(word, "company" | "firm" | "retailer" | "automaker" | "carmaker" | "airline" | "bank")
}

/// A name whose last word says its body is public, political or civic, no
/// business: "National Rifle Association", "Republican National
/// Committee", "Rockefeller Brothers Fund" (not "Office Depot" or "Western
/// Union", whose public-sounding words are no head).
fn names_a_public_body(name: &str) -> bool {
    name.split(' ').next_back().is_some_and(|word| readout_entities::is_public_body_word(&word.to_lowercase()))
}

/// Whether an organisation is a news outlet: its name has a word that
/// names newspapers ("Orlando Sentinel", "Global Times"), or the text
/// calls it one ("the newspaper The Advocate", "The
/// Advocate, a newspaper").
fn is_news_outlet(doc: &Document, mentions: &[Mention], group: &EntityGroup) -> bool {
    let by_name = group.name.split(' ').any(|word| readout_entities::is_newspaper_name_word(&word.to_lowercase()));
    let media_noun_at = |t: usize| t < doc.len() && is_media_body_noun(doc.word(t));
    let called_one = group.mentions.iter().any(|&m| {
        let (first, end) = mentions[m].tokens;
        let before = first.checked_sub(1).is_some_and(media_noun_at);
        // "The Advocate newspaper", "The Advocate, a newspaper"; not "a
        // Baton Rouge newspaper", which names the place, not the paper.
        let indefinite = first.checked_sub(1).is_some_and(|t| matches!(doc.word(t), "a" | "an"));
        let after = (media_noun_at(end) && !indefinite)
            || (end + 2 < doc.len()
                && doc.is_punct(end, ",")
                && matches!(doc.word(end + 1), "a" | "the")
                && media_noun_at(end + 2));
        before || after
    });
    by_name || called_one
}

/// How many sentences back "the company" may look for its organisation.
const GENERIC_BODY_REACH_SENTENCES: usize = 3;

/// Nouns for a kind of body that news writing uses for the one it has just
/// named.
fn is_generic_body_noun(word: &str) -> bool {
    matches!(
        word,
        "company"
            | "firm"
            | "group"
            | "organization"
            | "organisation"
            | "agency"
            | "newspaper"
            | "paper"
            | "website"
            | "site"
            | "magazine"
            | "bank"
            | "union"
            | "retailer"
            | "automaker"
            | "carmaker"
            | "airline"
            | "charity"
            | "nonprofit"
    )
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::check;

    #[test]
    fn a_body_named_after_someone_the_text_does_not_name_is_that_body() {
        check("The Obama administration signaled that it would act.", &["Obama administration"]);
        check("The Ohio campaign said that it would win.", &[""]);
    }

    #[test]
    fn a_campaign_or_a_spokesperson_speaks_for_a_body_of_its_own() {
        check(
            "Hillary Clinton spoke in Ohio. \"We are ready,\" the Clinton campaign said.",
            &["Hillary Clinton campaign"],
        );
        check("Paul Ryan left early. \"He is busy,\" a Ryan spokesperson said.", &["Paul Ryan office"]);
        check("Paul Ryan left early. \"He is busy,\" a spokeswoman for Paul Ryan said.", &["Paul Ryan office"]);
        check(
            "Hillary Clinton spoke in Ohio. \"We are ready,\" Clinton spokesman Nick Merrill said.",
            &["Nick Merrill"],
        );
    }

    #[test]
    fn unnamed_staff_speak_for_the_campaign_the_text_names_or_the_office() {
        check(
            "Hillary Clinton spoke in Ohio. \"We are ready,\" a Clinton campaign official said.",
            &["Hillary Clinton campaign"],
        );
        check("The Bernie Sanders campaign sued. \"We will win,\" his team said.", &["Bernie Sanders campaign"]);
        check("Mitch McConnell met her. \"It went well,\" McConnell aides said.", &["Mitch McConnell office"]);
        check(
            "Barack Obama spoke. \"It went well,\" Obama administration officials said.",
            &["Barack Obama administration"],
        );
    }

    #[test]
    fn a_kind_of_body_no_name_holds_is_the_organisation_named_last() {
        check(
            "Exxon Mobil Corporation published the study. \"We stand by it,\" the company said.",
            &["Exxon Mobil Corporation"],
        );
        // A business is no association, however recently named; a
        // company's name may hold a public-sounding word that is no head.
        check(
            "Western Union said profits fell. \"We will recover,\" the company said.",
            &["Western Union", "Western Union"],
        );
        check(
            "Exxon Mobil Corporation was sued by the National Rifle Association. \"We will fight,\" the company said.",
            &["Exxon Mobil Corporation"],
        );
        // Too far back: four sentences lie between.
        check(
            "Exxon Mobil Corporation published the study. It rained. Nobody came. The roads were empty. Prices fell. \"We stand by it,\" the company said.",
            &[""],
        );
    }

    #[test]
    fn the_newspaper_is_the_last_news_outlet_named_however_far_back() {
        check(
            "The Orlando Sentinel ran an editorial. Trump met Ryan. It rained. Nobody came. Prices fell. Rain came. \"We stand by it,\" the newspaper said.",
            &["Orlando Sentinel"],
        );
        // "a Koch Industries newspaper" names its owner, no outlet.
        check(
            "The Daily Herald chided Obama. Then a Koch Industries newspaper wrote. \"Come,\" the newspaper said.",
            &["Daily Herald"],
        );
    }

    #[test]
    fn a_bare_campaign_is_the_campaign_named_last() {
        check(
            "Hillary Clinton spoke in Ohio. The Clinton campaign said the crowd was large. \
             The campaign added that more rallies would follow.",
            &["Hillary Clinton campaign", "Hillary Clinton campaign"],
        );
        check(
            "Donald Trump spoke in Ohio, and his campaign booked a larger hall. \
             The campaign said the crowd was large.",
            &["Donald Trump campaign"],
        );
        // No campaign named before: no speaker.
        check("The campaign said the crowd was large.", &[""]);
    }
}
