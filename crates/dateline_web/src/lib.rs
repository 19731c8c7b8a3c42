//! `dateline serve`: a read-only HTTP server over a corpus store, with a JSON API (described by
//! `openapi.json`, served at `/api/openapi.json`) and a web UI rendered on the server.
//!
//! Safety: the server only reads (GET and HEAD; anything else is 405); no request path reaches
//! the file system (static files are compiled in, articles come from the store by id); every
//! page sends a Content-Security-Policy that allows scripts and styles from this server's
//! /static/ only, so nothing from an article can run; it binds to 127.0.0.1 unless told
//! otherwise.

pub mod api;
pub mod html;
mod routes;

use dateline_store::{Access, Store, StoreError};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {address}: {message}")]
    Bind { address: String, message: String },
}

/// The running server's address, known once it listens (port 0 picks a free port).
pub struct Listening {
    pub address: SocketAddr,
}

/// Serves the store in `database` on `address` with `workers` threads until the process ends.
/// `on_listening` is called once the socket is bound.
pub fn serve(
    database: &Path,
    address: &str,
    workers: usize,
    on_listening: impl FnOnce(&Listening),
) -> Result<(), ServeError> {
    // Open once up front so that a missing or unreadable store is reported before listening.
    Store::open(database, Access::ReadOnly)?;
    let server = tiny_http::Server::http(address).map_err(|error| ServeError::Bind {
        address: address.to_string(),
        message: error.to_string(),
    })?;
    let bound = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| ServeError::Bind {
            address: address.to_string(),
            message: "not an IP address".to_string(),
        })?;
    on_listening(&Listening { address: bound });
    let server = Arc::new(server);
    let database: PathBuf = database.to_path_buf();
    let handles: Vec<_> = (0..workers.max(1))
        .map(|_| {
            let server = Arc::clone(&server);
            let database = database.clone();
            std::thread::spawn(move || {
                // One read-only store per worker: SQLite connections are not shared between
                // threads.
                let store = match Store::open(&database, Access::ReadOnly) {
                    Ok(store) => store,
                    Err(error) => {
                        eprintln!("dateline: {error}");
                        return;
                    }
                };
                for request in server.incoming_requests() {
                    routes::handle(&store, request);
                }
            })
        })
        .collect();
    for handle in handles {
        let _ = handle.join();
    }
    Ok(())
}

/// Whether an address is the loopback interface (the only one served without `--public`).
pub fn is_loopback(address: &str) -> bool {
    match address.parse::<SocketAddr>() {
        Ok(socket) => socket.ip().is_loopback(),
        Err(_) => address.starts_with("localhost:"),
    }
}
