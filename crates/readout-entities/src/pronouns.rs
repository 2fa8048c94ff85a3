//! Pronoun resolution, learned: the mentions and person entities of a
//! document in, each "he", "she", "him", "his", "her", "himself" and
//! "herself" joined to the person it refers to out.
//!
//! Mentions are read in text order. At each pronoun the people mentioned so
//! far (the most recent eight) are ranked by a log-linear model over what a
//! reader weighs: whether the gender agrees (honorifics, the first-name
//! table, pronouns already resolved to them), how recently and how often
//! they were mentioned, whether they were the subject of their sentence or
//! the speaker of an attribution, and whether the pronoun itself introduces
//! an attribution (a pronoun that does not has a copy of every feature,
//! weighed apart). The best-ranked person takes the pronoun, which then
//! counts as a mention of theirs for the pronouns after it.
//!
//! The model is trained by `readout train pronouns` on PolNeAR train's
//! canonical speakers (`pronoun_training.rs` in `readout-attribute`, which
//! drives [`run_pass`] with the gold answers); the file is plain text, one
//! `feature<TAB>weight` a line (`models/pronouns.tsv`, model card in
//! `models/README.md`).

use crate::gender::Gender;
use crate::grouping::EntityGroup;
use crate::mentions::{Mention, MentionForm};
use crate::Error;
use readout_record::EntityKind;
use readout_segment::Document;
use std::collections::HashMap;
use std::fmt::Write as _;

/// How many of the most recently mentioned people a pronoun is ranked over.
const CANDIDATES: usize = 8;

type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The pronoun ranker's weights: feature to weight.
#[derive(Debug, Clone, Default)]
pub struct PronounModel {
    weights: FastMap<String, f32>,
}

impl PronounModel {
    /// The model that ships with readout, trained on PolNeAR train.
    pub fn builtin() -> &'static PronounModel {
        static MODEL: std::sync::OnceLock<PronounModel> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| PronounModel::parse(include_str!("../models/pronouns.tsv")).unwrap_or_default())
    }

    /// A model from its file's text; an error names the first malformed line.
    pub fn parse(text: &str) -> Result<PronounModel, Error> {
        let mut model = PronounModel::default();
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let malformed =
                |problem: &str| Error::MalformedPronounModel { line: index + 1, problem: problem.to_string() };
            let (feature, weight) = line.split_once('\t').ok_or_else(|| malformed("no tab"))?;
            let weight: f32 = weight.parse().map_err(|_| malformed("weight is not a number"))?;
            model.weights.insert(feature.to_string(), weight);
        }
        Ok(model)
    }

    /// A model from a file's text, as `--pronoun-model` reads it:
    /// [`PronounModel::parse`], and a file without weights (empty, or only
    /// comments) is refused rather than run as a ranker that knows nothing.
    pub fn parse_model_file(text: &str) -> Result<PronounModel, Error> {
        let model = PronounModel::parse(text)?;
        if model.weights.is_empty() {
            return Err(Error::EmptyPronounModel);
        }
        Ok(model)
    }

    /// The model file: features sorted, so that a retrained model diffs.
    pub fn to_text(&self) -> String {
        let mut out =
            String::from("# readout pronoun ranker: log-linear weights; retrain with `readout train pronouns`\n");
        let mut weights: Vec<_> = self.weights.iter().filter(|(_, w)| w.abs() >= 0.0005).collect();
        weights.sort_by(|a, b| a.0.cmp(b.0));
        for (feature, weight) in weights {
            let _ = writeln!(out, "{feature}\t{weight:.4}");
        }
        out
    }

    /// The score of a candidate whose features are `features`, one a line.
    pub fn score(&self, features: &str) -> f32 {
        features.lines().map(|f| self.weights.get(f).copied().unwrap_or(0.0)).sum()
    }

    /// The weight of `feature`, added at zero if the model lacks it: what
    /// training updates.
    pub fn weight_mut(&mut self, feature: &str) -> &mut f32 {
        if !self.weights.contains_key(feature) {
            self.weights.insert(feature.to_string(), 0.0);
        }
        self.weights.get_mut(feature).expect("inserted above")
    }
}

/// What the ranker needs of a document besides its mentions and people.
pub struct Scene<'a, 'd> {
    pub doc: &'a Document<'d>,
    /// Every mention, in text order: the pronouns and nominals to rank and
    /// the names and roles of the people they may stand for.
    pub mentions: &'a [Mention],
    /// Token ranges `[first, end)` of the sources of the attributions found.
    pub sources: &'a [(usize, usize)],
    /// Per token: inside a quotation.
    pub inside_quote: &'a [bool],
}

/// What the pass has seen of one person so far.
#[derive(Debug, Clone, Default)]
struct Track {
    last_mention: Option<usize>,
    /// How many of their mentions the grouping gave them (names, roles):
    /// not the pronouns this pass gave them, so that one wrong choice does
    /// not make someone the most mentioned and draw every pronoun after it.
    count: usize,
    /// How many of all their mentions so far, the pronouns this pass gave
    /// them included: someone talked about by pronoun alone is salient
    /// too. The ranker weighs the two counts.
    all_count: usize,
    last_is_subject: bool,
    last_is_source: bool,
    /// Their last mention was inside a quotation: someone talked about,
    /// not someone talking.
    last_in_quote: bool,
    /// Sentence of the last attribution they were the source of.
    spoke_in: Option<usize>,
    /// Mention index of the last mention where they were their sentence's
    /// subject.
    subject_at: Option<usize>,
    /// Pronouns already resolved to them, by gender.
    male_pronouns: u16,
    female_pronouns: u16,
}

/// One pronoun's candidates and each one's features, as the pass saw them.
#[derive(Debug, Clone)]
pub struct Ranking {
    /// The pronoun's (or nominal's) index in [`Scene::mentions`].
    pub pronoun: usize,
    /// Indexes of the entity groups ranked, most recently mentioned first.
    pub candidates: Vec<usize>,
    /// Per candidate, its features one a line.
    pub features: Vec<String>,
    /// Per candidate: their honorific gives a gender that is not the
    /// pronoun's ("Mrs. Clinton" for "he").
    pub honorific_clash: Vec<bool>,
    /// For a nominal, the features of choosing no one: a description may
    /// be of someone the text has not named ("the spokesman", "the
    /// nurse"), where a pronoun nearly always has its person among the
    /// candidates. `None` for a pronoun.
    pub nobody_features: Option<String>,
}

/// Resolves every third-person singular pronoun with `model`.
///
/// A person whose honorific gives a gender other than the pronoun's
/// ("Mrs. Clinton" for "he") never takes it, however the ranker scores
/// them: the ranker weighs a clash against the other candidates, so with
/// no other candidate it would hand "he" to the one woman. Such a pronoun
/// stays unresolved. A first name's usual gender is no such bar: "Sen.
/// Lindsey Graham … He said" is Graham.
pub(crate) fn resolve(scene: &Scene, groups: &mut [EntityGroup], model: &PronounModel) {
    run_pass(scene, groups, |ranking| ranking.best_by(model));
}

impl Ranking {
    /// The candidate `model` scores highest, leaving out those whose
    /// honorific clashes with the pronoun; the first of equals. `None`
    /// where a nominal's choice of no one scores higher.
    pub fn best_by(&self, model: &PronounModel) -> Option<usize> {
        let scores = self.features.iter().map(|features| model.score(features));
        let best = scores.enumerate().filter(|&(index, _)| !self.honorific_clash[index]).fold(
            None,
            |best: Option<(usize, f32)>, (index, score)| match best {
                Some((_, top)) if top >= score => best,
                _ => Some((index, score)),
            },
        );
        let nobody = self.nobody_features.as_deref().map(|features| model.score(features));
        best.filter(|&(_, score)| nobody.is_none_or(|nobody| score > nobody)).map(|(index, _)| index)
    }
}

/// The left-to-right pass: at each pronoun, `choose` gets the ranking and
/// returns the index of the candidate that takes it, or `None`. Extraction
/// chooses by the model's scores; training by the gold answer.
pub fn run_pass(scene: &Scene, groups: &mut [EntityGroup], mut choose: impl FnMut(&Ranking) -> Option<usize>) {
    let mut owner: Vec<Option<usize>> = vec![None; scene.mentions.len()];
    for (group_index, group) in groups.iter().enumerate() {
        if group.kind == EntityKind::Person {
            for &m in &group.mentions {
                owner[m] = Some(group_index);
            }
        }
    }
    let mut tracks: Vec<Track> = vec![Track::default(); groups.len()];
    // What a person's name says of their gender, worked out once.
    let named_genders: Vec<Option<Gender>> = groups.iter().map(EntityGroup::gender).collect();
    let group_words: Vec<bool> = groups.iter().map(|g| crate::name_words::is_group_word(&g.name)).collect();
    let mut first_seen: Option<usize> = None;
    for (index, mention) in scene.mentions.iter().enumerate() {
        if let Some(group_index) = owner[index] {
            // A caption under a picture ("John FitzGibbon, 2nd Earl of
            // Clare") is no part of the prose the pronouns run through.
            if is_caption(scene.doc, mention.tokens.0) {
                continue;
            }
            see(scene, &mut tracks[group_index], index, None, true);
            first_seen.get_or_insert(group_index);
            continue;
        }
        // A nominal ("the GOP nominee") is ranked as a pronoun, with the
        // gender its head noun gives, if any ("the businessman").
        let (word, pronoun_gender) = match &mention.form {
            MentionForm::Pronoun { word } => match Gender::of_pronoun(word) {
                Some(gender) => (word.as_str(), Some(gender)),
                None => continue,
            },
            // Not where a role of the same words already has its holder.
            MentionForm::Nominal { head } => {
                let resolved = scene
                    .mentions
                    .iter()
                    .enumerate()
                    .any(|(other, m)| other != index && m.tokens == mention.tokens && owner[other].is_some());
                if resolved {
                    continue;
                }
                ("nominal", Gender::of_person_noun(head))
            }
            _ => continue,
        };
        // A bare role the office table left unresolved ("The Prime
        // Minister" with no date) is someone the text titles so in its own
        // country ("Prime Minister David Cameron"), never someone it calls
        // another country's ("Indian Prime Minister Modi"), and no one else:
        // the ranker's best guess among the rest is a guess at an office.
        let role_phrase = matches!(mention.form, MentionForm::Nominal { .. })
            .then(|| {
                scene.mentions.iter().find_map(|m| match &m.form {
                    MentionForm::Role { phrase } if m.tokens == mention.tokens => Some(phrase.as_str()),
                    _ => None,
                })
            })
            .flatten();
        // A kind of people ("African Americans") is no one a pronoun
        // stands for.
        let mut candidates: Vec<usize> = (0..groups.len())
            .filter(|&g| tracks[g].last_mention.is_some() && !group_words[g])
            .filter(|&g| role_phrase.is_none_or(|phrase| groups[g].titled_as_own(phrase)))
            .collect();
        if candidates.is_empty() {
            continue;
        }
        candidates.sort_by_key(|&g| std::cmp::Reverse(tracks[g].last_mention));
        candidates.truncate(CANDIDATES);
        let most_mentioned = candidates.iter().map(|&g| tracks[g].count).max().unwrap_or(0);
        let most_mentioned_all = candidates.iter().map(|&g| tracks[g].all_count).max().unwrap_or(0);
        // The people who were a sentence's subject, the most recent first:
        // "Ed Brookover spoke to reporters … who have endorsed Trump. He
        // says" is Brookover, the last subject, not Trump, the last named.
        let mut subjects: Vec<usize> = candidates.iter().copied().filter(|&g| tracks[g].subject_at.is_some()).collect();
        subjects.sort_by_key(|&g| std::cmp::Reverse(tracks[g].subject_at));
        let features = candidates
            .iter()
            .enumerate()
            .map(|(rank, &g)| {
                let candidate = Candidate {
                    group: &groups[g],
                    named_gender: named_genders[g],
                    track: &tracks[g],
                    rank,
                    first: first_seen == Some(g),
                    most_mentioned: tracks[g].count == most_mentioned,
                    most_mentioned_all: tracks[g].all_count == most_mentioned_all,
                    subject_rank: subjects.iter().position(|&s| s == g),
                };
                candidate_features(scene, index, word, pronoun_gender, &candidate)
            })
            .collect();
        let honorific_clash = candidates
            .iter()
            .map(|&g| matches!((groups[g].honorific_gender, pronoun_gender), (Some(a), Some(b)) if a != b))
            .collect();
        let nobody_features = match &mention.form {
            MentionForm::Nominal { head } => Some(nobody_features(scene, index, head, candidates.len())),
            _ => None,
        };
        let ranking = Ranking { pronoun: index, candidates, features, honorific_clash, nobody_features };
        if let Some(chosen) = choose(&ranking) {
            let group_index = ranking.candidates[chosen];
            groups[group_index].mentions.push(index);
            owner[index] = Some(group_index);
            see(scene, &mut tracks[group_index], index, pronoun_gender, false);
        }
    }
}

/// Whether token `index` stands in a caption: a paragraph after the first
/// that is one short sentence of names, with no stop at its end and no
/// word in lower case but a name's particles ("of", "de").
fn is_caption(doc: &Document, index: usize) -> bool {
    let (first, end) = doc.sentence_bounds(index);
    let paragraph = doc.token_paragraph[index];
    let whole_paragraph = (first == 0 || doc.token_paragraph[first - 1] != paragraph)
        && (end >= doc.len() || doc.token_paragraph[end] != paragraph);
    let words = (first..end).filter(|&t| doc.is_word(t)).count();
    let last = doc.raw(end - 1);
    let unstopped = !matches!(last, "." | "!" | "?" | ":" | "”" | "\"" | "’" | "'" | ")" | "…");
    let only_names = (first..end).filter(|&t| doc.is_word(t)).all(|t| {
        doc.token(t).capitalized
            || doc.token(t).kind == readout_segment::TokenKind::Number
            || doc.word(t).starts_with(|c: char| c.is_ascii_digit())
            || matches!(doc.word(t), "of" | "the" | "and" | "de" | "von" | "van" | "du" | "la" | "le")
    });
    paragraph > 0 && whole_paragraph && (2..=12).contains(&words) && unstopped && only_names
}

/// Records a mention of a tracked person: `named` where the grouping gave
/// it to them, not this pass.
fn see(scene: &Scene, track: &mut Track, mention: usize, pronoun: Option<Gender>, named: bool) {
    let (first, end) = scene.mentions[mention].tokens;
    track.last_mention = Some(mention);
    track.all_count += 1;
    if named {
        track.count += 1;
    }
    track.last_is_subject = is_subject(scene, first, end);
    track.last_is_source = inside_source(scene, first, end);
    track.last_in_quote = scene.inside_quote.get(first).copied().unwrap_or(false);
    if track.last_is_source {
        track.spoke_in = Some(scene.doc.token_sentence[first]);
    }
    if track.last_is_subject {
        track.subject_at = Some(mention);
    }
    match pronoun {
        Some(Gender::Male) => track.male_pronouns += 1,
        Some(Gender::Female) => track.female_pronouns += 1,
        None => {}
    }
}

struct Candidate<'a> {
    group: &'a EntityGroup,
    named_gender: Option<Gender>,
    track: &'a Track,
    rank: usize,
    first: bool,
    most_mentioned: bool,
    most_mentioned_all: bool,
    /// Among the candidates who were a sentence's subject, this one's rank,
    /// the most recent subject first.
    subject_rank: Option<usize>,
}

/// A person's gender: their honorifics, else their first name, else the
/// pronouns already resolved to them.
fn gender_of(candidate: &Candidate) -> Option<Gender> {
    let track = candidate.track;
    candidate.named_gender.or(match track.male_pronouns.cmp(&track.female_pronouns) {
        std::cmp::Ordering::Greater => Some(Gender::Male),
        std::cmp::Ordering::Less => Some(Gender::Female),
        std::cmp::Ordering::Equal => None,
    })
}

/// The features of one candidate, one a line (a single string, so that
/// ranking a pronoun allocates once per candidate, not once per feature).
fn candidate_features(
    scene: &Scene,
    pronoun: usize,
    word: &str,
    pronoun_gender: Option<Gender>,
    candidate: &Candidate,
) -> String {
    let doc = scene.doc;
    let (first, end) = scene.mentions[pronoun].tokens;
    let pronoun_sentence = doc.token_sentence[first];
    let last = candidate.track.last_mention.map_or(first, |m| scene.mentions[m].tokens.0);
    let sentences = pronoun_sentence.saturating_sub(doc.token_sentence[last]);
    let paragraphs = doc.token_paragraph[first].saturating_sub(doc.token_paragraph[last]);
    let gender = match (gender_of(candidate), pronoun_gender) {
        (_, None) => "none",
        (Some(g), Some(pronoun)) if g == pronoun => "agree",
        (Some(_), Some(_)) => "clash",
        (None, Some(_)) => "unknown",
    };
    let rank = candidate.rank.min(3);
    let case = match word {
        "his" => "poss",
        "her" if next_is_noun_like(doc, end) => "poss",
        "he" | "she" => "subj",
        // A reflexive stands for the subject of its own clause, nearly
        // always the nearest person before it.
        "himself" | "herself" => "refl",
        "nominal" => "nom",
        _ => "obj",
    };
    let pronoun_source = inside_source(scene, first, end);
    let pronoun_subject = is_subject(scene, first, end);
    let in_quote = scene.inside_quote.get(first).copied().unwrap_or(false);
    let spoke = candidate.track.spoke_in.map(|s| pronoun_sentence.saturating_sub(s).min(3));
    let track = candidate.track;
    let bucket = |count: usize| match count {
        0..=1 => "1",
        2..=3 => "2-3",
        _ => "4+",
    };
    let (count, all_count) = (bucket(track.count), bucket(track.all_count));
    let mut out = String::with_capacity(256);
    // Writing into a String cannot fail.
    let _ = write!(
        out,
        "bias\ng:{gender}\ng:{gender}&rank:{rank}\nrank:{rank}\nsd:{}\npd:{}\nn:{count}\nna:{all_count}\ncase:{case}&rank:{rank}",
        sentences.min(4),
        paragraphs.min(2),
    );
    let flags = [
        (track.last_is_subject, "c_subj"),
        (track.last_is_source, "c_src"),
        (candidate.first, "c_first"),
        (track.last_in_quote, "c_quoted"),
        (track.last_in_quote && pronoun_source, "p_src&c_quoted"),
        (candidate.most_mentioned, "c_most"),
        (candidate.most_mentioned_all, "c_most_all"),
        (candidate.group.is_single_word(), "c_one_word"),
        (pronoun_subject && track.last_is_subject, "p_subj&c_subj"),
        (pronoun_source && track.last_is_source, "p_src&c_src"),
        (pronoun_source && track.last_is_subject, "p_src&c_subj"),
        (in_quote && track.last_is_source, "p_quote&c_src"),
        (case == "poss" && sentences == 0, "poss&same_sentence"),
    ];
    for (on, name) in flags {
        if on {
            out.push('\n');
            out.push_str(name);
        }
    }
    match spoke {
        Some(distance) => {
            let _ = write!(out, "\nspoke:{distance}");
            if pronoun_source {
                let _ = write!(out, "\np_src&spoke:{distance}");
            }
            if in_quote {
                let _ = write!(out, "\np_quote&spoke:{distance}");
            }
        }
        None => out.push_str("\nspoke:never"),
    }
    if pronoun_source {
        let _ = write!(out, "\np_src&rank:{rank}\np_src&g:{gender}");
    }
    match candidate.subject_rank {
        Some(subject_rank) => {
            let subject_rank = subject_rank.min(2);
            let subject_sentence =
                candidate.track.subject_at.map_or(pronoun_sentence, |m| doc.token_sentence[scene.mentions[m].tokens.0]);
            let subject_distance = pronoun_sentence.saturating_sub(subject_sentence).min(3);
            let _ = write!(out, "\nsubj_rank:{subject_rank}\nsubj_rank:{subject_rank}&sd:{subject_distance}");
            if pronoun_source || case == "subj" {
                let _ = write!(out, "\np_subj_or_src&subj_rank:{subject_rank}&sd:{subject_distance}");
            }
        }
        None => out.push_str("\nsubj_rank:none"),
    }
    if case == "nom" {
        // A description ("the Indiana governor") is read differently from a
        // pronoun: it reaches past the last person named to the one it
        // fits, often the text's main figure. It has weights of its own
        // for every feature, and the words it shares with what the text
        // said of each person.
        let mut nominal = String::with_capacity(out.len() + 256);
        // A nominal is always a source and always of its own case: the
        // features conjoined with those would repeat the plain ones.
        let repeats = |feature: &str| feature.starts_with("p_src&") || feature.starts_with("case:");
        for feature in out.lines().filter(|feature| !repeats(feature)) {
            if !nominal.is_empty() {
                nominal.push('\n');
            }
            if feature != "bias" {
                nominal.push_str("nom&");
            }
            nominal.push_str(feature);
        }
        let (described, party_clash, title_clash) = described_alike(scene, pronoun, candidate.group);
        if described > 0 {
            nominal.push_str("\nnom&described");
        }
        if described > 1 {
            nominal.push_str("\nnom&described2");
        }
        if party_clash {
            // "The Republican vice-presidential nominee" is not who the
            // text has called a Democrat.
            nominal.push_str("\nnom&party_clash");
        }
        if title_clash {
            // "The Senator from Alaska" is not whom the text has titled
            // "President" and never "Senator".
            nominal.push_str("\nnom&title_clash");
        }
        return nominal;
    }
    if !pronoun_source {
        // A pronoun that is no attribution's source ("his mother", "he
        // sailed west") is read by other cues than "he said": the subject
        // of the story counts for more, the last speaker for less. Each
        // feature gets a copy of its own for such pronouns, learned beside
        // the shared one.
        let shared = out.clone();
        for feature in shared.lines().filter(|feature| *feature != "bias") {
            out.push_str("\nns&");
            out.push_str(feature);
        }
    }
    out
}

/// The features of a nominal's choice of no one: its head noun ("the
/// spokesman" is seldom anyone named; "the nominee" nearly always is),
/// its length, a possessive in it, and how many people there are to
/// choose from. The candidates' own features (the words the text set
/// before their names) weigh against these.
fn nobody_features(scene: &Scene, nominal: usize, head: &str, candidates: usize) -> String {
    let doc = scene.doc;
    let (first, end) = scene.mentions[nominal].tokens;
    let words = (first..end).filter(|&t| doc.is_word(t)).count().min(4);
    let mut out = format!("nobody\nnobody&head:{head}\nnobody&words:{words}\nnobody&candidates:{}", candidates.min(4));
    // "the council's finance chief": someone of a body's, seldom the
    // person named before.
    if (first..end).any(|t| crate::nominal_persons::is_possessive(doc.raw(t))) {
        out.push_str("\nnobody&possessive");
    }
    out
}

/// How many words of a nominal ("the GOP nominee") the text has set before
/// the candidate's earlier mentions ("Republican presidential nominee
/// Donald Trump"), a party's two names counting as one; and whether the
/// nominal names one party and those words only the other; and whether it
/// names an office ("the senator") and those words only others.
fn described_alike(scene: &Scene, nominal: usize, group: &EntityGroup) -> (usize, bool, bool) {
    let doc = scene.doc;
    let normal = |word: &str| -> String {
        match word.trim_end_matches('.') {
            "gop" | "republicans" => "republican".to_string(),
            "democratic" | "democrats" => "democrat".to_string(),
            // A title's abbreviation is the title: "Sen. Bernie Sanders" is
            // "the senator".
            "sen" => "senator".to_string(),
            "gov" => "governor".to_string(),
            "rep" | "congressman" | "congresswoman" => "representative".to_string(),
            "gen" => "general".to_string(),
            "atty" => "attorney".to_string(),
            trimmed => trimmed.to_string(),
        }
    };
    let (first, end) = scene.mentions[nominal].tokens;
    let wanted: Vec<String> = (first..end)
        .filter(|&t| doc.is_word(t) && doc.word(t).len() >= 3 && !crate::clause_words::is_determiner(doc.word(t)))
        .map(|t| normal(doc.word(t)))
        .collect();
    let mut seen: Vec<String> = Vec::new();
    let mut parties: Vec<&str> = Vec::new();
    let mut offices: Vec<String> = Vec::new();
    for &mention in group.mentions.iter().filter(|&&m| m < nominal) {
        let (mention_first, mention_end) = scene.mentions[mention].tokens;
        // The words right before the name, up to four, back to a stop or
        // another person's full name: "nominee Donald Trump met Hillary
        // Clinton" does not describe Hillary Clinton.
        let (sentence_first, _) = doc.sentence_bounds(mention_first);
        let mut start = mention_first;
        while start > sentence_first
            && start + 4 > mention_first
            && doc.is_word(start - 1)
            && !scene.mentions.iter().any(|m| m.tokens.1 == start && is_full_name(m))
        {
            start -= 1;
        }
        // And an appositive right after it: "Mike Pence, the governor of
        // Indiana,", up to its closing comma.
        let mut after = mention_end;
        if after < doc.len() && doc.is_punct(after, ",") {
            let (_, sentence_end) = doc.sentence_bounds(mention_first);
            let limit = (after + 9).min(sentence_end);
            after = (after + 1..limit).find(|&t| doc.is_punct(t, ",")).unwrap_or(mention_end);
        }
        for t in start..after {
            let word = normal(doc.word(t));
            if !doc.is_word(t) {
                continue;
            }
            for party in ["republican", "democrat"] {
                if word == party && !parties.contains(&party) {
                    parties.push(party);
                }
            }
            if is_office_title(&word) && !offices.contains(&word) {
                offices.push(word.clone());
            }
            if wanted.contains(&word) && !seen.contains(&word) {
                seen.push(word);
            }
        }
    }
    let party_clash = ["republican", "democrat"]
        .iter()
        .any(|party| wanted.iter().any(|w| w == party) && !parties.is_empty() && !parties.contains(party));
    let wanted_offices: Vec<&String> = wanted.iter().filter(|word| is_office_title(word)).collect();
    let title_clash =
        !wanted_offices.is_empty() && !offices.is_empty() && !wanted_offices.iter().any(|word| offices.contains(word));
    (seen.len(), party_clash, title_clash)
}

/// A title that names an office ("senator", "president"), not a courtesy
/// ("Mr", "Dr", "Sir").
fn is_office_title(word: &str) -> bool {
    crate::lexicon::is_title_word(word)
        && !matches!(
            word.trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "prof" | "professor" | "sir" | "dame" | "lord" | "lady"
        )
}

/// A person named with a first name and a surname.
fn is_full_name(mention: &Mention) -> bool {
    mention.kind == EntityKind::Person && matches!(&mention.form, MentionForm::Name { words, .. } if words.len() >= 2)
}

/// Whether tokens `[first, end)` lie inside an attribution's source.
/// Only the source's head part counts: "Trump's" in "Rex Early, a former
/// chairman who signed on to Trump's team," is not who spoke.
fn inside_source(scene: &Scene, first: usize, end: usize) -> bool {
    let doc = scene.doc;
    scene.sources.iter().any(|&(s, e)| {
        s <= first
            && end <= e
            && !(s..first).any(|t| {
                doc.is_punct(t, ",") || matches!(doc.word(t), "of" | "for" | "to" | "at" | "with" | "who" | "which")
            })
    })
}

/// A mention is taken as its sentence's subject when nothing but
/// punctuation or a conjunction comes before it in the sentence, or when a
/// speech verb follows it ("…, the senator said").
fn is_subject(scene: &Scene, first: usize, end: usize) -> bool {
    let doc = scene.doc;
    let (sentence_first, _) = doc.sentence_bounds(first);
    let opens = (sentence_first..first).all(|t| !doc.is_word(t) || matches!(doc.word(t), "but" | "and" | "so" | "yet"))
        || after_an_opening_phrase(doc, sentence_first, first, end);
    let mut next = end;
    while next < doc.len() && crate::clause_words::is_auxiliary_or_adverb(doc.word(next)) {
        next += 1;
    }
    opens || (next < doc.len() && crate::clause_words::is_speech_verb(doc.word(next)))
}

/// "Repeating his speech, Biden rubbished …", "After the debate, Trump
/// said …": a mention right after the comma that closes a sentence's
/// opening participle or adverbial, before a word in lower case, is the
/// subject.
fn after_an_opening_phrase(doc: &Document, sentence_first: usize, first: usize, end: usize) -> bool {
    let opener = doc.word(sentence_first);
    let opening_phrase = opener.ends_with("ing")
        || matches!(
            opener,
            "after"
                | "before"
                | "when"
                | "while"
                | "as"
                | "although"
                | "though"
                | "since"
                | "in"
                | "on"
                | "at"
                | "during"
                | "despite"
                | "asked"
                | "earlier"
                | "later"
                | "meanwhile"
                | "still"
                | "yet"
                | "then"
        );
    let first_comma = (sentence_first..first).find(|&t| doc.is_punct(t, ","));
    opening_phrase
        && first_comma == Some(first.saturating_sub(1))
        && first > sentence_first + 1
        && end < doc.len()
        && doc.is_word(end)
        && !doc.token(end).capitalized
}

/// "her" before a noun is possessive ("her campaign"), before a verb or a
/// stop it is an object ("told her.").
fn next_is_noun_like(doc: &Document, index: usize) -> bool {
    index < doc.len() && doc.is_word(index) && !crate::clause_words::stops_noun_phrase(doc.word(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_text_round_trips() {
        let mut model = PronounModel::default();
        *model.weight_mut("g:agree") = 1.5;
        *model.weight_mut("rank:0") = -0.25;
        let text = model.to_text();
        let again = PronounModel::parse(&text).unwrap();
        assert_eq!(again.to_text(), text);
        assert_eq!(again.score("g:agree\nrank:0\nunseen"), 1.25);
    }

    #[test]
    fn a_malformed_line_is_an_error_naming_it() {
        let error = PronounModel::parse("# header\ng:agree\tx\n").unwrap_err();
        assert_eq!(error.to_string(), "model line 2: weight is not a number");
    }

    #[test]
    fn a_model_file_without_weights_is_refused() {
        let error = PronounModel::parse_model_file("# only a header\n").unwrap_err();
        assert_eq!(error.to_string(), "no weights: not a pronoun ranker from `readout train pronouns`");
        assert!(PronounModel::parse_model_file("g:agree\t1.5\n").is_ok());
    }

    #[test]
    fn a_name_after_an_opening_phrase_is_the_subject() {
        let check = |text: &str, name: &str, expect: bool| {
            let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let first = (0..doc.len()).find(|&t| doc.raw(t).starts_with(name)).expect(name);
            let inside = vec![false; doc.len()];
            let scene = Scene { doc: &doc, mentions: &[], sources: &[], inside_quote: &inside };
            assert_eq!(is_subject(&scene, first, first + 1), expect, "{name} in {text}");
        };
        check("Repeating his speech, Biden rubbished the claim.", "Biden", true);
        check("After the debate, Trump told reporters he won.", "Trump", true);
        check("Repeating his speech, Biden rubbished Trump's claim.", "Trump", false);
        check("Biden rubbished the claim.", "Biden", true);
    }

    /// Regression: the Byron biography of GUM, where one "he" given to the
    /// headmaster named just before made him the most mentioned person, and
    /// every later "his" followed. How often a person is named is a count
    /// of its own, which the pronouns a pass gave them, right or wrong, do
    /// not move; the count of all mentions, beside it, does.
    #[test]
    fn the_named_count_leaves_out_the_pronouns_a_pass_gave() {
        let text = "George Byron went to the school of Dr. William Glennie. He was taught well. \
                    His mother wrote to him. His studies went on. Byron left in 1805.";
        let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let inside = vec![false; doc.len()];
        let mentions = crate::find_all_mentions(&doc, &[]);
        let mut groups = crate::group_names_and_roles(&doc, &mentions, &crate::Context::for_tests(&[], &inside));
        let scene = Scene { doc: &doc, mentions: &mentions, sources: &[], inside_quote: &inside };
        // Every pronoun goes to the most recent person, Glennie; at the last
        // one he is named once, as Byron is, and mentioned four times.
        let mut counts = Vec::new();
        run_pass(&scene, &mut groups, |ranking| {
            let count = |features: &String| {
                features.lines().filter(|f| f.starts_with("n:") || f.starts_with("na:")).collect::<Vec<_>>().join(" ")
            };
            counts = ranking.features.iter().map(count).collect();
            Some(0)
        });
        assert_eq!(counts, ["n:1 na:4+", "n:1 na:1"]);
    }

    #[test]
    fn a_caption_is_a_short_paragraph_of_names_with_no_stop() {
        // Whether the `nth` (from 0) "FitzGibbon" of `text` is in a caption.
        let check = |text: &str, nth: usize, expect: bool| {
            let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let at = (0..doc.len()).filter(|&t| doc.raw(t) == "FitzGibbon").nth(nth).expect("a FitzGibbon");
            assert_eq!(is_caption(&doc, at), expect, "{nth} in {text:?}");
        };
        let article =
            "Byron met John FitzGibbon at Harrow.\n\nJohn FitzGibbon, 2nd Earl of Clare\n\nHe went up to Cambridge.";
        check(article, 0, false);
        check(article, 1, true);
        // A sentence, or a first paragraph (a headline), is no caption.
        check("Byron left.\n\nJohn FitzGibbon met Byron at Harrow.", 0, false);
        check("John FitzGibbon, Earl of Clare\n\nHe went up to Cambridge.", 0, false);
    }

    /// What [`described_alike`] says of the text's one nominal, the source
    /// of an attribution whose `length` words end with the last `word`,
    /// against each person named `names`.
    fn described(text: &str, word: &str, length: usize, names: &[&str]) -> Vec<(usize, bool, bool)> {
        let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        // The attribution's source as the attribute stage finds it; no
        // token is inside a quotation that matters here.
        let end = (0..doc.len()).rfind(|&t| doc.word(t) == word).expect(word) + 1;
        let sources = [(end - length, end)];
        let inside = vec![false; doc.len()];
        let mentions = crate::find_all_mentions(&doc, &sources);
        let groups = crate::group_names_and_roles(&doc, &mentions, &crate::Context::for_tests(&sources, &inside));
        let scene = Scene { doc: &doc, mentions: &mentions, sources: &sources, inside_quote: &inside };
        let nominal = mentions.iter().position(|m| matches!(m.form, MentionForm::Nominal { .. })).expect("a nominal");
        names
            .iter()
            .map(|name| {
                let group = groups.iter().find(|g| g.name == *name).expect(name);
                described_alike(&scene, nominal, group)
            })
            .collect()
    }

    #[test]
    fn a_nominal_shares_the_words_set_before_a_persons_name() {
        let text = "Republican presidential nominee Donald Trump met Democratic nominee Hillary Clinton. \
                    \"We agreed,\" the GOP nominee said.";
        // "GOP" is "Republican"; "nominee" is the same word. Hillary
        // Clinton shares "nominee" but is of the other party.
        assert_eq!(
            described(text, "nominee", 3, &["Donald Trump", "Hillary Clinton"]),
            [(2, false, false), (1, true, false)]
        );
    }

    #[test]
    fn a_nominal_naming_an_office_clashes_with_a_person_titled_otherwise() {
        let text = "President Donald Trump criticised Senator Lisa Murkowski and Jane Porter. \
                    \"We disagree,\" the senator said.";
        let clashes: Vec<bool> = described(text, "senator", 2, &["Donald Trump", "Lisa Murkowski", "Jane Porter"])
            .into_iter()
            .map(|(_, _, title_clash)| title_clash)
            .collect();
        // Titled "President" only; titled "Senator"; titled nothing.
        assert_eq!(clashes, [true, false, false]);
    }

    #[test]
    fn a_nominal_may_choose_no_one() {
        let ranking = Ranking {
            pronoun: 0,
            candidates: vec![0],
            features: vec!["bias".to_string()],
            honorific_clash: vec![false],
            nobody_features: Some("nobody".to_string()),
        };
        let mut model = PronounModel::default();
        *model.weight_mut("nobody") = 1.0;
        assert_eq!(ranking.best_by(&model), None);
        *model.weight_mut("bias") = 2.0;
        assert_eq!(ranking.best_by(&model), Some(0));
        // A pronoun has no such choice.
        let pronoun = Ranking { nobody_features: None, ..ranking };
        *model.weight_mut("bias") = -2.0;
        assert_eq!(pronoun.best_by(&model), Some(0));
    }

    #[test]
    fn the_builtin_model_is_not_empty() {
        assert!(PronounModel::builtin().weights.len() > 10);
    }
}
