//! Training the pronoun ranker: texts in, each with gold answers for some
//! of its pronouns, a [`PronounModel`] out; and its accuracy on held-out
//! texts. A gold answer is either the real-world speaker of an attribution
//! whose source is the pronoun (PolNeAR's canonical speakers: "he said" is
//! Donald Trump) or the earlier mentions of the pronoun's entity (GUM's
//! coreference chains).
//!
//! Each gold pronoun becomes a ranking: the people the pass offers at that
//! pronoun, the right ones being those the answer names. The pass runs as
//! at extraction time, with the gold answer taken at gold pronouns (so later
//! features see the right history) and the recency rule elsewhere; or, in
//! a later training round, with a model's own choices everywhere, as at
//! extraction. The model is a log-linear
//! ranker learned by stochastic gradient descent in a fixed order: the same
//! texts give the same model, byte for byte.

use crate::front::{front, Front};
use crate::CueModel;
use readout_entities::{group_names_and_roles, run_pass, Context, PronounModel, Ranking, Scene};
use readout_offices::OfficeTable;
use readout_segment::Document;
use readout_segment::Segmented;
use std::collections::HashMap;
use std::ops::Range;

/// One training text: its segmentation and the gold answers, each for the
/// pronoun that lies in its byte range.
pub struct PronounExample<'a> {
    pub text: &'a str,
    pub segmented: &'a Segmented,
    pub answers: Vec<(Range<usize>, PronounAnswer)>,
}

/// Whom a pronoun refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum PronounAnswer {
    /// The canonical name of the speaker of the attribution whose source
    /// the pronoun is; empty when nobody can name them.
    Speaker(String),
    /// The byte ranges of the earlier mentions of its entity.
    Antecedents(Vec<Range<usize>>),
}

/// A pronoun's ranking and which of its candidates are right.
#[derive(Debug, Clone)]
pub struct LabelledRanking {
    /// Per candidate, its features one a line.
    features: Vec<String>,
    right: Vec<bool>,
    /// The candidate the recency rule picks (the most recent one whose
    /// gender does not clash), for comparison.
    rule_choice: Option<usize>,
}

/// What a model gets right on a set of rankings.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PronounAccuracy {
    pub rankings: usize,
    pub model_right: usize,
    pub rule_right: usize,
}

/// The rankings of every gold pronoun of `example` whose answer is among
/// the candidates. The attributions, whose sources the ranker learns
/// about, are found with `cues`: the shipped model, or a cross-validation
/// fold's, which has not seen the fold's held-out texts.
///
/// With `history`, the pass takes that model's choice at every pronoun, as
/// extraction does, instead of the gold answer: the rankings then show the
/// features a model meets after its own mistakes ("he" given to the wrong
/// man makes him the most mentioned), and a model trained on them as well
/// learns not to follow a wrong choice with more.
pub fn pronoun_rankings(
    example: &PronounExample,
    offices: &OfficeTable,
    cues: &CueModel,
    history: Option<&PronounModel>,
) -> Vec<LabelledRanking> {
    let doc = Document::new(example.text, example.segmented);
    let Front { inside, sources, mentions: found, country, cued_countries, .. } = front(&doc, cues, None);
    let context = Context {
        date: None,
        country,
        cued_countries: &cued_countries,
        offices,
        sources: &sources,
        inside_quote: &inside,
        pronouns: PronounModel::builtin(),
    };
    let mut groups = group_names_and_roles(&doc, &found, &context);
    let scene = Scene { doc: &doc, mentions: &found, sources: &sources, inside_quote: &inside };
    let names: Vec<String> = groups.iter().map(|g| g.name.clone()).collect();
    let named_mentions: Vec<Vec<Range<usize>>> =
        groups.iter().map(|g| g.mentions.iter().map(|&m| found[m].bytes.clone()).collect()).collect();
    let mut out = Vec::new();
    run_pass(&scene, &mut groups, |ranking: &Ranking| {
        let rule_choice = recency_rule(ranking);
        let choice = |first_right: Option<usize>, nobody_right: bool| match history {
            Some(model) => ranking.best_by(model),
            None if nobody_right => None,
            None => first_right.or(rule_choice),
        };
        let bytes = &found[ranking.pronoun].bytes;
        let answer = example
            .answers
            .iter()
            .find(|(range, _)| range.start <= bytes.start && bytes.end <= range.end)
            .map(|(_, answer)| answer);
        let mut right: Vec<bool> = match answer {
            Some(PronounAnswer::Speaker(speaker)) if !speaker.is_empty() => {
                ranking.candidates.iter().map(|&g| refers_to(&names[g], speaker)).collect()
            }
            // A description of someone nobody can name ("the spokesman"
            // where the text names none): no one is right.
            Some(PronounAnswer::Speaker(_)) if ranking.nobody_features.is_some() => {
                vec![false; ranking.candidates.len()]
            }
            Some(PronounAnswer::Antecedents(antecedents)) => ranking
                .candidates
                .iter()
                .map(|&g| {
                    named_mentions[g].iter().any(|m| {
                        m.start < bytes.start && antecedents.iter().any(|a| a.start < m.end && m.start < a.end)
                    })
                })
                .collect(),
            _ => return choice(None, false),
        };
        let first_right = right.iter().position(|&r| r);
        let mut features = ranking.features.clone();
        // A nominal whose speaker is none of the candidates teaches the
        // choice of no one.
        let nobody_right = first_right.is_none() && ranking.nobody_features.is_some();
        if let Some(nobody) = &ranking.nobody_features {
            features.push(nobody.clone());
            right.push(nobody_right);
        }
        if first_right.is_some() || nobody_right {
            out.push(LabelledRanking { features, right, rule_choice });
        }
        choice(first_right, nobody_right)
    });
    out
}

/// Whether an entity is the gold speaker: its name is the speaker's, or it
/// is known by one word of the speaker's name ("Trump" where the text never
/// gives the full name). The ranker learns whom a pronoun refers to; how
/// the entity is named is another stage's job.
fn refers_to(name: &str, speaker: &str) -> bool {
    names_match(name, speaker)
        || !name.contains(' ')
            && speaker.split_whitespace().any(|word| word.trim_end_matches('.').eq_ignore_ascii_case(name))
}

/// The rule the ranker replaces: the most recent person whose gender, where
/// known, agrees.
fn recency_rule(ranking: &Ranking) -> Option<usize> {
    ranking.features.iter().position(|features| !features.lines().any(|f| f == "g:clash"))
}

/// Learns the ranker: a softmax over each ranking's candidates, the right
/// ones sharing the target, by stochastic gradient descent with L2 decay.
/// The model is the average of the weights after every step, not the last
/// weights: those lean towards the last documents seen, and a small change
/// in the training data moved them enough to swing a dev figure by ten
/// points.
pub fn train_pronouns(rankings: &[LabelledRanking], epochs: usize) -> PronounModel {
    let mut model = PronounModel::default();
    // Per feature: the sum of its weight over the steps before `last`, and
    // `last`, the step of its latest update (the weight is constant since).
    let mut sums: HashMap<String, (f64, u64)> = HashMap::new();
    let mut step = 0u64;
    let l2 = 1e-4f32;
    for epoch in 0..epochs {
        let rate = 0.1 / (1.0 + epoch as f32);
        for ranking in rankings {
            step += 1;
            let scores: Vec<f32> = ranking.features.iter().map(|features| model.score(features)).collect();
            let top = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let exps: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
            let total: f32 = exps.iter().sum();
            let right_count = ranking.right.iter().filter(|&&r| r).count() as f32;
            for (index, features) in ranking.features.iter().enumerate() {
                let target = if ranking.right[index] { 1.0 / right_count } else { 0.0 };
                let gradient = target - exps[index] / total;
                for feature in features.lines() {
                    let weight = model.weight_mut(feature);
                    let (sum, last) = sums.entry(feature.to_string()).or_insert((0.0, step));
                    *sum += f64::from(*weight) * (step - *last) as f64;
                    *last = step;
                    *weight += rate * (gradient - l2 * *weight);
                }
            }
        }
    }
    let mut averaged = PronounModel::default();
    for (feature, (sum, last)) in sums {
        // Steps `1..=step` each leave one set of weights behind.
        let weight = model.weight_mut(&feature);
        let total = sum + f64::from(*weight) * (step + 1 - last) as f64;
        *averaged.weight_mut(&feature) = (total / step as f64) as f32;
    }
    averaged
}

/// How often `model`, and the recency rule, pick a right candidate.
pub fn pronoun_accuracy(rankings: &[LabelledRanking], model: &PronounModel) -> PronounAccuracy {
    let mut accuracy = PronounAccuracy { rankings: rankings.len(), ..Default::default() };
    for ranking in rankings {
        let scores: Vec<f32> = ranking.features.iter().map(|features| model.score(features)).collect();
        let best = (0..scores.len()).fold(0, |best, index| if scores[index] > scores[best] { index } else { best });
        accuracy.model_right += usize::from(ranking.right[best]);
        accuracy.rule_right += usize::from(ranking.rule_choice.is_some_and(|c| ranking.right[c]));
    }
    accuracy
}

/// Whether an entity's name is a gold speaker's, forgiving case, titles
/// and fuller or shorter forms of one name ("Hillary Rodham Clinton" is
/// "Hillary Clinton"; a lone "Clinton" is not).
pub fn names_match(name: &str, gold: &str) -> bool {
    let (a, b) = (normalise_name(name), normalise_name(gold));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (words_a, words_b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let subset = |x: &[&str], y: &[&str]| x.iter().all(|w| y.contains(w));
    words_a.len() > 1
        && words_b.len() > 1
        && words_a.last() == words_b.last()
        && (subset(&words_a, &words_b) || subset(&words_b, &words_a))
}

fn normalise_name(name: &str) -> String {
    let lower = name.to_lowercase().replace(['.', '’'], " ");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    while let Some(first) = words.first() {
        if matches!(
            *first,
            "the" | "president" | "sir" | "mr" | "mrs" | "ms" | "dr" | "senator" | "sen" | "rep" | "gov"
        ) && words.len() > 1
        {
            words.remove(0);
        } else {
            break;
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, gold: &str, expect: bool) {
        assert_eq!(names_match(name, gold), expect, "{name:?} against {gold:?}");
    }

    #[test]
    fn names_match_as_the_scorer_forgives() {
        check("Hillary Rodham Clinton", "Hillary Clinton", true);
        check("Mr. Trump", "Trump", true);
        check("Donald J. Trump", "Donald Trump", true);
        check("Clinton", "Hillary Clinton", false);
        check("Bill Clinton", "Hillary Clinton", false);
        check("", "Hillary Clinton", false);
    }

    #[test]
    fn with_a_history_model_the_pass_follows_its_choices_not_the_gold() {
        let text = "John Smith met Bob Jones on Monday. He smiled at the crowd. He left early.";
        let segmented = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let smith = 0..10;
        let pronouns: Vec<Range<usize>> = text.match_indices("He ").map(|(at, _)| at..at + 2).collect();
        let example = PronounExample {
            text,
            segmented: &segmented,
            answers: pronouns.iter().map(|p| (p.clone(), PronounAnswer::Antecedents(vec![smith.clone()]))).collect(),
        };
        let offices = OfficeTable::builtin();
        let cues = CueModel::builtin();
        // A model that always takes the most recently mentioned person:
        // Bob Jones, wrongly, at the first "He".
        let mut recent = PronounModel::default();
        *recent.weight_mut("rank:0") = 5.0;
        let gold = pronoun_rankings(&example, offices, cues, None);
        let own = pronoun_rankings(&example, offices, cues, Some(&recent));
        assert_eq!(gold.len(), 2);
        assert_eq!(own.len(), 2);
        // The first pronoun sees the same people either way; before the
        // second, the gold history has given "He" to John Smith, the
        // model's to Bob Jones, who is then the one mentioned last.
        assert_eq!(gold[0].features, own[0].features);
        assert_eq!(gold[1].right, vec![true, false]);
        assert_eq!(own[1].right, vec![false, true]);
    }

    #[test]
    fn a_description_of_someone_unnamed_teaches_the_choice_of_no_one() {
        let text = "Gov. John Smith met voters on Monday. \"We will win,\" the campaign manager said.";
        let segmented = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let source = text.find("the campaign manager").expect("source");
        let example = PronounExample {
            text,
            segmented: &segmented,
            answers: vec![(source..source + "the campaign manager".len(), PronounAnswer::Speaker(String::new()))],
        };
        let rankings = pronoun_rankings(&example, OfficeTable::builtin(), CueModel::builtin(), None);
        assert_eq!(rankings.len(), 1);
        // John Smith, then no one: no one is right.
        assert_eq!(rankings[0].right, vec![false, true]);
    }

    #[test]
    fn training_learns_to_prefer_agreeing_gender() {
        let ranking = |right_first: bool| LabelledRanking {
            features: vec![
                format!("bias\nrank:0\n{}", if right_first { "g:agree" } else { "g:clash" }),
                format!("bias\nrank:1\n{}", if right_first { "g:clash" } else { "g:agree" }),
            ],
            right: vec![right_first, !right_first],
            rule_choice: Some(if right_first { 0 } else { 1 }),
        };
        let rankings = [ranking(true), ranking(false), ranking(false), ranking(true)];
        let model = train_pronouns(&rankings, 10);
        let accuracy = pronoun_accuracy(&rankings, &model);
        assert_eq!(accuracy, PronounAccuracy { rankings: 4, model_right: 4, rule_right: 4 });
        // The same data gives the same model, byte for byte.
        assert_eq!(train_pronouns(&rankings, 10).to_text(), model.to_text());
    }

    #[test]
    fn the_model_is_the_average_of_its_steps_not_the_last_step() {
        // One feature, right in the first ranking and wrong in the second:
        // the last step pulls its weight below zero, the average of the two
        // steps' weights is nearer zero.
        let ranking = |right: bool| LabelledRanking {
            features: vec!["f".to_string(), String::new()],
            right: vec![right, !right],
            rule_choice: None,
        };
        let model = train_pronouns(&[ranking(true), ranking(false)], 1);
        // Step 1: 0.1 * 0.5 = 0.05. Step 2: the feature scores 0.05, so its
        // probability is about 0.5125 and the weight falls to about -0.00125.
        let weight = model.score("f");
        assert!((weight - (0.05 - 0.00125) / 2.0).abs() < 1e-4, "{weight}");
    }
}
