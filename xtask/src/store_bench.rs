//! `cargo xtask bench store`: the corpus store at the scale of the evaluation data and of a
//! synthetic corpus grown from it.
//!
//! 1. Ingest every page under the corpus (HTML and text, about 1,700) with `--jobs 1`:
//!    articles per second per core, store size per 1,000 articles.
//! 2. Grow a synthetic corpus (default 100,000 articles) from the text pages: each article takes
//!    a title and sentences from random real articles, an outlet among 60 and a day among ten
//!    years (both in its URL); ingest it with `--jobs 1` into a fresh store the same way.
//! 3. 1,000 varied queries (words, phrases, prefixes, OR, NOT, filters) against `dateline serve`
//!    on the large store, one at a time: p50 and p99.
//! 4. 32 concurrent clients for 30 s against `serve` while an ingest adds articles: errors, p99.
//! 5. kill -9 during an ingest at 20 random moments, then a full run: the store must hold one
//!    article per distinct input, the same as a clean ingest, with the same quotations.

use crate::{check_floors, Limit};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut value = self.0;
        value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        value ^ (value >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }
}

fn pages_under(folder: &Path, pages: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let name = path.to_string_lossy();
        if path.is_dir() {
            pages_under(&path, pages);
        } else if name.ends_with(".txt") || name.ends_with(".html") || name.ends_with(".html.gz") {
            pages.push(path);
        }
    }
}

fn folder_bytes(folder: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    entries
        .filter_map(|entry| entry.ok())
        .map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                folder_bytes(&path)
            } else {
                entry.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

fn ingest(dateline: &Path, inputs: &[PathBuf], db: &Path, jobs: usize) -> Result<f64, String> {
    let started = Instant::now();
    let output = Command::new(dateline)
        .arg("ingest")
        .args(inputs)
        .args([
            "--db",
            &db.to_string_lossy(),
            "--quiet",
            "--jobs",
            &jobs.to_string(),
        ])
        .output()
        .map_err(|error| error.to_string())?;
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if let Some(last) = stderr.lines().last() {
        println!("  {last}");
    }
    Ok(seconds)
}

fn stored_count(dateline: &Path, db: &Path) -> Result<u64, String> {
    let output = Command::new(dateline)
        .args([
            "search",
            "",
            "--db",
            &db.to_string_lossy(),
            "--format",
            "json",
            "--limit",
            "1",
        ])
        .output()
        .map_err(|error| error.to_string())?;
    let value: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|error| error.to_string())?;
    value["total"].as_u64().ok_or("no total".to_string())
}

/// Writes the synthetic corpus as JSON Lines files of 1,000 records; returns their paths.
fn synthesise(
    texts: &[String],
    count: usize,
    out: &Path,
    random: &mut Random,
) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(out).map_err(|error| error.to_string())?;
    let sentences: Vec<Vec<&str>> = texts
        .iter()
        .map(|text| {
            text.lines()
                .map(str::trim)
                .filter(|line| line.len() > 30)
                .collect()
        })
        .filter(|lines: &Vec<&str>| lines.len() > 3)
        .collect();
    let mut files = Vec::new();
    let mut written = 0;
    while written < count {
        let path = out.join(format!("synthetic-{:06}.jsonl", files.len()));
        let mut lines = String::new();
        for _ in 0..1000.min(count - written) {
            let title_source = &sentences[random.below(sentences.len())];
            let title: String = title_source[0].chars().take(90).collect();
            let mut body = Vec::new();
            // Paragraphs from two or three real articles, so that quotations and speakers carry
            // over and the text differs from every source.
            for _ in 0..2 + random.below(2) {
                let source = &sentences[random.below(sentences.len())];
                let start = random.below(source.len().saturating_sub(4)) + 1;
                let length = 3 + random.below(6);
                body.extend(source.iter().skip(start).take(length).copied());
            }
            let outlet = random.below(60);
            let (year, month, day) = (
                2015 + random.below(10),
                1 + random.below(12),
                1 + random.below(28),
            );
            let url = format!(
                "https://www.outlet{outlet:02}.example/{year}/{month:02}/{day:02}/story-{written}"
            );
            let text = format!("{title}\n\n{}\n", body.join("\n\n"));
            lines.push_str(&serde_json::json!({"url": url, "text": text}).to_string());
            lines.push('\n');
            written += 1;
        }
        std::fs::write(&path, lines).map_err(|error| error.to_string())?;
        files.push(path);
    }
    Ok(files)
}

struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dateline: &Path, db: &Path) -> Result<Server, String> {
    let mut child = Command::new(dateline)
        .args([
            "serve",
            "--db",
            &db.to_string_lossy(),
            "--addr",
            "127.0.0.1:0",
            "--jobs",
            "4",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| error.to_string())?;
    let mut line = String::new();
    BufReader::new(child.stderr.take().ok_or("no stderr")?)
        .read_line(&mut line)
        .map_err(|error| error.to_string())?;
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .ok_or(format!("serve did not start: {line}"))?
        .to_string();
    Ok(Server { child, address })
}

fn http_get(address: &str, path: &str) -> Result<u16, String> {
    let mut stream = TcpStream::connect(address).map_err(|error| error.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|error| error.to_string())?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .map_err(|error| error.to_string())?;
    let mut reply = Vec::new();
    stream
        .read_to_end(&mut reply)
        .map_err(|error| error.to_string())?;
    let head = String::from_utf8_lossy(&reply[..reply.len().min(64)]).into_owned();
    head.split_whitespace()
        .nth(1)
        .and_then(|status| status.parse().ok())
        .ok_or(format!("bad reply {head:?}"))
}

fn percentile(sorted: &[f64], share: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * share).round() as usize]
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() {
                (byte as char).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// 1,000 varied queries built from the corpus's own words.
fn queries(texts: &[String], random: &mut Random) -> Vec<String> {
    let words: Vec<String> = texts
        .iter()
        .flat_map(|text| text.split_whitespace())
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| word.len() > 3 && word.chars().all(char::is_alphabetic))
        .take(200_000)
        .collect();
    let techniques = [
        "loaded_language",
        "name_calling_labeling",
        "doubt",
        "flag_waving",
    ];
    let pick = |random: &mut Random| words[random.below(words.len())].clone();
    (0..1000)
        .map(|index| {
            let query = match index % 6 {
                0 => pick(random),
                1 => format!("{} {}", pick(random), pick(random)),
                2 => format!("\"{} {}\"", pick(random), pick(random)),
                3 => format!("{}*", &pick(random)[..3]),
                4 => format!("{} OR {} -{}", pick(random), pick(random), pick(random)),
                _ => pick(random),
            };
            let mut path = format!("/api/search?q={}&limit=20", encode(&query));
            match index % 5 {
                1 => path.push_str(&format!("&since={}-01-01", 2016 + random.below(8))),
                2 => path.push_str(&format!("&technique={}", techniques[random.below(4)])),
                3 => path.push_str("&in=quotes"),
                4 => path.push_str(&format!("&site=www.outlet{:02}.example", random.below(60))),
                _ => {}
            }
            path
        })
        .collect()
}

pub fn bench(
    root: &Path,
    data: &Path,
    articles: usize,
    floors: Option<&Path>,
) -> Result<bool, String> {
    let dateline = root.join("target/release/dateline");
    let work = root.join("target/bench-store");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|error| error.to_string())?;
    let mut random = Random(2026);

    let mut pages = Vec::new();
    pages_under(data, &mut pages);
    println!("store: {} pages under {}", pages.len(), data.display());
    let small = work.join("corpus-small");
    let seconds = ingest(&dateline, &pages, &small, 1)?;
    let small_count = stored_count(&dateline, &small)?;
    let small_rate = small_count as f64 / seconds;
    let small_bytes = folder_bytes(&small);
    println!(
        "  ingest, one core: {small_count} articles in {seconds:.1} s = {small_rate:.0} articles/s; store {:.1} MB = {:.1} MB per 1,000 articles",
        small_bytes as f64 / 1e6,
        small_bytes as f64 / 1e6 / small_count.max(1) as f64 * 1000.0
    );

    let texts: Vec<String> = pages
        .iter()
        .filter(|path| path.to_string_lossy().ends_with(".txt"))
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    let synthetic = synthesise(&texts, articles, &work.join("synthetic"), &mut random)?;
    // The same kind of articles at the scale of the evaluation data, for the growth ratio.
    let first_files: Vec<PathBuf> = synthetic.iter().take(2).cloned().collect();
    let start_store = work.join("corpus-synthetic-small");
    let seconds = ingest(&dateline, &first_files, &start_store, 1)?;
    let start_count = stored_count(&dateline, &start_store)?;
    let start_rate = start_count as f64 / seconds;
    println!("  synthetic, first {start_count} articles, one core: {start_rate:.0} articles/s");
    let large = work.join("corpus-large");
    println!(
        "synthetic corpus: {articles} articles in {} files",
        synthetic.len()
    );
    let seconds = ingest(&dateline, &synthetic, &large, 1)?;
    let large_count = stored_count(&dateline, &large)?;
    let large_rate = large_count as f64 / seconds;
    let large_bytes = folder_bytes(&large);
    println!(
        "  ingest, one core: {large_count} articles in {seconds:.1} s = {large_rate:.0} articles/s ({:.2}x the rate at {start_count}; target: within 2x); store {:.1} MB = {:.1} MB per 1,000 articles",
        large_rate / start_rate.max(1e-9),
        large_bytes as f64 / 1e6,
        large_bytes as f64 / 1e6 / large_count.max(1) as f64 * 1000.0
    );

    // Latency, one query at a time.
    let server = serve(&dateline, &large)?;
    let mut latencies = Vec::new();
    let mut failures = 0;
    for path in queries(&texts, &mut random) {
        let started = Instant::now();
        match http_get(&server.address, &path) {
            Ok(200) => latencies.push(started.elapsed().as_secs_f64() * 1000.0),
            _ => failures += 1,
        }
    }
    latencies.sort_by(f64::total_cmp);
    let (p50, p99) = (percentile(&latencies, 0.5), percentile(&latencies, 0.99));
    println!(
        "search over {large_count} articles, 1,000 varied queries through the API: p50 {p50:.1} ms, p99 {p99:.1} ms (target p99 < 50 ms); {failures} failed"
    );

    // Load: 32 clients for 30 s while an ingest adds articles.
    let extra = synthesise(
        &texts,
        20_000,
        &work.join("synthetic-extra"),
        &mut Random(7),
    )?;
    let mut ingest_child = Command::new(&dateline)
        .arg("ingest")
        .args(&extra)
        .args(["--db", &large.to_string_lossy(), "--quiet", "--jobs", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| error.to_string())?;
    let load_queries = Arc::new(queries(&texts, &mut random));
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicUsize::new(0));
    let samples = Arc::new(Mutex::new(Vec::new()));
    let clients: Vec<_> = (0..32)
        .map(|client| {
            let (address, stop, errors, samples, load_queries) = (
                server.address.clone(),
                Arc::clone(&stop),
                Arc::clone(&errors),
                Arc::clone(&samples),
                Arc::clone(&load_queries),
            );
            std::thread::spawn(move || {
                let mut index = client * 31;
                let mut mine = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let path = &load_queries[index % load_queries.len()];
                    index += 1;
                    let started = Instant::now();
                    match http_get(&address, path) {
                        Ok(200) => mine.push(started.elapsed().as_secs_f64() * 1000.0),
                        _ => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                samples.lock().map(|mut all| all.extend(mine)).ok();
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(30));
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        let _ = client.join();
    }
    let _ = ingest_child.kill();
    let _ = ingest_child.wait();
    drop(server);
    let mut load = samples.lock().map(|all| all.clone()).unwrap_or_default();
    load.sort_by(f64::total_cmp);
    let load_errors = errors.load(Ordering::Relaxed);
    println!(
        "API under load: 32 clients for 30 s during an ingest: {} requests ({:.0}/s), {load_errors} errors, p50 {:.1} ms, p99 {:.1} ms",
        load.len(),
        load.len() as f64 / 30.0,
        percentile(&load, 0.5),
        percentile(&load, 0.99)
    );

    // kill -9 at 20 random moments, then a full run; compare with a clean ingest.
    let inputs: Vec<PathBuf> = synthetic.iter().take(3).cloned().collect();
    let killed = work.join("corpus-killed");
    let clean = work.join("corpus-clean");
    ingest(&dateline, &inputs, &clean, 1)?;
    for _ in 0..20 {
        let mut child = Command::new(&dateline)
            .arg("ingest")
            .args(&inputs)
            .args(["--db", &killed.to_string_lossy(), "--quiet", "--jobs", "1"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| error.to_string())?;
        std::thread::sleep(Duration::from_millis(50 + random.below(2000) as u64));
        let _ = child.kill();
        let _ = child.wait();
    }
    ingest(&dateline, &inputs, &killed, 1)?;
    let speakers = |db: &Path| -> Result<String, String> {
        let output = Command::new(&dateline)
            .args([
                "speakers",
                "--db",
                &db.to_string_lossy(),
                "--format",
                "csv",
                "--limit",
                "100000",
            ])
            .output()
            .map_err(|error| error.to_string())?;
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let (killed_count, clean_count) = (
        stored_count(&dateline, &killed)?,
        stored_count(&dateline, &clean)?,
    );
    let same_quotes = speakers(&killed)? == speakers(&clean)?;
    let kill_ok = killed_count == clean_count && same_quotes;
    println!(
        "kill -9 during ingest, 20 times, then a full run: {killed_count} articles (a clean ingest of the same {} records: {clean_count}); quotations and speakers {}",
        inputs.len() * 1000,
        if same_quotes { "identical" } else { "DIFFER" }
    );

    let mut passed = kill_ok && failures == 0 && load_errors == 0;
    let figures = [
        (
            "store.ingest_articles_per_second",
            small_rate,
            Limit::AtLeast,
        ),
        (
            "store.ingest_rate_ratio_large_to_small",
            large_rate / start_rate.max(1e-9),
            Limit::AtLeast,
        ),
        ("store.search_p99_ms", p99, Limit::AtMost),
    ];
    if let Some(floors) = floors {
        passed &= check_floors(floors, &figures)?;
    }
    if !kill_ok {
        println!("FAILED: the interrupted store differs from a clean one");
    }
    Ok(passed)
}
