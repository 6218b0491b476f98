//! Writes the conformance report of this build: runs every clinical reference case of
//! `tests/cases/` through the engine (the runner `tests/clinical_cases.rs` uses) and prints
//! the report as JSON, or writes it to the file named as the one argument. The release
//! build's post_build hook runs it (`cargo run --example conformance`), so every build's
//! `conformance.html` shows what this engine does with these cases, even where no test ran.
//!
//! It exits 0 when it wrote a report, failed cases or not: the page shows them, and the test
//! command (`cargo test`) is what fails on them.

use std::process::ExitCode;

use backstep::conformance::{own_cases_dir, report, run_folder};

fn main() -> ExitCode {
    let run = match run_folder(&own_cases_dir()) {
        Ok(run) => run,
        Err(problem) => {
            eprintln!("conformance: {problem}");
            return ExitCode::FAILURE;
        }
    };
    let json = serde_json::to_string_pretty(&report(&run)).unwrap_or_default();
    match std::env::args().nth(1) {
        Some(path) => {
            if let Err(error) = std::fs::write(&path, json) {
                eprintln!("conformance: cannot write {path}: {error}");
                return ExitCode::FAILURE;
            }
            eprintln!(
                "conformance: {} cases, {} passed, written to {path}",
                run.cases.len(),
                run.passed()
            );
        }
        None => println!("{json}"),
    }
    ExitCode::SUCCESS
}
