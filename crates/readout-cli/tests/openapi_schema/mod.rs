//! A JSON value checked against a schema of `web/openapi.json`, strictly.
//!
//! In: the OpenAPI document and a response body. Out: the list of places
//! where the body breaks the schema: a missing required property, a
//! property the schema does not describe, a null where `nullable` is not
//! set, a wrong type, a value outside an `enum`. Schemathesis (in
//! `tests/e2e/run.sh`) checks the same with generated requests against the
//! examples' database, where the analysis leaves most fields null; this
//! runs on responses built to fill every field. It knows the parts of
//! OpenAPI 3.0 the document uses: `$ref`, `allOf`, `type`, `nullable`,
//! `enum`, `required`, `properties`, `additionalProperties`, `items`.

#![allow(dead_code)]

use serde_json::Value;

/// Where `value` breaks the schema `schema` (a `$ref` or an inline schema)
/// of `document`; empty when it conforms. `path` names the value in the
/// messages.
pub fn violations(document: &Value, schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let mut found = Vec::new();
    check(document, schema, value, path, &mut found);
    found
}

/// The schema a `$ref` such as `#/components/schemas/QuoteRow` points at.
fn resolve<'a>(document: &'a Value, reference: &str) -> &'a Value {
    let pointer = reference.strip_prefix('#').unwrap_or_else(|| panic!("external $ref {reference}"));
    document.pointer(pointer).unwrap_or_else(|| panic!("$ref {reference} points at nothing"))
}

fn check(document: &Value, schema: &Value, value: &Value, path: &str, found: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return check(document, resolve(document, reference), value, path, found);
    }
    if value.is_null() {
        if schema.get("nullable") != Some(&Value::Bool(true)) {
            found.push(format!("{path}: null, and the schema is not nullable"));
        }
        return;
    }
    for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        check(document, part, value, path, found);
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            found.push(format!("{path}: {value} is not one of {}", Value::Array(allowed.clone())));
        }
    }
    let Some(expected) = schema.get("type").and_then(Value::as_str) else { return };
    let fits = match expected {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        other => panic!("{path}: the checker does not know type {other}"),
    };
    if !fits {
        found.push(format!("{path}: {value} is not of type {expected}"));
        return;
    }
    if let (Some(items), Some(values)) = (schema.get("items"), value.as_array()) {
        for (index, item) in values.iter().enumerate() {
            check(document, items, item, &format!("{path}[{index}]"), found);
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let name = required.as_str().unwrap_or_default();
            if !object.contains_key(name) {
                found.push(format!("{path}: required property `{name}` is missing"));
            }
        }
        let additional = schema.get("additionalProperties");
        for (name, property) in object {
            let inner = format!("{path}.{name}");
            match (properties.and_then(|properties| properties.get(name)), additional) {
                (Some(property_schema), _) => check(document, property_schema, property, &inner, found),
                (None, Some(additional)) if additional.is_object() => {
                    check(document, additional, property, &inner, found);
                }
                // The document describes every property the API sends,
                // even where it would allow more.
                (None, _) if properties.is_some() => found.push(format!("{inner}: not described by the schema")),
                (None, _) => {}
            }
        }
    }
}

/// The schema of the `200` JSON response of `method` on `path`.
pub fn response_schema<'a>(document: &'a Value, path: &str, method: &str) -> &'a Value {
    &document["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
}
