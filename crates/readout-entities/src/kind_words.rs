//! Word lists that say what a capitalised phrase names: the honorifics and
//! titles that stand before a person's name, the offices that speak as
//! organisations ("Downing Street"), and the head and opening words that
//! make a name an organisation, a place or a thing. In: a lower-cased word
//! (or phrase); out: what it is.

/// Honorifics and titles that stand before a name.
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word,
        "shadow"
            | "mr"
            | "mr."
            | "mrs"
            | "mrs."
            | "ms"
            | "ms."
            | "miss"
            | "dr"
            | "dr."
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "baroness"
            | "baron"
            | "prof"
            | "prof."
            | "professor"
            | "rev"
            | "rev."
            | "reverend"
            | "father"
            | "sen"
            | "sen."
            // "Florida Sens. Marco Rubio and Bill Nelson": the plural
            // title of the names after it.
            | "sens"
            | "sens."
            | "senator"
            | "senators"
            | "representatives"
            | "governors"
            | "rep"
            | "rep."
            | "reps"
            | "reps."
            | "representative"
            | "congressman"
            | "congresswoman"
            | "gov"
            | "gov."
            | "governor"
            | "president"
            | "president-elect"
            | "secretary-general"
            | "vice"
            | "premier"
            | "taoiseach"
            | "tánaiste"
            | "chancellor"
            | "minister"
            | "secretary"
            | "mayor"
            | "judge"
            | "justice"
            | "gen"
            | "gen."
            | "general"
            | "adm"
            | "admiral"
            | "major-general"
            | "lieutenant-general"
            | "brigadier"
            | "brigadier-general"
            | "rear-admiral"
            | "vice-admiral"
            | "lieutenant-colonel"
            | "col"
            | "col."
            | "colonel"
            | "lt"
            | "lt."
            | "capt"
            | "capt."
            | "captain"
            | "sgt"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "ambassador"
            | "commissioner"
            | "speaker"
            | "leader"
            | "whip"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "attorney"
            // "Former AG Mukasey": the attorney general.
            | "ag"
            | "sheriff"
            | "chief"
            | "deputy"
            | "former"
            | "prime"
            | "foreign"
            | "defence"
            | "defense"
            | "home"
            | "health"
            | "state"
            | "mp"
            | "candidate"
            | "nominee"
            | "sheikh"
            | "emir"
            | "ayatollah"
            | "pastor"
            | "bishop"
            | "archbishop"
            | "cardinal"
            | "rabbi"
            | "imam"
            | "detective"
            | "officer"
            | "inspector"
            | "superintendent"
            | "director"
            | "delegate"
            | "del."
            | "assemblyman"
            | "assemblywoman"
            | "councilman"
            | "councilwoman"
            | "sergeant"
            | "lieutenant"
            | "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "founder"
            | "co-founder"
            | "editor"
            | "publisher"
            | "anchor"
            | "host"
    )
}

/// Organisations whose statements speak for an office, and the canonical
/// name of that office.
pub(crate) fn office_name(phrase_lower: &str) -> Option<&'static str> {
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

/// Words that newspapers' names are made of: "Orlando Sentinel", "San
/// Francisco Chronicle", "The Philadelphia Inquirer" (lower case).
pub fn is_newspaper_name_word(word: &str) -> bool {
    matches!(
        word,
        "times"
            | "post"
            | "news"
            | "journal"
            | "tribune"
            | "herald"
            | "gazette"
            | "sentinel"
            | "chronicle"
            | "observer"
            | "telegraph"
            | "examiner"
            | "inquirer"
            | "dispatch"
            | "courier"
            | "bulletin"
            | "magazine"
    )
}

/// Head words of a public, political or civic body, no business: a name
/// that ends in one ("National Rifle Association", "Republican National
/// Committee") is not what "the company" refers to.
pub fn is_public_body_word(word: &str) -> bool {
    matches!(
        word,
        "association"
            | "committee"
            | "department"
            | "ministry"
            | "office"
            | "agency"
            | "council"
            | "commission"
            | "university"
            | "college"
            | "institute"
            | "party"
            | "court"
            | "congress"
            | "senate"
            | "parliament"
            | "police"
            | "army"
            | "navy"
            | "foundation"
            | "fund"
            | "administration"
            | "campaign"
            | "board"
            | "federation"
            | "alliance"
            | "bureau"
            | "house"
            | "government"
            | "school"
            | "church"
            | "society"
            | "authority"
            | "assembly"
            | "league"
            | "coalition"
            | "caucus"
    )
}

/// Words that mark a capitalised phrase as an organisation.
pub(crate) fn is_organization_word(word: &str) -> bool {
    is_body_head_word(word)
        // Newspapers' name words that are no title's: not "Examiner" ("Chief
        // Medical Examiner") or "Observer".
        || (is_newspaper_name_word(word) && !matches!(word, "examiner" | "observer" | "dispatch" | "courier" | "bulletin"))
        || is_public_body_word(word)
        || matches!(
            word,
            "union"
                | "corporation"
                | "company"
                | "inc"
                | "inc."
                | "corp"
                | "corp."
                | "ltd"
                // A company's or a body's last word: "Peabody Energy",
                // "Patriot Coal", "Mondelez International", "Pew Research
                // Center", "Platte River Networks".
                | "llc"
                | "plc"
                | "holdings"
                | "industries"
                | "enterprises"
                | "technologies"
                | "systems"
                | "networks"
                | "partners"
                | "airlines"
                | "airways"
                | "motors"
                | "energy"
                | "coal"
                | "pharmaceuticals"
                | "communications"
                | "entertainment"
                | "insurance"
                | "laboratories"
                | "research"
                | "center"
                | "centre"
                | "international"
                | "group"
                | "bank"
                | "network"
                | "organization"
                | "organisation"
                | "service"
                | "services"
                | "reuters"
                | "press"
                | "hospital"
                | "club"
                | "trust"
                | "museum"
                | "airport"
                | "station"
                | "engineers"
                | "cnn"
                | "fbi"
                | "cia"
                | "nato"
                | "gop"
                | "bbc"
                | "nbc"
                | "cbs"
                | "abc"
                | "fox"
                | "msnbc"
                | "pac"
                | "democrats"
                | "republicans"
                | "cabinet"
                | "convention"
                // "Team Trump", "Team GB": a side, no one's first name.
                | "team"
        )
}

/// Words that end the name of a body but alone name none: "the National
/// Library" is a body, a headline's "Library saved after campaign" is not.
pub(crate) fn is_body_head_word(word: &str) -> bool {
    matches!(
        word,
        "library"
            | "libraries"
            | "academy"
            | "centre"
            | "center"
            | "herald"
            | "gazette"
            | "faculty"
            | "motors"
            | "airlines"
            | "airways"
            | "studios"
            | "laboratory"
            | "laboratories"
            | "orchestra"
            | "league"
            | "theatre"
            | "theater"
            | "hotel"
            | "tribunal"
            | "institution"
            | "watch"
    )
}

/// The last word of a place's name that says what kind of place it is:
/// "Crater Lake", "the Oakland Bay Bridge", "Orange County".
pub(crate) fn is_place_head_word(word: &str) -> bool {
    matches!(
        word,
        "lake"
            | "bay"
            | "bridge"
            | "river"
            | "mountains"
            | "island"
            | "islands"
            | "street"
            | "avenue"
            | "road"
            | "square"
            | "valley"
            | "canyon"
            | "beach"
            | "coast"
            | "county"
            | "tunnel"
            | "tube"
            | "harbor"
            | "harbour"
            | "peninsula"
            | "ocean"
            | "sea"
            | "gulf"
            | "desert"
            | "forest"
            | "falls"
            | "creek"
            | "province"
            | "district"
            | "strait"
            | "park"
            | "mansion"
            | "palace"
            | "castle"
            | "stadium"
            | "springs"
            | "shelf"
            | "basin"
            | "plateau"
            | "plains"
            | "hills"
            | "highlands"
            | "slope"
            | "glacier"
            | "reef"
            | "lagoon"
            | "cove"
            | "estuary"
            | "delta"
            | "archipelago"
            | "volcano"
            | "crater"
            | "canal"
            | "reservoir"
            | "highway"
            | "boulevard"
            | "plaza"
            | "tower"
            | "cathedral"
            | "minster"
            | "abbey"
            | "mosque"
            | "temple"
            | "voivodship"
            | "prefecture"
            | "oblast"
    )
}

/// Place heads that are also surnames ("Lake", "Bridge", "Castle"): after
/// a first name they may end a person's name.
pub(crate) fn is_surname_like_place_head(word: &str) -> bool {
    matches!(
        word,
        "lake"
            | "bay"
            | "bridge"
            | "river"
            | "street"
            | "beach"
            | "forest"
            | "park"
            | "castle"
            | "falls"
            | "tower"
            | "temple"
    )
}

/// The last word of a name that makes it neither a person, nor a body, nor a
/// place: a law ("the HEROES Act"), a text ("Chapter Two"), an event ("the
/// Industrial Revolution", "the Spanish Civil War") or a prize.
pub(crate) fn is_thing_head_word(word: &str) -> bool {
    matches!(
        word,
        "act"
            | "code"
            | "resolution"
            | "constitution"
            | "amendment"
            | "treaty"
            | "accord"
            | "accords"
            | "revolution"
            | "war"
            | "prize"
            | "award"
            | "awards"
            | "olympics"
            | "festival"
            | "syndrome"
            | "doctrine"
            | "show"
    )
}

/// The first word of a name that makes it a thing or an event: "Cyclone
/// Phailin", "Chapter Two", "Operation Desert Storm".
pub(crate) fn is_thing_opening_word(word: &str) -> bool {
    matches!(word, "cyclone" | "hurricane" | "typhoon" | "storm" | "chapter" | "operation")
}

/// The first word of a place's name that says what kind of place it is:
/// "Lake Tahoe", "Mount Everest".
pub(crate) fn is_place_opening_word(word: &str) -> bool {
    matches!(word, "lake" | "mount" | "mt." | "cape" | "isle" | "gulf" | "fort" | "port" | "river")
}

/// A word that makes a region or an age of the place after it: "South
/// Australia", "Northern Ireland", "New England", "Old Athens".
pub(crate) fn is_place_qualifier(word: &str) -> bool {
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "new"
            | "old"
            | "ancient"
            | "greater"
            | "upper"
            | "lower"
    )
}
