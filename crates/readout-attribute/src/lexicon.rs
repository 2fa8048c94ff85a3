//! Word lists: the closed classes of English that attribution leans on
//! (pronouns, determiners, auxiliaries, honorifics) and the open lists of
//! role nouns and offices. In: a lower-cased word; out: what it is.

pub fn is_pronoun_subject(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

pub fn is_personal_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "him" | "her" | "his" | "they" | "them" | "their" | "i" | "we" | "you")
}

/// Words that may stand between a subject and its speech verb without being
/// part of either: "has said", "also told", "later wrote".
pub fn is_auxiliary_or_adverb(word: &str) -> bool {
    matches!(
        word,
        "has" | "have" | "had" | "was" | "were" | "is" | "are" | "be" | "been" | "would" | "will" | "could"
            | "should" | "might" | "may" | "can" | "must" | "did" | "does" | "do" | "also" | "later" | "then"
            | "previously" | "earlier" | "again" | "repeatedly" | "reportedly" | "often" | "once" | "recently"
            | "frequently" | "already" | "even" | "still" | "just" | "quickly" | "publicly" | "privately"
            | "simply" | "further" | "never" | "not" | "always" | "initially" | "first" | "last" | "now"
            | "had'" | "only" | "ultimately" | "openly" | "specifically" | "flatly" | "has'" | "subsequently"
            | "immediately" | "finally" | "explicitly" | "correctly" | "famously" | "once'" | "apparently"
    )
}

/// Lower-case words that end a subject noun phrase when walking left from a
/// verb: clause openers and conjunctions.
pub fn stops_noun_phrase(word: &str) -> bool {
    matches!(
        word,
        "that" | "which" | "who" | "whom" | "when" | "where" | "while" | "as" | "but" | "because" | "if"
            | "although" | "though" | "since" | "after" | "before" | "and" | "or" | "so" | "yet" | "than"
            | "what" | "how" | "why" | "whether" | "until" | "unless" | "said" | "says" | "say" | "told"
            | "to" | "not" | "is" | "was" | "are" | "were" | "be" | "being" | "it's" | "also" | "whose"
    )
}

pub fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "one" | "another" | "some" | "many" | "several" | "both" | "two" | "three" | "most" | "other")
}

/// Honorifics and titles that stand before a name.
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word,
        "shadow" | "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "miss" | "dr" | "dr." | "sir" | "dame" | "lord" | "lady"
            | "baroness" | "baron" | "prof" | "prof." | "professor" | "rev" | "rev." | "reverend" | "father"
            | "sen" | "sen." | "senator" | "rep" | "rep." | "representative" | "congressman" | "congresswoman"
            | "gov" | "gov." | "governor" | "president" | "president-elect" | "vice" | "premier" | "chancellor"
            | "minister" | "secretary" | "mayor" | "judge" | "justice" | "gen" | "gen." | "general" | "adm"
            | "admiral" | "col" | "col." | "colonel" | "lt" | "lt." | "capt" | "capt." | "captain" | "sgt"
            | "king" | "queen" | "prince" | "princess" | "pope" | "ambassador" | "commissioner" | "speaker"
            | "leader" | "chairman" | "chairwoman" | "chair" | "attorney" | "sheriff" | "chief" | "deputy"
            | "former" | "prime" | "foreign" | "defence" | "defense" | "home" | "health" | "state" | "mp"
            | "candidate" | "nominee" | "sheikh" | "emir" | "ayatollah" | "pastor" | "bishop" | "archbishop"
            | "cardinal" | "rabbi" | "imam" | "detective" | "officer" | "inspector" | "superintendent"
    )
}

/// Organisations whose statements speak for an office, and the canonical
/// name of that office.
pub fn office_name(phrase_lower: &str) -> Option<&'static str> {
    Some(match phrase_lower {
        "downing street" | "number 10" | "no 10" | "no. 10" | "number ten" | "no10" => "Downing Street",
        "the white house" | "white house" => "The White House",
        "the kremlin" | "kremlin" => "The Kremlin",
        "the elysee" | "elysee" | "the élysée" | "élysée" | "the elysée" => "The Élysée",
        "the pentagon" | "pentagon" => "The Pentagon",
        "the state department" | "state department" => "The State Department",
        "the foreign office" | "foreign office" => "The Foreign Office",
        "the home office" | "home office" => "The Home Office",
        "the treasury" => "The Treasury",
        "the vatican" => "The Vatican",
        _ => return None,
    })
}

/// Words that mark a capitalised phrase as an organisation.
pub fn is_organization_word(word: &str) -> bool {
    matches!(
        word,
        "party" | "ministry" | "department" | "office" | "agency" | "council" | "committee" | "commission"
            | "union" | "university" | "college" | "institute" | "association" | "corporation" | "company"
            | "inc" | "inc." | "corp" | "corp." | "ltd" | "group" | "bank" | "court" | "congress" | "senate"
            | "parliament" | "police" | "army" | "navy" | "times" | "post" | "news" | "journal" | "network"
            | "foundation" | "organization" | "organisation" | "administration" | "campaign" | "board"
            | "federation" | "alliance" | "service" | "services" | "bureau" | "house" | "fund" | "reuters"
            | "press" | "tribune" | "magazine" | "hospital" | "club" | "government" | "school" | "church"
            | "trust" | "authority" | "society" | "museum" | "airport" | "station" | "engineers" | "cnn" | "fbi" | "cia" | "nato" | "gop" | "bbc" | "nbc" | "cbs"
            | "abc" | "fox" | "msnbc" | "pac" | "democrats" | "republicans" | "assembly" | "cabinet"
    )
}

/// Verbs of speaking, writing and reporting, in any inflection: the cue words
/// readout recognises without a model (the model widens this list to
/// cognition and intention verbs learned from annotated text).
pub fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "say" | "saying" | "told" | "tell" | "tells" | "telling" | "added" | "adds" | "adding"
            | "wrote" | "writes" | "write" | "writing" | "written" | "insisted" | "insists" | "insisting"
            | "warned" | "warns" | "warning" | "urged" | "urges" | "urging" | "argued" | "argues" | "arguing"
            | "claimed" | "claims" | "claiming" | "stated" | "states" | "explained" | "explains" | "explaining"
            | "noted" | "notes" | "noting" | "asked" | "asks" | "asking" | "announced" | "announces"
            | "declared" | "declares" | "acknowledged" | "acknowledges" | "admitted" | "admits" | "conceded"
            | "concedes" | "tweeted" | "tweets" | "posted" | "replied" | "replies" | "responded" | "responds"
            | "suggested" | "suggests" | "suggesting" | "stressed" | "stresses" | "reiterated" | "reiterates"
            | "emphasised" | "emphasized" | "underscored" | "mentioned" | "mentions" | "vowed" | "vows"
            | "promised" | "promises" | "pledged" | "pledges" | "predicted" | "predicts" | "recalled"
            | "recalls" | "complained" | "complains" | "accused" | "accuses" | "denied" | "denies" | "confirmed"
            | "confirms" | "revealed" | "reveals" | "reported" | "reports" | "described" | "describes"
            | "called" | "calls" | "declined" | "agreed" | "agrees" | "contended" | "contends" | "maintained"
            | "maintains" | "observed" | "remarked" | "countered" | "quipped" | "joked" | "boasted"
            | "testified" | "alleged" | "alleges" | "asserted" | "asserts" | "cautioned" | "threatened"
            | "demanded" | "demands" | "proclaimed" | "continued" | "concluded" | "disclosed" | "shouted"
            | "yelled" | "answered" | "criticized" | "criticised" | "praised" | "believes" | "believed"
            | "thinks" | "thought" | "think" | "believe" | "hopes" | "hoped" | "wants" | "wanted"
    )
}
