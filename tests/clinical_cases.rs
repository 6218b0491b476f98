//! Runs the clinical reference cases: every case of every `*.json` file in `tests/cases/`,
//! and in the folder `CLINICAL_CASES_DIR` names when it is set, against the engine.
//!
//! A case is `{"id", "summary", "answers", "expect"}` (the vignettes' README): `expect`
//! holds `triage` or `error`, and optionally `complete`, `flags_include`, `flags_exclude`,
//! `flags_uncertain`, `next_step`, `options_include`, `options_exclude`. Any other
//! `expect` key fails the case, so that a typo cannot pass silently. All failures are
//! collected and reported together, each with its case id, summary, file, what was
//! expected and what came out.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use backstep::engine::{assess, Answers, Assessment, Level, OptionId, RuleId};
use serde_json::Value;

/// The `expect` keys a case may use, exactly.
const EXPECT_KEYS: [&str; 9] = [
    "triage",
    "error",
    "complete",
    "flags_include",
    "flags_exclude",
    "flags_uncertain",
    "next_step",
    "options_include",
    "options_exclude",
];

/// The environment variable naming an extra folder of cases.
const CASES_DIR_VAR: &str = "CLINICAL_CASES_DIR";

/// The project's own cases.
fn own_cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

/// What running a folder of cases came to.
#[derive(Debug, Default)]
struct Report {
    passed: usize,
    /// One entry per failed case (or unreadable file), ready to print.
    failures: Vec<String>,
}

impl Report {
    fn total(&self) -> usize {
        self.passed + self.failures.len()
    }

    fn absorb(&mut self, other: Report) {
        self.passed += other.passed;
        self.failures.extend(other.failures);
    }
}

/// The `*.json` files directly in `dir` (not in subfolders), sorted by name.
fn case_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir)
        .map_err(|error| format!("cannot read the case folder {}: {error}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Runs every case of every case file in `dir`. A folder that cannot be read or holds no
/// case is an error.
fn run_folder(dir: &Path) -> Result<Report, String> {
    let mut report = Report::default();
    for file in case_files(dir)? {
        report.absorb(run_file(&file));
    }
    if report.total() == 0 {
        return Err(format!("the case folder {} holds no case", dir.display()));
    }
    Ok(report)
}

/// Runs every case of one file; a file that is not a JSON array of cases is one failure.
fn run_file(path: &Path) -> Report {
    let name = path.display().to_string();
    let mut report = Report::default();
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            report
                .failures
                .push(format!("{name}: cannot be read: {error}"));
            return report;
        }
    };
    let cases = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(cases)) => cases,
        Ok(_) => {
            report
                .failures
                .push(format!("{name}: is not a JSON array of cases"));
            return report;
        }
        Err(error) => {
            report
                .failures
                .push(format!("{name}: is not valid JSON: {error}"));
            return report;
        }
    };
    for (index, case) in cases.iter().enumerate() {
        match run_case(case) {
            Ok(()) => report.passed += 1,
            Err(problems) => report
                .failures
                .push(describe_failure(&name, index, case, &problems)),
        }
    }
    report
}

fn describe_failure(file: &str, index: usize, case: &Value, problems: &[String]) -> String {
    let id = case.get("id").and_then(Value::as_str).unwrap_or("(no id)");
    let summary = case
        .get("summary")
        .and_then(Value::as_str)
        .unwrap_or("(no summary)");
    let mut text = format!("case {id} (#{} in {file}): {summary}", index + 1);
    for problem in problems {
        let _ = write!(text, "\n    - {problem}");
    }
    text
}

/// Checks one case; `Err` lists every way it failed.
fn run_case(case: &Value) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let Some(case) = case.as_object() else {
        return Err(vec!["the case is not a JSON object".to_owned()]);
    };
    if !case.get("id").is_some_and(Value::is_string) {
        problems.push("the case has no string \"id\"".to_owned());
    }
    let Some(answers) = case.get("answers") else {
        problems.push("the case has no \"answers\"".to_owned());
        return Err(problems);
    };
    let Some(expect) = case.get("expect").and_then(Value::as_object) else {
        problems.push("the case has no \"expect\" object".to_owned());
        return Err(problems);
    };
    for key in expect.keys() {
        if !EXPECT_KEYS.contains(&key.as_str()) {
            problems.push(format!(
                "unknown expect key {key:?}; the keys are {}",
                EXPECT_KEYS.join(", ")
            ));
        }
    }

    let parsed = Answers::from_json(answers);
    match (expect.get("triage"), expect.get("error")) {
        (None, None) => problems.push("expect has neither \"triage\" nor \"error\"".to_owned()),
        (Some(_), Some(_)) => {
            problems.push("expect has both \"triage\" and \"error\"; a case expects one".to_owned())
        }
        (None, Some(error)) => {
            if let Some(key) = expect.keys().find(|key| *key != "error") {
                problems.push(format!(
                    "an error case expects only the error, yet also expects {key:?}"
                ));
            }
            check_error(error, parsed, &mut problems);
        }
        (Some(triage), None) => match parsed {
            Err(error) => problems.push(format!(
                "expected an assessment, but the answers were refused: field {:?}: {error}",
                error.field()
            )),
            Ok(answers) => check_assessment(triage, expect, &assess(&answers), &mut problems),
        },
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn check_error(
    expected: &Value,
    parsed: Result<Answers, backstep::engine::AnswerError>,
    problems: &mut Vec<String>,
) {
    let Some(field) = expected.as_str() else {
        problems.push(format!(
            "expect.error must be a field name string, got {expected}"
        ));
        return;
    };
    match parsed {
        Err(error) if error.field() == field => {}
        Err(error) => problems.push(format!(
            "expected an error for field {field:?}, got an error for field {:?}: {error}",
            error.field()
        )),
        Ok(answers) => {
            let assessment = assess(&answers);
            problems.push(format!(
                "expected an error for field {field:?}, but the answers were accepted; came out: {}",
                outcome(&assessment)
            ))
        }
    }
}

fn check_assessment(
    triage: &Value,
    expect: &serde_json::Map<String, Value>,
    assessment: &Assessment,
    problems: &mut Vec<String>,
) {
    let before = problems.len();
    match triage.as_str().map(|text| (text, Level::from_id(text))) {
        Some((_, Some(level))) if level == assessment.triage => {}
        Some((text, Some(_))) => problems.push(format!(
            "expected triage {text:?}, got {:?}",
            assessment.triage.id()
        )),
        _ => problems.push(format!("expect.triage is not a level: {triage}")),
    }
    if let Some(complete) = expect.get("complete") {
        match complete.as_bool() {
            Some(complete) if complete == assessment.complete => {}
            Some(complete) => problems.push(format!(
                "expected complete {complete}, got {}",
                assessment.complete
            )),
            None => problems.push(format!(
                "expect.complete must be true or false, got {complete}"
            )),
        }
    }
    if let Some(rules) = id_list(expect, "flags_include", RuleId::from_id, problems) {
        for rule in rules.into_iter().filter(|&rule| !assessment.fired(rule)) {
            problems.push(format!("expected rule {:?} to fire; it did not", rule.id()));
        }
    }
    if let Some(rules) = id_list(expect, "flags_exclude", RuleId::from_id, problems) {
        for rule in rules.into_iter().filter(|&rule| assessment.fired(rule)) {
            problems.push(format!("expected rule {:?} not to fire; it did", rule.id()));
        }
    }
    if let Some(rules) = id_list(expect, "flags_uncertain", RuleId::from_id, problems) {
        for rule in rules {
            match assessment.flag(rule) {
                Some(flag) if flag.uncertain => {}
                Some(_) => problems.push(format!(
                    "expected rule {:?} to fire as uncertain; it fired as certain",
                    rule.id()
                )),
                None => problems.push(format!(
                    "expected rule {:?} to fire as uncertain; it did not fire",
                    rule.id()
                )),
            }
        }
    }
    if let Some(next) = expect.get("next_step") {
        match next.as_u64() {
            Some(next) if next == u64::from(assessment.ladder.next_step) => {}
            Some(next) => problems.push(format!(
                "expected next_step {next}, got {}",
                assessment.ladder.next_step
            )),
            None => problems.push(format!(
                "expect.next_step must be a whole number, got {next}"
            )),
        }
    }
    if let Some(options) = id_list(expect, "options_include", OptionId::from_id, problems) {
        for option in options {
            if !assessment.ladder.options.contains(&option) {
                problems.push(format!(
                    "expected option {:?} to be offered; it was not",
                    option.id()
                ));
            }
        }
    }
    if let Some(options) = id_list(expect, "options_exclude", OptionId::from_id, problems) {
        for option in options {
            if assessment.ladder.options.contains(&option) {
                problems.push(format!(
                    "expected option {:?} not to be offered; it was",
                    option.id()
                ));
            }
        }
    }
    if problems.len() > before {
        problems.push(format!("came out: {}", outcome(assessment)));
    }
}

/// Reads `expect[key]` as a list of ids; an id `lookup` does not know is a problem (a typo
/// in a rule id would otherwise make an exclusion pass silently).
fn id_list<T>(
    expect: &serde_json::Map<String, Value>,
    key: &str,
    lookup: fn(&str) -> Option<T>,
    problems: &mut Vec<String>,
) -> Option<Vec<T>> {
    let value = expect.get(key)?;
    let Some(items) = value.as_array() else {
        problems.push(format!("expect.{key} must be an array of ids, got {value}"));
        return None;
    };
    let mut ids = Vec::with_capacity(items.len());
    for item in items {
        match item.as_str().and_then(lookup) {
            Some(id) => ids.push(id),
            None => problems.push(format!(
                "expect.{key} holds {item}, which is not a known id"
            )),
        }
    }
    Some(ids)
}

/// What the engine said, in one line.
fn outcome(assessment: &Assessment) -> String {
    let flags: Vec<String> = assessment
        .flags
        .iter()
        .map(|flag| {
            let doubt = if flag.uncertain { ", uncertain" } else { "" };
            format!("{} ({}{doubt})", flag.rule.id(), flag.level.id())
        })
        .collect();
    let options: Vec<&str> = assessment
        .ladder
        .options
        .iter()
        .map(|option| option.id())
        .collect();
    format!(
        "triage {}, complete {}, flags [{}], ladder current_step {} next_step {} options [{}]",
        assessment.triage.id(),
        assessment.complete,
        flags.join(", "),
        assessment.ladder.current_step,
        assessment.ladder.next_step,
        options.join(", ")
    )
}

/// Prints past the test harness's output capture, so the count shows on every run.
fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

#[test]
fn clinical_cases() {
    let mut folders = vec![own_cases_dir()];
    if let Some(dir) = std::env::var_os(CASES_DIR_VAR) {
        folders.push(PathBuf::from(dir));
    }

    let mut total = Report::default();
    for folder in &folders {
        match run_folder(folder) {
            Ok(report) => {
                say(&format!(
                    "clinical cases in {}: {} passed, {} failed",
                    folder.display(),
                    report.passed,
                    report.failures.len()
                ));
                total.absorb(report);
            }
            Err(problem) => total.failures.push(problem),
        }
    }
    say(&format!(
        "clinical cases: {} passed, {} failed",
        total.passed,
        total.failures.len()
    ));
    assert!(
        total.failures.is_empty(),
        "{} clinical case(s) failed:\n\n{}\n",
        total.failures.len(),
        total.failures.join("\n\n")
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
        report.as_ref().map(|r| (r.passed, r.failures.len())),
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
    assert_eq!(report.as_ref().map(|r| r.failures.len()), Ok(2));
    let _ = fs::remove_dir_all(&dir);
}
