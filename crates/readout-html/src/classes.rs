//! An element's lowercase class/id/itemprop/role names in, verdicts out:
//! is it page furniture (navigation, share bars, comments...), an appeal
//! (newsletter, donation, cookie prompt), and how much do its names vouch for
//! or against article content (readability's class weight).
//!
//! All matching is on substrings of the names, as readability does; name
//! tokens that describe a layout modifier (`has-sidebar`, `with-comments`) are
//! ignored so a page wrapper is not thrown away for them.

/// Names of furniture that is never article text.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "adsbox",
    "advert",
    "agegate",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "share",
    "sharing",
    "outbrain",
    "taboola",
    "recirc",
    "navbar",
    "navigation",
    "toolbar",
    "most-popular",
    "mostpopular",
    "trending",
    "byline",
    "author",
    "newsletter",
    "subscribe",
    "cookie",
    "consent",
    "signup",
    "sign-up",
    "paywall",
    "modal",
    "promo",
    "widget",
    "tags",
    "masthead",
    "print-only",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "skip-link",
    "dateline",
    "timestamp",
    "caption",
    "credit",
    "read-more",
    "readmore",
    "more-stories",
    "recommend",
    "playlist",
    "login",
    "donate",
    "donation",
    "teaser",
    "tooltip",
    "popover",
    "hovercard",
    "rollover",
];

/// Names that may rescue an element matched by [`UNLIKELY`].
const MAYBE: &[&str] = &["article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text"];

/// Names that always mark furniture, even with a [`MAYBE`] name.
const ALWAYS: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "outbrain",
    "taboola",
    "recirc",
    "newsletter",
    "cookie",
    "consent",
    "gdpr",
    "breadcrumb",
    "disqus",
    "related",
    "sidebar",
    "byline",
    "signup",
    "sign-up",
    "donate",
    "donation",
    "subscribe",
    "paywall",
    "-ad-",
    "advert",
    "most-popular",
    "mostpopular",
    "read-more",
    "readmore",
    "more-stories",
    "tags",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "author-bio",
];

/// Readability's positive names.
const POSITIVE: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"];

/// Readability's negative names.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "social",
    "newsletter",
    "subscribe",
    "caption",
    "credit",
];

/// Names of appeals kept as boilerplate spans when inside the article.
const APPEAL: &[&str] = &[
    "newsletter",
    "subscribe",
    "subscription",
    "donate",
    "donation",
    "support-us",
    "membership",
    "cookie",
    "consent",
    "signup",
    "sign-up",
    "paywall",
    "author-bio",
    "about-author",
    "author-info",
    "bio",
];

/// Names of embedded posts (tweets, Instagram) that quote sources: content.
const EMBED: &[&str] = &[
    "tweet",
    "twitter-embed",
    "embed-twitter",
    "instagram-media",
    "social-embed",
    "social-media-embed",
    "embed-social",
    "tiktok-embed",
    "fb-post",
];

/// Names of advertising, never rescued.
const ADS: &[&str] = &["-ad-", "advert", "sponsor", "promo", "share", "follow", "button", "icon"];

/// Layout-modifier prefixes whose names say nothing about the element itself.
const MODIFIERS: &[&str] = &["has-", "with-", "no-", "is-", "show-", "hide-", "enable-", "l-"];

fn tokens(names: &str) -> impl Iterator<Item = &str> {
    names.split_ascii_whitespace().filter(|t| {
        !MODIFIERS.iter().any(|m| t.starts_with(m))
            && !t.contains("-with-")
            && !t.contains("-has-")
            && !t.contains("_with_")
    })
}

fn any_in(names: &str, list: &[&str]) -> bool {
    tokens(names).any(|t| list.iter().any(|p| t.contains(p)))
}

/// Whether the names mark page furniture to leave out.
pub fn unlikely(names: &str) -> bool {
    if names.is_empty() {
        return false;
    }
    if embed(names) {
        return false;
    }
    any_in(names, ALWAYS) || (any_in(names, UNLIKELY) && !any_in(names, MAYBE))
}

/// Whether the names mark an embedded post (tweet, Instagram) to keep.
pub fn embed(names: &str) -> bool {
    !names.is_empty() && any_in(names, EMBED) && !any_in(names, ADS)
}

/// Whether the names mark an appeal (subscription, donation, consent, bio).
pub fn appeal(names: &str) -> bool {
    !names.is_empty() && any_in(names, APPEAL)
}

/// Readability-style weight: +25 for content-ish names, -25 for furniture.
pub fn weight(names: &str) -> f32 {
    if names.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    if any_in(names, NEGATIVE) {
        w -= 25.0;
    }
    if any_in(names, POSITIVE) {
        w += 25.0;
    }
    if tokens(names).any(|t| t == "articlebody") {
        w += 25.0;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(names: &str, expect: (bool, bool, f32)) {
        assert_eq!((unlikely(names), appeal(names), weight(names)), expect, "{names}");
    }

    #[test]
    fn verdicts() {
        check("", (false, false, 0.0));
        check("article-body", (false, false, 25.0));
        check("site-header", (true, false, 0.0));
        check("main-header", (false, false, 25.0));
        check("comment-body", (true, false, 0.0));
        check("page has-sidebar with-comments", (false, false, 25.0));
        check("newsletter-signup", (true, true, -25.0));
        check("articlebody", (false, false, 50.0));
        check("social-media-embed", (false, false, -25.0));
        check("content-with-sidebar-wrp", (false, false, 0.0));
    }
}
