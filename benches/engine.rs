//! Times `assess` natively over every reference case in tests/cases/ (`scripts/bench.sh` runs
//! it and folds its JSON line into the benchmark report). Not a test: times are never asserted.

use std::hint::black_box;
use std::time::Instant;

use backstep::engine::{assess, parse_answers, Answers};

fn reference_answers() -> Vec<Answers> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut answers = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/cases")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let text = std::fs::read_to_string(path).expect("a case file");
        let cases: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        for case in cases.as_array().into_iter().flatten() {
            if let Ok(parsed) = parse_answers(&case["answers"].to_string()) {
                answers.push(parsed);
            }
        }
    }
    answers
}

fn main() {
    let answers = reference_answers();
    const ROUNDS: usize = 60;
    const REPEAT: usize = 100;
    let mut per_call_ns: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..REPEAT {
                for a in &answers {
                    black_box(assess(black_box(a)));
                }
            }
            start.elapsed().as_nanos() as f64 / (REPEAT * answers.len()) as f64
        })
        .collect();
    per_call_ns.sort_by(f64::total_cmp);
    let at = |q: f64| per_call_ns[((per_call_ns.len() - 1) as f64 * q).round() as usize];
    println!(
        "{{\"cases\":{},\"rounds\":{ROUNDS},\"calls_per_round\":{},\"median_ns\":{:.1},\"p10_ns\":{:.1},\"p90_ns\":{:.1},\"min_ns\":{:.1},\"max_ns\":{:.1}}}",
        answers.len(),
        REPEAT * answers.len(),
        at(0.5),
        at(0.1),
        at(0.9),
        per_call_ns[0],
        per_call_ns[per_call_ns.len() - 1]
    );
}
