//! The words of a page's furniture: a word in, whether it is one of a
//! page's controls and labels, a function word a label may hold, a month's
//! or a day's name; a line in, whether it heads a list of other stories;
//! and the phrases of notices about the page.

/// Words of a page's controls, labels and notices. A short line made of
/// these (and function words) is furniture.
pub(crate) fn is_control_word(word: &str) -> bool {
    matches!(
        word,
        "share"
            | "print"
            | "printable"
            | "version"
            | "text"
            | "link"
            | "direct"
            | "related"
            | "posts"
            | "latest"
            | "news"
            | "story"
            | "stories"
            | "updates"
            | "update"
            | "page"
            | "filed"
            | "categories"
            | "category"
            | "attributes"
            | "tags"
            | "play"
            | "video"
            | "audio"
            | "rss"
            | "feed"
            | "click"
            | "view"
            | "source"
            | "follow"
            | "subscribe"
            | "published"
            | "publication"
            | "status"
            | "section"
            | "updated"
            | "last"
            | "search"
            | "archives"
            | "archive"
            | "release"
            | "releases"
            | "press"
            | "immediate"
            | "photo"
            | "image"
            | "credit"
            | "copyright"
            | "home"
            | "menu"
            | "comments"
            | "email"
            | "download"
            | "pdf"
            | "website"
            | "channel"
            | "original"
            | "article"
            | "shareables"
            | "gallery"
            | "simple"
            | "sheet"
            | "date"
            | "distributed"
    )
}

/// Words a label may hold besides control words: "Share this article",
/// "Published in section: News", "Updates to this page".
pub(crate) fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "this"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "by"
            | "from"
            | "our"
            | "and"
            | "under"
    )
}

/// The name of a month or a weekday, in full or cut short, and the words
/// of a clock time's zone ("am", "EDT").
pub(crate) fn is_month_or_day(word: &str) -> bool {
    const NAMES: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "edt",
        "est",
        "gmt",
        "bst",
        "utc",
        "cet",
        "cest",
    ];
    NAMES.contains(&word)
}

/// Lines that head a page's list of other stories: everything after them
/// is that list.
pub(crate) fn heads_other_stories(line: &str) -> bool {
    let line = line.trim().trim_end_matches([':', '.']).to_lowercase();
    matches!(
        line.as_str(),
        "latest news from"
            | "related posts"
            | "related articles"
            | "related stories"
            | "related content"
            | "more on this story"
            | "more stories"
            | "you may also like"
            | "recommended"
            | "most read"
            | "most popular"
    )
}

/// Phrases of notices about the page, not the news.
pub(crate) const NOTICES: &[&str] = &[
    "you are subscribed to",
    "this email was sent to",
    "unsubscribe",
    "this was published under the",
    "follow this news feed",
    "click to print",
    "click to view",
    "original article link",
    "channel website",
    "distributed by",
    "for immediate release",
];
