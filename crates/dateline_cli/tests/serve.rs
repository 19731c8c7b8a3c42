//! `dateline serve` end to end: the API against its OpenAPI document, the pages, hostile article
//! content escaped, the Content-Security-Policy, read-only, and refusal of public addresses
//! without --public.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;

use common::{dateline, serve_fixture_corpus, ServedCorpus};
use serde_json::Value;

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

fn request(server: &ServedCorpus, method: &str, path: &str) -> Reply {
    let mut stream = TcpStream::connect(&server.address).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (headers, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = headers.split_whitespace().nth(1).unwrap().parse().unwrap();
    Reply {
        status,
        headers: headers.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

fn get(server: &ServedCorpus, path: &str) -> Reply {
    request(server, "GET", path)
}

/// Checks `value` against an OpenAPI schema: types, required properties, arrays, $ref, allOf.
fn conforms(value: &Value, schema: &Value, document: &Value, at: &str) -> Result<(), String> {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap();
        return conforms(
            value,
            &document["components"]["schemas"][name],
            document,
            at,
        );
    }
    if let Some(parts) = schema["allOf"].as_array() {
        for part in parts {
            conforms(value, part, document, at)?;
        }
        return Ok(());
    }
    if value.is_null() {
        return if schema["nullable"] == Value::Bool(true) || schema.get("type").is_none() {
            Ok(())
        } else {
            Err(format!("{at}: null where {schema} is expected"))
        };
    }
    let fits = match schema["type"].as_str() {
        None => true,
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer") => value.is_u64() || value.is_i64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some(other) => return Err(format!("{at}: unknown type {other}")),
    };
    if !fits {
        return Err(format!("{at}: {value} is not of type {}", schema["type"]));
    }
    for name in schema["required"].as_array().into_iter().flatten() {
        let name = name.as_str().unwrap();
        if value.get(name).is_none() {
            return Err(format!("{at}: required property {name} is missing"));
        }
    }
    if let Some(properties) = schema["properties"].as_object() {
        for (name, property) in properties {
            if let Some(inner) = value.get(name) {
                conforms(inner, property, document, &format!("{at}.{name}"))?;
            }
        }
    }
    if let (Some(items), Some(values)) = (schema.get("items"), value.as_array()) {
        for (index, item) in values.iter().enumerate() {
            conforms(item, items, document, &format!("{at}[{index}]"))?;
        }
    }
    Ok(())
}

#[test]
fn api_responses_follow_the_openapi_document() {
    let server = serve_fixture_corpus();
    let openapi: Value = serde_json::from_str(&get(&server, "/api/openapi.json").body).unwrap();
    let search: Value =
        serde_json::from_str(&get(&server, "/api/search?q=grain&limit=5").body).unwrap();
    let id = search["hits"][0]["id"].as_str().unwrap().to_string();
    let calls = [
        (
            "/api/search",
            "/api/search?q=council&in=all&since=2000-01-01".to_string(),
        ),
        ("/api/articles/{id}", format!("/api/articles/{id}")),
        ("/api/speakers", "/api/speakers".to_string()),
        (
            "/api/speakers/{name}",
            "/api/speakers/Pavel%20Ostrovsky".to_string(),
        ),
        ("/api/techniques", "/api/techniques".to_string()),
        (
            "/api/techniques/{id}",
            "/api/techniques/loaded_language".to_string(),
        ),
    ];
    let documented: Vec<&String> = openapi["paths"].as_object().unwrap().keys().collect();
    for (template, path) in &calls {
        assert!(
            documented.iter().any(|d| d == template),
            "{template} is not documented"
        );
        let reply = get(&server, path);
        assert_eq!(reply.status, 200, "{path}: {}", reply.body);
        assert!(
            reply.headers.contains("content-type: application/json"),
            "{path}"
        );
        let body: Value = serde_json::from_str(&reply.body).unwrap();
        let schema = &openapi["paths"][template]["get"]["responses"]["200"]["content"]
            ["application/json"]["schema"];
        conforms(&body, schema, &openapi, path).unwrap();
    }
    // Errors are JSON too, in the documented shape.
    for path in [
        "/api/articles/ffffffffffffffffffffffffffffffff",
        "/api/search?since=yesterday",
    ] {
        let reply = get(&server, path);
        assert!(reply.status >= 400, "{path}");
        let body: Value = serde_json::from_str(&reply.body).unwrap();
        conforms(
            &body,
            &openapi["components"]["schemas"]["Error"],
            &openapi,
            path,
        )
        .unwrap();
    }
}

/// The elements dateline's pages are made of; anything else in a page came from an article.
const OUR_TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "link",
    "script",
    "body",
    "header",
    "nav",
    "a",
    "main",
    "form",
    "input",
    "select",
    "option",
    "button",
    "div",
    "label",
    "p",
    "ol",
    "ul",
    "li",
    "mark",
    "blockquote",
    "article",
    "h1",
    "h2",
    "dl",
    "dt",
    "dd",
    "span",
    "aside",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

/// The insides of every `<...>` of a page (escaped text holds no `<`).
fn tags(page: &str) -> Vec<&str> {
    page.split('<')
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or(rest))
        .collect()
}

#[test]
fn hostile_article_content_is_escaped_and_cannot_run() {
    let server = serve_fixture_corpus();
    let search: Value =
        serde_json::from_str(&get(&server, "/api/search?q=council%20leader").body).unwrap();
    let hit = search["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|hit| {
            hit["title"]
                .as_str()
                .is_some_and(|title| title.starts_with("Council news"))
        })
        .expect("the hostile page is stored");
    let id = hit["id"].as_str().unwrap();
    for path in [
        format!("/articles/{id}"),
        "/search?q=council".to_string(),
        "/search?q=answer&in=quotes".to_string(),
        "/speakers".to_string(),
        "/speakers/John%20Smith".to_string(),
    ] {
        let reply = get(&server, &path);
        assert_eq!(reply.status, 200, "{path}");
        assert!(
            reply
                .headers
                .contains("content-security-policy: default-src 'none'; script-src 'self'"),
            "{path}"
        );
        let page = reply.body.to_ascii_lowercase();
        // The only script is ours; article markup shows as text.
        assert_eq!(page.matches("<script").count(), 1, "{path}");
        assert!(page.contains("<script src=\"/static/app.js\" defer></script>"));
        for tag in tags(&page) {
            let name = tag
                .trim_start_matches('/')
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("");
            assert!(
                OUR_TAGS.contains(&name),
                "{path}: tag <{tag}> is not one of ours"
            );
            let attributes = tag.split_whitespace().skip(1);
            for attribute in attributes {
                assert!(
                    !attribute.starts_with("on"),
                    "{path}: event handler in <{tag}>"
                );
                assert!(
                    !attribute.starts_with("style="),
                    "{path}: inline style in <{tag}>"
                );
                assert!(
                    !attribute.contains("javascript:"),
                    "{path}: script link in <{tag}>"
                );
            }
        }
    }
    let article = get(&server, &format!("/articles/{id}")).body;
    assert!(article.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;"));
    assert!(
        article.contains("href=\\&quot;javascript:alert(&#39;link&#39;)")
            || article.contains("href=&quot;javascript:alert(&#39;link&#39;)"),
        "the link shows as text"
    );
    // dateline keeps only http(s) page URLs, so the hostile URL never reaches the page.
    assert!(!article.contains("alert(&#39;url&#39;)"));
}

#[test]
fn pages_show_the_layers_and_the_server_is_read_only() {
    let server = serve_fixture_corpus();
    let search = get(&server, "/search?q=grain");
    assert!(search.body.contains("<mark>grain</mark>"));
    let id = search
        .body
        .split("href=\"/articles/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let article = get(&server, &format!("/articles/{id}")).body;
    assert!(
        article.contains("class=\"q s0\""),
        "quotations underlined by speaker"
    );
    assert!(article.contains("e e-place"), "places marked");
    assert!(
        article.contains("data-layer=\"techniques\""),
        "layer switches"
    );
    assert!(article.contains("<aside class=\"quotes\">"));
    let speaker = get(&server, "/speakers/Pavel%20Ostrovsky");
    assert_eq!(speaker.status, 200);
    assert!(speaker.body.contains("Polar Agency"));
    let technique = get(&server, "/techniques/loaded_language");
    assert!(technique.body.contains("Limits:"));
    assert_eq!(get(&server, "/static/app.js").status, 200);
    assert_eq!(get(&server, "/static/../Cargo.toml").status, 404);
    assert_eq!(get(&server, "/articles/..%2F..%2Fetc%2Fpasswd").status, 404);
    assert_eq!(request(&server, "POST", "/api/search").status, 405);
    assert_eq!(request(&server, "DELETE", "/articles/x").status, 405);
}

#[test]
fn public_addresses_need_an_explicit_flag() {
    let (status, _, stderr) = dateline(&["serve", "--db", "/nonexistent", "--addr", "0.0.0.0:0"]);
    assert_eq!(status, Some(2));
    assert!(stderr.contains("--public"), "{stderr}");
}
