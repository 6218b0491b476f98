//! Checks the engine's tables against the policy it implements: the rule table and the field
//! table are read from the project's own copy of the policy (`docs/clinical/triage.md` and
//! `answers.md`, version 4), so the engine and the documents a clinician reads cannot drift
//! apart; the ladder and the sources against literal copies of ladder.md's and sources.md's
//! tables. Same ids, same order, same levels, steps and suspected conditions, and a source
//! for every rule and option.

use std::collections::HashSet;
use std::fs;

use backstep::engine::{
    rule, Condition, Field, Fires, LadderStep, Level, OptionId, RuleId, Source, LADDER_OPTIONS,
    RULES, TRIAGE_FIELDS,
};

/// A document of `docs/clinical/`.
fn policy(name: &str) -> String {
    let path = format!("{}/docs/clinical/{name}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The rows of the first table under `## heading` of a policy document: its cells, trimmed.
fn table(document: &str, heading: &str) -> Vec<Vec<String>> {
    let section = document
        .split(&format!("\n## {heading}\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("no section {heading}"));
    section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2) // the header and its rule
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

/// The first `code` span of a cell.
fn code(cell: &str) -> String {
    cell.split('`').nth(1).unwrap_or(cell).to_owned()
}

/// One row of triage.md's rule table.
struct PolicyRule {
    id: String,
    level: String,
    kept_when_unsure: bool,
    suspected: Option<String>,
    weak: bool,
}

/// triage.md's rule table, as docs/clinical/triage.md has it.
fn triage_table() -> Vec<PolicyRule> {
    table(&policy("triage.md"), "Rules")
        .into_iter()
        .map(|row| PolicyRule {
            id: code(&row[0]),
            weak: row[0].contains("*weak*"),
            level: row[2]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned(),
            kept_when_unsure: row[2].contains("kept when unsure"),
            suspected: (row[3] != "—").then(|| code(&row[3])),
        })
        .collect()
}

/// answers.md's field table, in its order.
fn contract_fields() -> Vec<String> {
    let document = policy("answers.md");
    let start = document
        .find("| field |")
        .expect("answers.md has its field table");
    document[start..]
        .lines()
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(code)
        .collect()
}

/// ladder.md's option table: id and step.
const LADDER_TABLE: [(&str, u8); 21] = [
    ("activity_and_self_care", 1),
    ("heat_ice", 1),
    ("otc_pain_relief", 1),
    ("physical_therapy", 2),
    ("prescription_medication", 2),
    ("chiropractic", 2),
    ("acupuncture", 2),
    ("massage", 2),
    ("yoga_tai_chi", 2),
    ("mindfulness", 2),
    ("epidural_steroid_injection", 3),
    ("selective_nerve_root_block", 3),
    ("facet_joint_block", 3),
    ("trigger_point_injection", 3),
    ("radiofrequency_ablation", 4),
    ("vertebroplasty_kyphoplasty", 4),
    ("spinal_cord_stimulation", 4),
    ("targeted_drug_delivery", 4),
    ("interspinous_spacer", 4),
    ("percutaneous_discectomy", 4),
    ("surgical_consultation", 5),
];

/// sources.md's short names (the ACR and BMJ rows stand for several citations, whose
/// variant or topic the citation's detail gives).
const SOURCE_NAMES: [&str; 34] = [
    "seed 000",
    "seed 001",
    "seed 002",
    "seed 003",
    "seed 004",
    "GIRFT national CES pathway",
    "ACP 2011 (Chou) table 2",
    "RCGP 1999",
    "NICE NG59",
    "NICE NG234",
    "NICE CG75",
    "NICE NG41",
    "NICE NG65",
    "NICE NG156",
    "NICE QS155 statement 6",
    "NICE CG95",
    "NICE TA159",
    "NICE CKS low back pain",
    "NICE CKS, pyelonephritis (acute)",
    "ACR appropriateness criteria",
    "BMJ Best Practice",
    "NHS Lothian RefHelp",
    "Downie 2013",
    "Henschke 2009",
    "Davis 2004",
    "FDMA guide",
    "VSGBI/CEM/RCR 2011",
    "ACCF/AHA 2010",
    "ACP 2017",
    "Wright 2002 BMJ",
    "Semigran 2015",
    "NHS",
    "Vascular Research UK patient leaflet",
    "FDA 2020",
];

#[test]
fn the_rule_table_holds_exactly_the_rules_of_triage_md_in_order() {
    let policy: Vec<String> = triage_table().into_iter().map(|row| row.id).collect();
    let engine: Vec<&str> = RULES.iter().map(|rule| rule.id.id()).collect();
    assert_eq!(engine, policy);
    let ids: Vec<&str> = RuleId::ALL.iter().map(|id| id.id()).collect();
    assert_eq!(ids, policy, "RuleId::ALL");
    assert_eq!(policy.len(), 48, "version 4 has 48 rules");
    assert_eq!(
        policy.iter().collect::<HashSet<_>>().len(),
        policy.len(),
        "rule ids are distinct"
    );
}

#[test]
fn every_rule_has_the_level_suspected_condition_and_weakness_of_triage_md() {
    let rows = triage_table();
    assert!(rows.iter().filter(|row| row.kept_when_unsure).count() == 4);
    for row in rows {
        let id = row.id.as_str();
        let Some(rule_id) = RuleId::from_id(id) else {
            panic!("no rule {id}");
        };
        let rule = rule(rule_id);
        assert_eq!(rule.id, rule_id);
        assert_eq!(rule.level.id(), row.level, "level of {id}");
        assert_eq!(
            rule.suspected.map(Condition::id),
            row.suspected.as_deref(),
            "suspected of {id}"
        );
        assert_eq!(rule.weak, row.weak, "weak of {id}");
        assert_eq!(
            rule.keeps_level_when_unsure, row.kept_when_unsure,
            "kept when unsure: {id}"
        );
        let counts = matches!(rule.fires, Fires::WeakRiskFactors { at_least: 2 });
        assert_eq!(counts, id == "multiple_risk_factors", "how {id} fires");
    }
}

#[test]
fn every_rule_has_a_source() {
    for rule in &RULES {
        assert!(!rule.sources.is_empty(), "{} has no source", rule.id.id());
        for citation in rule.sources {
            assert!(citation
                .detail
                .is_none_or(|detail| !detail.trim().is_empty()));
        }
    }
}

#[test]
fn the_conditions_are_exactly_those_suspected_in_triage_md() {
    let policy: HashSet<String> = triage_table()
        .into_iter()
        .filter_map(|row| row.suspected)
        .collect();
    let engine: HashSet<String> = Condition::ALL.iter().map(|c| c.id().to_owned()).collect();
    assert_eq!(engine, policy);
    assert_eq!(Condition::ALL.len(), policy.len());
}

#[test]
fn the_option_table_holds_exactly_the_options_of_ladder_md_with_their_steps() {
    let engine: Vec<(&str, u8)> = LADDER_OPTIONS
        .iter()
        .map(|option| (option.id.id(), option.step.number()))
        .collect();
    assert_eq!(engine, LADDER_TABLE);
    let ids: Vec<&str> = OptionId::ALL.iter().map(|id| id.id()).collect();
    let policy: Vec<&str> = LADDER_TABLE.iter().map(|row| row.0).collect();
    assert_eq!(ids, policy, "OptionId::ALL");
    for (id, step) in LADDER_TABLE {
        let option = OptionId::from_id(id).unwrap_or_else(|| panic!("no option {id}"));
        assert_eq!(
            option.step(),
            LadderStep::from_number(step).unwrap_or_else(|| panic!("step {step}"))
        );
    }
}

#[test]
fn every_option_has_a_source() {
    for option in &LADDER_OPTIONS {
        assert!(
            !option.sources.is_empty(),
            "{} has no source",
            option.id.id()
        );
    }
}

#[test]
fn the_fields_are_those_of_answers_md_in_order() {
    let names: Vec<&str> = Field::ALL.iter().map(|field| field.name()).collect();
    let fields = contract_fields();
    assert_eq!(names, fields);
    assert_eq!(fields.len(), 42);
    // Every field from `age` to `sleep_disturbed` (answers.md, "complete").
    let last = fields
        .iter()
        .position(|f| f == "sleep_disturbed")
        .expect("sleep_disturbed");
    let triage: Vec<&str> = TRIAGE_FIELDS.iter().map(|field| field.name()).collect();
    assert_eq!(triage, fields[..=last]);
    assert_eq!(triage.len(), 37);
}

#[test]
fn the_sources_are_those_of_sources_md() {
    let names: Vec<&str> = Source::ALL
        .iter()
        .map(|source| source.short_name())
        .collect();
    assert_eq!(names, SOURCE_NAMES);
    for source in Source::ALL {
        assert!(
            source.reference().len() > 20,
            "{} has no full reference",
            source.short_name()
        );
    }
    // Every source is cited somewhere.
    let cited: HashSet<Source> = RULES
        .iter()
        .flat_map(|rule| rule.sources)
        .chain(LADDER_OPTIONS.iter().flat_map(|option| option.sources))
        .chain(
            LADDER_OPTIONS
                .iter()
                .flat_map(|option| option.not_recommended_by),
        )
        .map(|citation| citation.source)
        .collect();
    let uncited: Vec<&str> = Source::ALL
        .iter()
        .filter(|s| !cited.contains(s))
        .map(|s| s.short_name())
        .collect();
    assert!(uncited.is_empty(), "never cited: {uncited:?}");
}

#[test]
fn citations_carry_the_notes_of_the_policy() {
    let cites = |id: RuleId, source: Source, detail: Option<&str>| {
        rule(id)
            .sources
            .iter()
            .any(|c| c.source == source && c.detail == detail)
    };
    assert!(cites(
        RuleId::StableWeakness,
        Source::Seed002,
        Some("weakness in the legs")
    ));
    assert!(cites(
        RuleId::PersistentPain,
        Source::Acr,
        Some("variant 3")
    ));
    assert!(cites(
        RuleId::FragilityFracture,
        Source::Acr,
        Some("variant 6")
    ));
    assert!(cites(
        RuleId::Vascular,
        Source::BmjBestPractice,
        Some("abdominal aortic aneurysm")
    ));
    assert!(cites(
        RuleId::ChestOrBreathing,
        Source::BmjBestPractice,
        Some("aortic dissection")
    ));
    assert!(cites(RuleId::CaudaEquina, Source::GirftCesPathway, None));
    assert!(cites(RuleId::KnownAneurysm, Source::NiceNg156, None));
    assert!(rule(RuleId::CancerWithNeuro)
        .sources
        .iter()
        .any(|c| c.source == Source::NiceCg75));
    assert!(rule(RuleId::InfectionRiskWithProgression)
        .sources
        .iter()
        .any(|c| c.source == Source::Davis2004));
    let scs = LADDER_OPTIONS
        .iter()
        .find(|o| o.id == OptionId::SpinalCordStimulation);
    assert!(scs.is_some_and(|o| o.sources.iter().any(|c| c.source == Source::NiceTa159)));
}

#[test]
fn levels_and_steps_are_the_policy_s() {
    let levels: Vec<&str> = Level::ALL.iter().map(|level| level.id()).collect();
    assert_eq!(
        levels,
        ["emergency", "urgent", "soon", "routine", "self_care"]
    );
    let steps: Vec<(u8, &str)> = LadderStep::ALL
        .iter()
        .map(|s| (s.number(), s.id()))
        .collect();
    assert_eq!(
        steps,
        [
            (1, "self_care"),
            (2, "conservative"),
            (3, "interventional"),
            (4, "advanced"),
            (5, "surgical_consult")
        ]
    );
}

/// ladder.md's `guideline_note` column: exactly these options carry a note, with its sources.
#[test]
fn the_options_a_guideline_does_not_recommend_are_those_of_ladder_md() {
    let noted: Vec<(&str, Vec<&str>)> = LADDER_OPTIONS
        .iter()
        .filter(|option| !option.not_recommended_by.is_empty())
        .map(|option| {
            let sources = option
                .not_recommended_by
                .iter()
                .map(|c| c.source.short_name())
                .collect();
            (option.id.id(), sources)
        })
        .collect();
    assert_eq!(
        noted,
        [
            ("acupuncture", vec!["NICE NG59"]),
            (
                "facet_joint_block",
                vec!["NICE NG59", "NICE QS155 statement 6"]
            ),
            (
                "trigger_point_injection",
                vec!["NICE NG59", "NICE QS155 statement 6"]
            ),
        ]
    );
}

#[test]
fn the_policy_documents_are_of_the_version_the_app_says_it_carries() {
    let version = format!("(version {})", backstep::content::CONTENT_VERSION);
    for name in ["answers.md", "triage.md", "ladder.md", "sources.md"] {
        let title = policy(name).lines().next().unwrap_or_default().to_owned();
        assert!(
            title.ends_with(&version),
            "docs/clinical/{name}: {title:?} is not {version}"
        );
    }
}
