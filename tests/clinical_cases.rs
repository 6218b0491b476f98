//! Runs the clinical reference cases: every case of every `*.json` file in `tests/cases/`,
//! and in the folder `CLINICAL_CASES_DIR` names when it is set, against the engine.
//!
//! The runner is `backstep::conformance`, shared with the build's conformance report
//! (`examples/conformance.rs`, `conformance.html`), so the report shows what this test
//! checks. All failures are collected and reported together, each with its case id, summary,
//! file, what was expected and what came out. It writes nothing for another layer to read:
//! the end-to-end test runs the same runner itself to check the page the build wrote.

use std::collections::HashSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use backstep::conformance::{case_files, own_cases_dir, run_folder, CaseRun};
use backstep::engine::RuleId;
use serde_json::Value;

/// The environment variable naming an extra folder of cases.
const CASES_DIR_VAR: &str = "CLINICAL_CASES_DIR";

/// Prints past the test harness's output capture, so the count shows on every run.
fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// One case run on its own: `Err` lists every way it failed.
fn run_case(case: &Value) -> Result<(), Vec<String>> {
    let result = backstep::conformance::run_case("t.json", 0, case.clone());
    if result.passed() {
        Ok(())
    } else {
        Err(result.problems)
    }
}

#[test]
fn clinical_cases() {
    let mut folders = vec![own_cases_dir()];
    if let Some(dir) = std::env::var_os(CASES_DIR_VAR) {
        folders.push(PathBuf::from(dir));
    }

    let mut total = CaseRun::default();
    let mut problems = Vec::new();
    for folder in &folders {
        match run_folder(folder) {
            Ok(run) => {
                say(&format!(
                    "clinical cases in {}: {} passed, {} failed",
                    folder.display(),
                    run.passed(),
                    run.failures().len()
                ));
                total.absorb(run);
            }
            Err(problem) => problems.push(problem),
        }
    }
    problems.extend(total.failures());
    say(&format!(
        "clinical cases: {} passed, {} failed",
        total.passed(),
        problems.len()
    ));
    assert!(
        problems.is_empty(),
        "{} clinical case(s) failed:\n\n{}\n",
        problems.len(),
        problems.join("\n\n")
    );
}

/// The project's own case files, as (file, case) pairs.
fn own_cases() -> Vec<(String, Value)> {
    let mut cases = Vec::new();
    for file in case_files(&own_cases_dir()).unwrap_or_default() {
        let text = fs::read_to_string(&file).unwrap_or_default();
        if let Ok(Value::Array(items)) = serde_json::from_str::<Value>(&text) {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            cases.extend(items.into_iter().map(|case| (name.clone(), case)));
        }
    }
    cases
}

#[test]
fn own_case_ids_are_unique_and_every_case_has_a_summary() {
    let mut seen = HashSet::new();
    for (file, case) in own_cases() {
        let id = case["id"].as_str().unwrap_or_default().to_owned();
        assert!(
            seen.insert(id.clone()),
            "case id {id:?} appears twice (again in {file})"
        );
        let summary = case["summary"].as_str().unwrap_or_default();
        assert!(
            !summary.trim().is_empty(),
            "case {id:?} in {file} has no summary"
        );
    }
}

#[test]
fn own_cases_make_every_rule_fire_and_reach_every_step() {
    let mut fired = HashSet::new();
    let mut uncertain = HashSet::new();
    let mut steps = HashSet::new();
    let mut errors = HashSet::new();
    for (_, case) in own_cases() {
        let expect = &case["expect"];
        for rule in expect["flags_include"].as_array().into_iter().flatten() {
            fired.insert(rule.as_str().unwrap_or_default().to_owned());
        }
        for rule in expect["flags_uncertain"].as_array().into_iter().flatten() {
            uncertain.insert(rule.as_str().unwrap_or_default().to_owned());
        }
        if let Some(step) = expect["next_step"].as_u64() {
            steps.insert(step);
        }
        if let Some(field) = expect["error"].as_str() {
            errors.insert(field.to_owned());
        }
    }
    let missing: Vec<&str> = RuleId::ALL
        .iter()
        .map(|rule| rule.id())
        .filter(|id| !fired.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "no own case expects these rules to fire: {missing:?}"
    );
    for rule in ["cauda_equina", "vascular", "multiple_risk_factors"] {
        assert!(
            uncertain.contains(rule),
            "no own case expects {rule} fired in doubt"
        );
    }
    assert_eq!(
        steps,
        (1..=5).collect(),
        "own cases should expect every next_step"
    );
    for field in [
        "",
        "age",
        "pain_score",
        "duration_weeks",
        "treatments_tried",
        "fever",
    ] {
        assert!(
            errors.contains(field),
            "no own error case for field {field:?}"
        );
    }
}

// --- The harness's own logic ---

fn case(expect: Value, answers: Value) -> Value {
    serde_json::json!({"id": "t-1", "summary": "harness check", "answers": answers, "expect": expect})
}

fn problems_of(case: &Value) -> Vec<String> {
    run_case(case).err().unwrap_or_default()
}

#[test]
fn a_matching_case_passes() {
    let passing = case(
        serde_json::json!({
            "triage": "emergency", "complete": false,
            "flags_include": ["cauda_equina"], "flags_exclude": ["vascular"],
            "flags_uncertain": [], "next_step": 1,
            "options_include": ["heat_ice"], "options_exclude": ["massage"]
        }),
        serde_json::json!({"bladder_change": "yes"}),
    );
    assert_eq!(run_case(&passing), Ok(()));
    let error = case(
        serde_json::json!({"error": "age"}),
        serde_json::json!({"age": 130}),
    );
    assert_eq!(run_case(&error), Ok(()));
}

#[test]
fn an_unknown_expect_key_fails_the_case() {
    let typo = case(
        serde_json::json!({"triage": "self_care", "flags_includes": ["fever"]}),
        serde_json::json!({}),
    );
    let problems = problems_of(&typo);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown expect key \"flags_includes\"")),
        "{problems:?}"
    );
}

#[test]
fn a_case_without_triage_or_error_fails() {
    let problems = problems_of(&case(
        serde_json::json!({"complete": true}),
        serde_json::json!({}),
    ));
    assert!(
        problems.iter().any(|p| p.contains("neither")),
        "{problems:?}"
    );
}

#[test]
fn a_wrong_expectation_is_reported_with_what_came_out() {
    let wrong = case(
        serde_json::json!({"triage": "routine", "flags_include": ["fever"], "next_step": 2}),
        serde_json::json!({"age": 40}),
    );
    let problems = problems_of(&wrong);
    assert!(
        problems
            .iter()
            .any(|p| p == "expected triage \"routine\", got \"self_care\""),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"fever\" to fire")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p == "expected next_step 2, got 1"),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("came out: triage self_care")),
        "{problems:?}"
    );
}

#[test]
fn a_certain_flag_does_not_pass_as_uncertain() {
    let certain = case(
        serde_json::json!({"triage": "emergency", "flags_uncertain": ["cauda_equina"]}),
        serde_json::json!({"bladder_change": "yes"}),
    );
    assert!(problems_of(&certain)
        .iter()
        .any(|p| p.contains("fired as certain")));
}

#[test]
fn errors_must_name_the_right_field() {
    let accepted = case(
        serde_json::json!({"error": "age"}),
        serde_json::json!({"age": 40}),
    );
    assert!(problems_of(&accepted)
        .iter()
        .any(|p| p.contains("accepted")));
    let other_field = case(
        serde_json::json!({"error": "age"}),
        serde_json::json!({"pain_score": 40}),
    );
    assert!(problems_of(&other_field)
        .iter()
        .any(|p| p.contains("field \"pain_score\"")));
    let refused = case(
        serde_json::json!({"triage": "self_care"}),
        serde_json::json!({"age": 400}),
    );
    assert!(problems_of(&refused).iter().any(|p| p.contains("refused")));
}

#[test]
fn unknown_ids_in_expectations_fail() {
    let typo = case(
        serde_json::json!({"triage": "self_care", "flags_exclude": ["cauda_equine"], "options_exclude": ["cupping"]}),
        serde_json::json!({}),
    );
    let problems = problems_of(&typo);
    assert!(
        problems.iter().any(|p| p.contains("\"cauda_equine\"")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"cupping\"")),
        "{problems:?}"
    );
    let level = case(serde_json::json!({"triage": "asap"}), serde_json::json!({}));
    assert!(!problems_of(&level).is_empty());
}

/// A fresh empty folder under the system's temporary folder.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("backstep-cases-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", dir.display()));
    dir
}

#[test]
fn a_missing_or_caseless_folder_fails() {
    assert!(run_folder(Path::new("/nonexistent/backstep/cases")).is_err());

    let dir = scratch_dir("caseless");
    assert!(run_folder(&dir).is_err(), "an empty folder holds no case");
    // Cases in a subfolder or in a file that is not *.json do not count.
    let sub = dir.join("sub");
    let one_case = serde_json::to_string(&[case(
        serde_json::json!({"triage": "self_care"}),
        serde_json::json!({}),
    )])
    .unwrap_or_default();
    fs::create_dir_all(&sub).ok();
    fs::write(sub.join("cases.json"), &one_case).ok();
    fs::write(dir.join("cases.txt"), &one_case).ok();
    assert!(
        run_folder(&dir).is_err(),
        "cases in subfolders or non-json files do not count"
    );

    fs::write(dir.join("cases.json"), &one_case).ok();
    let report = run_folder(&dir);
    assert_eq!(
        report.as_ref().map(|r| (r.passed(), r.failures().len())),
        Ok((1, 0))
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_is_not_an_array_of_cases_fails() {
    let dir = scratch_dir("not-array");
    fs::write(dir.join("bad.json"), "{\"id\": \"x\"}").ok();
    fs::write(dir.join("broken.json"), "[").ok();
    let report = run_folder(&dir);
    assert_eq!(report.as_ref().map(|r| r.failures().len()), Ok(2));
    let _ = fs::remove_dir_all(&dir);
}
