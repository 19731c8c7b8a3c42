//! Requests to responses: the URL map of the API and the UI.

use crate::{api, html};
use dateline_document::Technique;
use dateline_store::{SearchRequest, Store};
use percent_encoding::percent_decode_str;
use serde_json::json;
use tiny_http::{Header, Method, Request, Response};

const APP_CSS: &str = include_str!("../assets/app.css");
const APP_JS: &str = include_str!("../assets/app.js");

/// Scripts and styles from /static/ only: nothing in an article can run or restyle the page.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

struct Reply {
    status: u16,
    content_type: &'static str,
    body: String,
}

fn json_reply(status: u16, value: &serde_json::Value) -> Reply {
    Reply {
        status,
        content_type: "application/json; charset=utf-8",
        body: value.to_string(),
    }
}

fn html_reply(status: u16, body: String) -> Reply {
    Reply {
        status,
        content_type: "text/html; charset=utf-8",
        body,
    }
}

fn not_found(api: bool, what: &str) -> Reply {
    if api {
        json_reply(404, &json!({"error": format!("{what} not found")}))
    } else {
        html_reply(404, html::error_page(404, &format!("{what} not found")))
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values are ASCII")
}

pub fn handle(store: &Store, request: Request) {
    let reply = if !matches!(request.method(), Method::Get | Method::Head) {
        json_reply(
            405,
            &json!({"error": "this server is read-only: GET and HEAD only"}),
        )
    } else {
        // A bug in one request's handling must not take a worker, and so the server, down.
        let url = request.url().to_string();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| route(store, &url)))
            .unwrap_or_else(|_| {
                eprintln!("dateline: internal error while answering {url}");
                json_reply(500, &json!({"error": "internal error; please report it"}))
            })
    };
    let mut response = Response::from_string(reply.body)
        .with_status_code(reply.status)
        .with_header(header("Content-Type", reply.content_type))
        .with_header(header("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Referrer-Policy", "no-referrer"))
        .with_header(header("Cache-Control", "no-store"));
    if reply.status == 405 {
        response = response.with_header(header("Allow", "GET, HEAD"));
    }
    // A client that went away is not our error.
    let _ = request.respond(response);
}

fn parameters(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
}

fn parameter(parameters: &[(String, String)], name: &str) -> Option<String> {
    parameters
        .iter()
        .find(|(key, value)| key == name && !value.trim().is_empty())
        .map(|(_, value)| value.trim().to_string())
}

fn search_request(parameters: &[(String, String)]) -> Result<SearchRequest, String> {
    let number = |name: &str, default: usize, max: usize| -> Result<usize, String> {
        match parameter(parameters, name) {
            None => Ok(default),
            Some(value) => value
                .parse::<usize>()
                .map(|n| n.min(max))
                .map_err(|_| format!("{name} must be a number, not {value:?}")),
        }
    };
    let mut request = SearchRequest {
        query: parameter(parameters, "q").unwrap_or_default(),
        in_quotes: parameter(parameters, "in").as_deref() == Some("quotes"),
        speaker: parameter(parameters, "speaker"),
        entity: parameter(parameters, "entity"),
        technique: parameter(parameters, "technique"),
        site: parameter(parameters, "site"),
        since: parameter(parameters, "since"),
        until: parameter(parameters, "until"),
        limit: number("limit", 20, 200)?,
        offset: number("offset", 0, 100_000)?,
    };
    for (name, value) in [("since", &request.since), ("until", &request.until)] {
        if let Some(value) = value {
            if !dateline_store::is_day_filter(value) {
                return Err(format!("{name} takes a date as YYYY-MM-DD, not {value:?}"));
            }
        }
    }
    if let Some(technique) = &request.technique {
        if Technique::from_id(technique).is_none() {
            return Err(format!("unknown technique {technique:?}"));
        }
    }
    request.query.truncate(
        request
            .query
            .char_indices()
            .nth(dateline_store::MAX_QUERY_CHARS)
            .map_or(request.query.len(), |(index, _)| index),
    );
    Ok(request)
}

fn is_article_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|byte| byte.is_ascii_hexdigit())
}

fn route(store: &Store, url: &str) -> Reply {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let parameters = parameters(query);
    let segments: Vec<String> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(|segment| percent_decode_str(segment).decode_utf8_lossy().into_owned())
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let api = segments.first() == Some(&"api");
    let result: Result<Reply, dateline_store::StoreError> = (|| {
        Ok(match segments.as_slice() {
            [] | ["search"] => match search_request(&parameters) {
                Err(message) => html_reply(400, html::error_page(400, &message)),
                Ok(request) => {
                    let searched = !parameters.is_empty();
                    let results = if searched {
                        Some(store.search(&request)?)
                    } else {
                        None
                    };
                    html_reply(200, html::search_page(&request, results.as_ref()))
                }
            },
            ["articles", id] if is_article_id(id) => match store.article_record(id)? {
                None => not_found(false, "article"),
                Some(record) => match serde_json::from_str(&record) {
                    Ok(record) => html_reply(200, html::article_page(&record)),
                    Err(_) => {
                        html_reply(500, html::error_page(500, "stored article is unreadable"))
                    }
                },
            },
            ["speakers"] => html_reply(200, html::speakers_page(&store.speakers(500)?)),
            ["speakers", name] => {
                let quotes = store.quotes_of(name)?;
                if quotes.is_empty() {
                    not_found(false, "speaker")
                } else {
                    html_reply(200, html::speaker_page(name, &quotes))
                }
            }
            ["techniques"] => html_reply(200, html::techniques_page()),
            ["techniques", id] => match Technique::from_id(id) {
                None => not_found(false, "technique"),
                Some(technique) => html_reply(
                    200,
                    html::technique_page(technique, &store.technique_articles(id, 50)?),
                ),
            },
            ["static", "app.css"] => Reply {
                status: 200,
                content_type: "text/css; charset=utf-8",
                body: APP_CSS.to_string(),
            },
            ["static", "app.js"] => Reply {
                status: 200,
                content_type: "text/javascript; charset=utf-8",
                body: APP_JS.to_string(),
            },
            ["api", "openapi.json"] => Reply {
                status: 200,
                content_type: "application/json; charset=utf-8",
                body: api::OPENAPI.to_string(),
            },
            ["api", "search"] => match search_request(&parameters) {
                Err(message) => json_reply(400, &json!({"error": message})),
                Ok(request) => {
                    json_reply(200, &api::search_results_to_json(&store.search(&request)?))
                }
            },
            ["api", "articles", id] if is_article_id(id) => match store.article_record(id)? {
                None => not_found(true, "article"),
                Some(record) => Reply {
                    status: 200,
                    content_type: "application/json; charset=utf-8",
                    body: record,
                },
            },
            ["api", "speakers"] => {
                let limit = parameter(&parameters, "limit")
                    .and_then(|value| value.parse::<usize>().ok())
                    .unwrap_or(100)
                    .min(1000);
                json_reply(200, &api::speakers_to_json(&store.speakers(limit)?))
            }
            ["api", "speakers", name] => {
                let quotes = store.quotes_of(name)?;
                if quotes.is_empty() {
                    not_found(true, "speaker")
                } else {
                    json_reply(200, &api::speaker_quotes_to_json(name, &quotes))
                }
            }
            ["api", "techniques"] => json_reply(
                200,
                &serde_json::Value::Array(
                    Technique::ALL
                        .iter()
                        .map(|technique| api::technique_to_json(*technique, None))
                        .collect(),
                ),
            ),
            ["api", "techniques", id] => match Technique::from_id(id) {
                None => not_found(true, "technique"),
                Some(technique) => json_reply(
                    200,
                    &api::technique_to_json(technique, Some(&store.technique_articles(id, 50)?)),
                ),
            },
            _ => not_found(api, "page"),
        })
    })();
    match result {
        Ok(reply) => reply,
        Err(error) => {
            eprintln!("dateline: {error}");
            if api {
                json_reply(500, &json!({"error": "the store could not answer"}))
            } else {
                html_reply(500, html::error_page(500, "the store could not answer"))
            }
        }
    }
}
