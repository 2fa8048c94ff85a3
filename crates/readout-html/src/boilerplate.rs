//! Text blocks of an article in, the verdict "not article text" per block out:
//! donation and subscription appeals, consent prompts, "Read more" lines,
//! share prompts, copyright lines and the like, recognised by their wording.
//!
//! Phrases are matched on the lowercased block; long blocks need a strong
//! phrase, so ordinary paragraphs that merely mention a newsletter stay.

/// Phrases that mark a block as boilerplate when it starts with them.
const STARTS: &[&str] = &[
    "read more",
    "read also",
    "read next",
    "related:",
    "related articles",
    "see also",
    "more:",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "share this",
    "share on",
    "share:",
    "advertisement",
    "sponsored",
    "copyright",
    "©",
    "all rights reserved",
    "tags:",
    "filed under",
    "recommended:",
    "also read",
    "don't miss",
    "continue reading",
    "you may also like",
    "we use cookies",
    "this site uses cookies",
    "support now",
    "get the latest",
    "join our",
    "download our app",
    "listen to this",
    "watch:",
    "updated at",
    "updated:",
    "last updated",
    "published:",
    "image source",
    "image copyright",
    "photo credit",
    "have a tip",
];

/// Phrases that mark a short block (under [`SHORT`] characters) anywhere.
const ANYWHERE: &[&str] = &[
    "newsletter",
    "sign up for",
    "subscribe to",
    "subscribe now",
    "support our",
    "your support",
    "donate",
    "become a member",
    "become a subscriber",
    "cookie",
    "privacy policy",
    "terms of service",
    "terms of use",
    "all rights reserved",
    "enable javascript",
    "ad blocker",
    "adblock",
    "log in to",
    "create an account",
    "follow us on",
    "share this article",
    "click here",
    "read more",
    "support now",
    "contribute now",
    "independent journalism",
    "this article was",
    "was originally published",
    "inbox",
    "unlimited access",
    "subscriber",
    "please consider",
    "click to share",
    "opens in a new window",
    "subject to copyright",
    "without the written permission",
    "may be reached at",
];

/// Phrases that mark even a long block (under [`LONG`] characters).
const STRONG: &[&str] = &[
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "support now",
    "your support helps",
    "donate now",
    "sign up to our newsletter",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "make a contribution",
    "become a supporter",
];

const SHORT: usize = 260;
const LONG: usize = 900;

/// Whether a block's wording marks it as boilerplate.
pub fn is_boilerplate(text: &str) -> bool {
    if text.len() > LONG {
        return false;
    }
    let lower = text.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    if STRONG.iter().any(|p| lower.contains(p)) {
        return true;
    }
    if lower.len() > SHORT {
        return false;
    }
    STARTS.iter().any(|p| lower.starts_with(p)) || ANYWHERE.iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: bool) {
        assert_eq!(is_boilerplate(input), expect, "{input}");
    }

    #[test]
    fn verdicts() {
        check("Your support helps us to tell the story. Support Now", true);
        check("We use cookies to improve your experience.", true);
        check("Sign up to our newsletter", true);
        check("READ MORE: Another story", true);
        check("The minister said on Tuesday that the budget would pass.", false);
        check(&format!("{} cookie {}", "a".repeat(200), "b".repeat(200)), false);
    }
}
