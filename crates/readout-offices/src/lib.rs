//! Office holders: a role, a country and a date in, the person who held it out.
//!
//! [`OfficeTable::builtin`] is a dated table of heads of state and government
//! (all G20 members, Israel, Jordan, Ireland, Ukraine and the EU, 1990 to
//! date), foreign ministers since 2000, the UK cabinet's main posts and
//! senior US cabinet posts, from `data/office_holders.tsv`. Users extend it with their
//! own TSV ([`OfficeTable::from_tsv`], [`OfficeTable::extend`]).
//! [`OfficeTable::resolve_role`] turns "the Prime Minister" in a British
//! article of 2024-12-18 into Keir Starmer; [`guess_country`] says which
//! country a text is about.

mod country;
mod date;
mod error;
mod holder;
mod roles;
mod table;

pub use country::{countries_by_cues, country_of_cue, guess_country, most_cued_country};
pub use date::{Date, NotADate};
pub use error::OfficeError;
pub use holder::OfficeHolder;
pub use roles::{is_role_phrase, role_country};
pub use table::OfficeTable;
