//! The words of channels: a lower-cased word in, the channel a head noun
//! names ("interview", "post", "statement", "letter", "call") or whether it
//! is a platform a post is made on ("Facebook", "Truth") out.

use readout_record::ChannelKind;

/// Platforms whose name the text may give bare ("wrote on Facebook").
pub(super) fn is_platform_word(word: &str) -> bool {
    matches!(
        word,
        "twitter"
            | "facebook"
            | "instagram"
            | "telegram"
            | "tiktok"
            | "threads"
            | "bluesky"
            | "linkedin"
            | "youtube"
            | "weibo"
            | "wechat"
            | "mastodon"
            | "substack"
            | "reddit"
            | "truth"
            | "x"
    )
}

/// The kind a head noun gives, where the noun names a channel.
pub(super) fn head_kind(word: &str) -> Option<ChannelKind> {
    Some(match word {
        "interview" | "interviews" => ChannelKind::Interview,
        "post" | "posts" | "tweet" | "tweets" | "thread" => ChannelKind::SocialMedia,
        "statement" | "statements" | "communique" | "communiqué" | "readout" => ChannelKind::Statement,
        "speech" | "address" | "remarks" | "rally" | "lecture" | "sermon" | "keynote" => ChannelKind::Speech,
        "conference" | "briefing" | "availability" => ChannelKind::PressConference,
        "letter" | "letters" => ChannelKind::Letter,
        "programme" | "program" | "show" | "broadcast" | "podcast" => ChannelKind::Broadcast,
        "debate" | "hustings" => ChannelKind::Debate,
        "report" | "memo" | "memoir" | "book" | "op-ed" | "article" | "column" | "essay" | "filing" | "filings"
        | "affidavit" | "testimony" => ChannelKind::Document,
        "call" | "conversation" | "phone" | "telephone" => ChannelKind::Call,
        "meeting" | "talks" | "summit" | "bilateral" | "sidelines" => ChannelKind::Meeting,
        _ => return None,
    })
}
