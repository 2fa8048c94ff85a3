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
}
