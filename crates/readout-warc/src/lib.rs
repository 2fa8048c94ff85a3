//! WARC archives in (plain, gzip per record as Common Crawl writes them, or one gzip
//! stream), records out: each with its byte offset, type, target URI, date and, for
//! `response` records, the HTTP status, content type, charset and decoded body.
//!
//! ```no_run
//! for item in readout_warc::open(std::path::Path::new("crawl.warc.gz"))? {
//!     match item {
//!         Ok(record) if record.is_html_response() => println!("{:?}", record.target_uri),
//!         Ok(_) => {}
//!         Err(error) => eprintln!("{error}"),
//!     }
//! }
//! # Ok::<(), std::io::Error>(())
//! ```

mod chunked;
mod content_encoding;
mod error;
mod http_response;
mod member_stream;
mod raw_input;
mod reader;
mod record;
mod warc_header;

pub use error::WarcError;
pub use reader::{open, WarcReader, DEFAULT_MAX_RECORD_BYTES};
pub use record::{HttpResponse, WarcRecord};
