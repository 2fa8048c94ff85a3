//! The OpenAPI 3 description of the JSON API, served at `/openapi.json`.
//!
//! In: nothing (the document is written by hand in `web/openapi.json` and
//! embedded at build time). Out: that document as `application/json`. The
//! tests below keep it valid JSON and in step with the routes in `mod.rs`.

use axum::http::header;
use axum::response::IntoResponse;

pub const OPENAPI_JSON: &str = include_str!("../../web/openapi.json");

pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-cache")], OPENAPI_JSON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_every_api_route() {
        let document: serde_json::Value = serde_json::from_str(OPENAPI_JSON).expect("valid JSON");
        assert_eq!(document["openapi"], "3.0.3");
        let paths = document["paths"].as_object().expect("paths");
        for path in ["/api/quotes", "/api/speakers/{name}", "/api/events", "/api/documents/{id}", "/api/extract"] {
            assert!(paths.contains_key(path), "{path} is not described");
        }
        let per_page = &paths["/api/quotes"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|parameter| parameter["name"] == "per_page")
            .unwrap()["schema"]["maximum"];
        assert_eq!(per_page.as_u64(), Some(crate::serve::api::MAX_PER_PAGE as u64));
    }

    #[test]
    fn channel_kinds_are_the_records() {
        let document: serde_json::Value = serde_json::from_str(OPENAPI_JSON).expect("valid JSON");
        let documented = &document["components"]["schemas"]["ChannelKind"]["enum"];
        let kinds: Vec<&str> = readout_record::ChannelKind::ALL.iter().map(|kind| kind.as_str()).collect();
        assert_eq!(documented, &serde_json::json!(kinds));
        let parameters = document["paths"]["/api/quotes"]["get"]["parameters"].as_array().unwrap();
        let channel = parameters.iter().find(|parameter| parameter["name"] == "channel").unwrap();
        assert_eq!(channel["schema"]["$ref"], "#/components/schemas/ChannelKind");
        assert!(parameters.iter().any(|parameter| parameter["name"] == "to"));
    }
}
