//! The clinical reference cases run against the engine, and the conformance report made of
//! their results: native only (it reads files), never in the wasm.
//!
//! One runner for both uses, so they cannot disagree: `tests/clinical_cases.rs` (the test
//! command) fails on any failed case, and `examples/conformance.rs` (run by the release
//! build's post_build hook) writes the same results as JSON, which `scripts/conformance.mjs`
//! renders as `conformance.html`.
//!
//! A case is `{"id", "summary", "answers", "expect"}` (the vignettes' README): `expect`
//! holds `triage` or `error`, and optionally `complete`, `flags_include`, `flags_exclude`,
//! `flags_uncertain`, `next_step`, `options_include`, `options_exclude`. Any other
//! `expect` key fails the case, so that a typo cannot pass silently.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::content::CONTENT_VERSION;
use crate::engine::{
    assess, AnswerError, Answers, Assessment, Citation, Level, OptionId, RuleId, RULES,
};

/// The `expect` keys a case may use, exactly.
pub const EXPECT_KEYS: [&str; 9] = [
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

/// Bumped when the report's JSON changes shape, so the page's renderer can refuse an old one.
pub const REPORT_FORMAT: u64 = 1;

/// The project's own cases: `tests/cases/` of this crate.
pub fn own_cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

/// One case, run.
#[derive(Clone, Debug)]
pub struct CaseResult {
    /// The case file's name, `dev-cases.json`.
    pub file: String,
    /// The case's place in its file, from 0.
    pub index: usize,
    pub id: String,
    pub summary: String,
    /// The case as written, for the digest.
    pub case: Value,
    /// The rules the case says must fire (`flags_include` and `flags_uncertain`).
    pub expects_fired: Vec<RuleId>,
    /// The rules the case says must not fire (`flags_exclude`).
    pub expects_not_fired: Vec<RuleId>,
    /// The rules that fired (none when the answers were refused).
    pub fired: Vec<RuleId>,
    /// What the engine said, in one line.
    pub outcome: String,
    /// Every way the case failed; empty when it passed.
    pub problems: Vec<String>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
    }

    /// The failure, ready to print: the case's id, place and summary, then each problem.
    pub fn describe_failure(&self) -> String {
        let mut text = format!(
            "case {} (#{} in {}): {}",
            self.id,
            self.index + 1,
            self.file,
            self.summary
        );
        for problem in &self.problems {
            let _ = write!(text, "\n    - {problem}");
        }
        text
    }
}

/// What running a folder (or a file) of cases came to.
#[derive(Debug, Default)]
pub struct CaseRun {
    pub cases: Vec<CaseResult>,
    /// Files that could not be read as a list of cases.
    pub file_problems: Vec<String>,
}

impl CaseRun {
    pub fn passed(&self) -> usize {
        self.cases.iter().filter(|case| case.passed()).count()
    }

    /// Every failed case and unreadable file, each ready to print.
    pub fn failures(&self) -> Vec<String> {
        self.file_problems
            .iter()
            .cloned()
            .chain(
                self.cases
                    .iter()
                    .filter(|case| !case.passed())
                    .map(CaseResult::describe_failure),
            )
            .collect()
    }

    pub fn absorb(&mut self, other: CaseRun) {
        self.cases.extend(other.cases);
        self.file_problems.extend(other.file_problems);
    }
}

/// The `*.json` files directly in `dir` (not in subfolders), sorted by name.
pub fn case_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
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
pub fn run_folder(dir: &Path) -> Result<CaseRun, String> {
    let mut run = CaseRun::default();
    for file in case_files(dir)? {
        run.absorb(run_file(&file));
    }
    if run.cases.is_empty() && run.file_problems.is_empty() {
        return Err(format!("the case folder {} holds no case", dir.display()));
    }
    Ok(run)
}

/// Runs every case of one file; a file that is not a JSON array of cases is one problem.
pub fn run_file(path: &Path) -> CaseRun {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    let mut run = CaseRun::default();
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            run.file_problems
                .push(format!("{}: cannot be read: {error}", path.display()));
            return run;
        }
    };
    let cases = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(cases)) => cases,
        Ok(_) => {
            run.file_problems
                .push(format!("{}: is not a JSON array of cases", path.display()));
            return run;
        }
        Err(error) => {
            run.file_problems
                .push(format!("{}: is not valid JSON: {error}", path.display()));
            return run;
        }
    };
    for (index, case) in cases.into_iter().enumerate() {
        run.cases.push(run_case(&name, index, case));
    }
    run
}

/// Runs one case: what the engine said, and every way that differs from what it expects.
pub fn run_case(file: &str, index: usize, case: Value) -> CaseResult {
    let text = |key: &str| case.get(key).and_then(Value::as_str).map(str::to_owned);
    let mut result = CaseResult {
        file: file.to_owned(),
        index,
        id: text("id").unwrap_or_else(|| "(no id)".to_owned()),
        summary: text("summary").unwrap_or_else(|| "(no summary)".to_owned()),
        case: Value::Null,
        expects_fired: Vec::new(),
        expects_not_fired: Vec::new(),
        fired: Vec::new(),
        outcome: String::new(),
        problems: Vec::new(),
    };
    check_case(&case, &mut result);
    result.case = case;
    result
}

fn check_case(case: &Value, result: &mut CaseResult) {
    let problems = &mut result.problems;
    let Some(case) = case.as_object() else {
        problems.push("the case is not a JSON object".to_owned());
        return;
    };
    if !case.get("id").is_some_and(Value::is_string) {
        problems.push("the case has no string \"id\"".to_owned());
    }
    let Some(answers) = case.get("answers") else {
        problems.push("the case has no \"answers\"".to_owned());
        return;
    };
    let Some(expect) = case.get("expect").and_then(Value::as_object) else {
        problems.push("the case has no \"expect\" object".to_owned());
        return;
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
            result.outcome = match &parsed {
                Err(error) => format!("refused: field {:?}: {error}", error.field()),
                Ok(answers) => outcome(&assess(answers)),
            };
            if let Ok(answers) = &parsed {
                result.fired = fired(&assess(answers));
            }
            check_error(error, parsed, problems);
        }
        (Some(triage), None) => match parsed {
            Err(error) => {
                result.outcome = format!("refused: field {:?}: {error}", error.field());
                problems.push(format!(
                    "expected an assessment, but the answers were refused: field {:?}: {error}",
                    error.field()
                ))
            }
            Ok(answers) => {
                let assessment = assess(&answers);
                result.outcome = outcome(&assessment);
                result.fired = fired(&assessment);
                check_assessment(triage, expect, &assessment, problems);
            }
        },
    }
    // What the case says about each rule, for the report's coverage; an unknown id is
    // already a problem of check_assessment.
    let ids = |key: &str| -> Vec<RuleId> {
        expect
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|item| item.as_str().and_then(RuleId::from_id))
            .collect()
    };
    result.expects_fired = ids("flags_include");
    for rule in ids("flags_uncertain") {
        if !result.expects_fired.contains(&rule) {
            result.expects_fired.push(rule);
        }
    }
    result.expects_not_fired = ids("flags_exclude");
}

fn fired(assessment: &Assessment) -> Vec<RuleId> {
    assessment.flags.iter().map(|flag| flag.rule).collect()
}

fn check_error(expected: &Value, parsed: Result<Answers, AnswerError>, problems: &mut Vec<String>) {
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
pub fn outcome(assessment: &Assessment) -> String {
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

/// A citation as a person reads it, as the about view shows it.
fn citation_name(citation: &Citation) -> String {
    match citation.detail {
        Some(detail) => format!("{} ({detail})", citation.source.name()),
        None => citation.source.name().to_string(),
    }
}

/// The conformance report of a run of the project's own cases, as JSON: the policy version,
/// every rule with its level, sources and the cases that exercise it, and every case's
/// result. Its `digest` is made of everything else in it (the rule table, each case as
/// written, what the engine said and whether it passed), so two reports with one digest say
/// the same thing, and a report from another engine or other cases has another digest.
pub fn report(run: &CaseRun) -> Value {
    let ids = |rules: &[RuleId], rule: RuleId| rules.contains(&rule);
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            let cases_where = |test: &dyn Fn(&CaseResult) -> bool| -> Vec<&str> {
                run.cases
                    .iter()
                    .filter(|case| test(case))
                    .map(|case| case.id.as_str())
                    .collect()
            };
            json!({
                "id": rule.id.id(),
                "level": rule.level.id(),
                "suspected": rule.suspected.map(|condition| condition.id()),
                "sources": rule.sources.iter().map(citation_name).collect::<Vec<_>>(),
                "fired_in": cases_where(&|case| ids(&case.fired, rule.id)),
                "expected_in": cases_where(&|case| ids(&case.expects_fired, rule.id)),
                "excluded_in": cases_where(&|case| ids(&case.expects_not_fired, rule.id)),
            })
        })
        .collect();
    let mut files: Vec<Value> = Vec::new();
    for case in &run.cases {
        match files.last_mut() {
            Some(last) if last["file"] == case.file.as_str() => {
                last["cases"] = json!(last["cases"].as_u64().unwrap_or(0) + 1)
            }
            _ => files.push(json!({ "file": case.file, "cases": 1 })),
        }
    }
    let cases: Vec<Value> = run
        .cases
        .iter()
        .map(|case| {
            json!({
                "id": case.id,
                "file": case.file,
                "summary": case.summary,
                "passed": case.passed(),
                "outcome": case.outcome,
                "fired": case.fired.iter().map(|rule| rule.id()).collect::<Vec<_>>(),
                "problems": case.problems,
            })
        })
        .collect();
    let mut digest = Fnv::default();
    digest.write(&serde_json::to_vec(&rules).unwrap_or_default());
    for (case, written) in run.cases.iter().zip(&cases) {
        digest.write(&serde_json::to_vec(&case.case).unwrap_or_default());
        digest.write(&serde_json::to_vec(written).unwrap_or_default());
    }
    digest.write(run.file_problems.join("\n").as_bytes());
    json!({
        "format": REPORT_FORMAT,
        "package_version": env!("CARGO_PKG_VERSION"),
        "content_version": CONTENT_VERSION,
        "digest": format!("{:016x}", digest.0),
        "total": run.cases.len(),
        "passed": run.passed(),
        "failed": run.cases.len() - run.passed(),
        "file_problems": run.file_problems,
        "files": files,
        "rules": rules,
        "cases": cases,
    })
}

/// FNV-1a, 64 bits: an identity for a report's contents (which build, which cases), not a
/// defence against anyone forging one.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes.iter().chain(&[0xff]) {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_case_says_why_and_changes_the_digest() {
        let case = |triage: &str| {
            json!({
                "id": "t-1", "summary": "bladder change",
                "answers": { "age": 40, "bladder_change": "yes" },
                "expect": { "triage": triage, "flags_include": ["cauda_equina"] }
            })
        };
        let good = CaseRun {
            cases: vec![run_case("t.json", 0, case("emergency"))],
            file_problems: vec![],
        };
        let bad = CaseRun {
            cases: vec![run_case("t.json", 0, case("self_care"))],
            file_problems: vec![],
        };
        assert!(good.cases[0].passed(), "{:?}", good.cases[0].problems);
        assert!(!bad.cases[0].passed());
        assert!(bad.failures()[0].contains("expected triage \"self_care\""));
        let (good, bad) = (report(&good), report(&bad));
        assert_eq!(
            (good["passed"].as_u64(), bad["failed"].as_u64()),
            (Some(1), Some(1))
        );
        assert_ne!(good["digest"], bad["digest"]);
        let cauda = &good["rules"][0];
        assert_eq!(cauda["id"], "cauda_equina");
        assert_eq!(cauda["fired_in"], json!(["t-1"]));
        assert_eq!(cauda["expected_in"], json!(["t-1"]));
    }
}
