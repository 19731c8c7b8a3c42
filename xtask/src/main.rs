//! Project automation that needs more than cargo: benchmarks beside the peers the issues name.
//!
//! `cargo xtask bench extraction --data ../shared/corpus [--no-peer] [--no-floors]`
//! builds dateline in release mode, installs the Python peer (trafilatura, pinned) into a
//! virtualenv under target/, and runs bench/extraction.py, which scores and times both in one run
//! and checks dateline's figures against bench/floors.json.
//!
//! `cargo xtask bench quotes --data ../shared/corpus` runs bench/quotes.py on PolNeAR.
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
    if target == "store" {
        run_checked(Command::new(env!("CARGO")).current_dir(&root).args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "dateline_cli",
        ]))?;
        let floors = root.join("bench/floors.json");
        let passed = store_bench::bench(
            &root,
            Path::new(&data),
            articles,
            with_floors.then_some(floors.as_path()),
        )?;
        return Ok(if passed {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    if target == "techniques" {
        let python = if with_peer {
            Some(peer_python(&root)?)
        } else {
            None
        };
        let floors = root.join("bench/floors.json");
        let passed = techniques::bench(
            &root,
            Path::new(&data),
            python.as_deref(),
            with_floors.then_some(floors.as_path()),
        )?;
        return Ok(if passed {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    run_checked(Command::new(env!("CARGO")).current_dir(&root).args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "dateline_cli",
    ]))?;
    let mut bench = Command::new("python3");
    bench
        .current_dir(&root)
        .arg(format!("bench/{target}.py"))
        .arg("--dateline")
        .arg(root.join("target/release/dateline"))
        .arg("--data")
        .arg(&data);
    // The quotation benchmark has no peer yet (textacy needs a spaCy model, and the registries
    // hold only unofficial copies of one); it scores dateline alone.
    if with_peer && target == "extraction" {
        bench.arg("--peer-python").arg(peer_python(&root)?);
    }
    if with_floors {
        bench.arg("--floors").arg(root.join("bench/floors.json"));
    }
    let status = bench
        .status()
        .map_err(|error| format!("cannot run python3: {error}"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

/// A virtualenv under target/ with the peer installed; created once, reused afterwards.
fn peer_python(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target/bench-venv");
    let python = venv.join("bin/python");
    let marker = venv.join(format!("installed-{}", PEER_PACKAGES.join("_")));
    if !marker.exists() {
        eprintln!(
            "xtask: installing {} into {}",
            PEER_PACKAGES.join(", "),
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
                .args(PEER_PACKAGES),
        )?;
        std::fs::write(&marker, "").map_err(|error| error.to_string())?;
    }
    Ok(python)
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
