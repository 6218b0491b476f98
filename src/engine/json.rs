//! Reading answers from JSON: checks every field against the contract and names the field at fault.

use std::fmt;

use serde_json::{Map, Value};

use super::answers::{Answers, Field, OptionId, Relief, ReliefByOption, TriState};
use super::ladder::OptionSet;

/// Version 3's one question about a recent infection or a spinal procedure, split in version
/// 4 into `recent_spinal_procedure` and `recent_infection`: an unknown field now.
pub const RETIRED_INFECTION_OR_PROCEDURE: &str = "recent_infection_or_procedure";
use super::macros::Vocabulary;

/// Why a set of answers was refused. Every error names the field at fault as data
/// (`field()`); an error about the answers as a whole (not JSON, or not a JSON object)
/// names the empty field `""` (`AnswerError::WHOLE`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    field: String,
    problem: Problem,
}

/// What was wrong with the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON; `detail` is the parser's message.
    NotJson { detail: String },
    /// The answers are JSON but not an object.
    NotAnObject { found: String },
    /// The field is not in the contract.
    UnknownField,
    /// The field's value is not of the kind the contract allows.
    WrongValue { expected: String, found: String },
    /// `treatments_tried` holds a string, or `relief` a key, that is not an option id.
    UnknownOption { found: String },
    /// `relief` answers for an option that is not in `treatments_tried`.
    NotTried { option: OptionId },
    /// The same key twice in one object: which of the two was meant cannot be told.
    Duplicate { key: String },
}

impl AnswerError {
    /// The `field` of an error about the answers as a whole.
    pub const WHOLE: &'static str = "";

    /// The top-level field at fault, or `""` for the answers as a whole.
    pub fn field(&self) -> &str {
        &self.field
    }

    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// What the contract expects of the field, where the problem is a wrong value.
    pub fn expected(&self) -> Option<&str> {
        match &self.problem {
            Problem::WrongValue { expected, .. } => Some(expected),
            Problem::NotAnObject { .. } => Some("a JSON object of fields"),
            Problem::UnknownOption { .. } => Some("option ids of the ladder"),
            Problem::NotTried { .. } => Some("only options listed in treatments_tried"),
            Problem::Duplicate { .. } => Some("each key once"),
            Problem::NotJson { .. } | Problem::UnknownField => None,
        }
    }

    /// A short description of the value that was found, where there is one.
    pub fn found(&self) -> Option<&str> {
        match &self.problem {
            Problem::WrongValue { found, .. }
            | Problem::NotAnObject { found }
            | Problem::UnknownOption { found } => Some(found),
            Problem::NotTried { option } => Some(option.id()),
            Problem::Duplicate { key } => Some(key),
            Problem::NotJson { .. } | Problem::UnknownField => None,
        }
    }

    fn wrong(field: Field, expected: impl Into<String>, found: &Value) -> Self {
        Self {
            field: field.name().to_owned(),
            problem: Problem::WrongValue {
                expected: expected.into(),
                found: describe(found),
            },
        }
    }
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = &self.field;
        match &self.problem {
            Problem::NotJson { detail } => write!(f, "the answers are not valid JSON: {detail}"),
            Problem::NotAnObject { found } => {
                write!(
                    f,
                    "the answers must be a JSON object of fields, got {found}"
                )
            }
            // Version 3's combined question names the two that replaced it.
            Problem::UnknownField if field == RETIRED_INFECTION_OR_PROCEDURE => write!(
                f,
                "{field} is not a known field since version 4 of the policy: answer \
                 recent_spinal_procedure and recent_infection instead"
            ),
            Problem::UnknownField => write!(
                f,
                "{} is not a known field; the fields are {}",
                shortened(field),
                list(Field::ids())
            ),
            Problem::WrongValue { expected, found } => {
                write!(f, "{field} must be {expected}, got {found}")
            }
            Problem::UnknownOption { found } => write!(
                f,
                "{field} has an unknown option id {found}; expected one of {}",
                list(OptionId::ids())
            ),
            Problem::NotTried { option } => write!(
                f,
                "{field} answers for \"{}\", which is not in treatments_tried; \
                 list it there, or leave it out of {field}",
                option.id()
            ),
            Problem::Duplicate { key } if key == field => {
                write!(f, "{field} is given twice; give each field once")
            }
            Problem::Duplicate { key } => write!(
                f,
                "{field} has the key {} twice; give each key once",
                shortened(key)
            ),
        }
    }
}

impl std::error::Error for AnswerError {}

/// Reads answers from JSON text.
///
/// # Errors
///
/// An `AnswerError` naming the field at fault (or `""` when the text is not a JSON
/// object) when the text breaks the answers contract.
pub fn parse_answers(json: &str) -> Result<Answers, AnswerError> {
    let strict: strict::Strict = serde_json::from_str(json).map_err(|error| AnswerError {
        field: AnswerError::WHOLE.to_owned(),
        problem: Problem::NotJson {
            detail: error.to_string(),
        },
    })?;
    // A key given twice would otherwise be read as its last value, silently.
    if let Some(path) = strict.duplicate {
        let field = path.first().cloned().unwrap_or_default();
        let key = path.last().cloned().unwrap_or_default();
        return Err(AnswerError {
            field,
            problem: Problem::Duplicate { key },
        });
    }
    Answers::from_json(&strict.value)
}

impl Answers {
    /// Reads answers from a JSON value: an object of contract fields, where `null` means
    /// absent. Refuses anything the contract does not allow, naming the field.
    ///
    /// # Errors
    ///
    /// An `AnswerError` naming the field at fault, or `""` when `value` is not an object.
    pub fn from_json(value: &Value) -> Result<Self, AnswerError> {
        let Value::Object(object) = value else {
            return Err(AnswerError {
                field: AnswerError::WHOLE.to_owned(),
                problem: Problem::NotAnObject {
                    found: describe(value),
                },
            });
        };
        let mut answers = Answers::default();
        for (name, value) in object {
            let Some(field) = Field::from_name(name) else {
                return Err(AnswerError {
                    field: name.clone(),
                    problem: Problem::UnknownField,
                });
            };
            if !value.is_null() {
                answers.set_from_json(field, value)?;
            }
        }
        // Read last, whatever the order of the keys: relief answers for options tried.
        if let Some(relief) = &answers.relief {
            if let Some((option, _)) = relief.iter().find(|&(option, _)| !answers.tried(option)) {
                return Err(AnswerError {
                    field: Field::Relief.name().to_owned(),
                    problem: Problem::NotTried { option },
                });
            }
        }
        Ok(answers)
    }

    /// The answers as the contract's JSON object, absent fields left out.
    pub fn to_json(&self) -> Value {
        // Serializing plain data to a Value cannot fail; an empty object is the safe fallback.
        serde_json::to_value(self).unwrap_or_else(|_| Value::Object(Map::new()))
    }

    fn set_from_json(&mut self, field: Field, value: &Value) -> Result<(), AnswerError> {
        match field {
            Field::Age => self.age = Some(whole_number(field, value, 120)?),
            Field::PainScore => self.pain_score = Some(whole_number(field, value, 10)?),
            Field::DurationWeeks => self.duration_weeks = Some(weeks(field, value)?),
            Field::PtWeeks => self.pt_weeks = Some(weeks(field, value)?),
            Field::PainArea => self.pain_area = Some(choice(field, value)?),
            Field::LegPain => self.leg_pain = Some(choice(field, value)?),
            Field::LegWeakness => self.leg_weakness = Some(choice(field, value)?),
            Field::DailyFunction => self.daily_function = Some(choice(field, value)?),
            Field::Relief => self.relief = Some(relief(field, value)?),
            Field::Diagnosis => self.diagnosis = Some(choice(field, value)?),
            Field::TreatmentsTried => self.treatments_tried = Some(options(field, value)?),
            tri_state_field => {
                let answer: TriState = choice(field, value)?;
                if let Some(slot) = self.tri_state_mut(tri_state_field) {
                    *slot = Some(answer);
                }
            }
        }
        Ok(())
    }
}

/// A whole number from 0 to `max`; 34.0 is 34, 34.5 is refused.
fn whole_number(field: Field, value: &Value, max: u8) -> Result<u8, AnswerError> {
    let expected = || format!("a whole number from 0 to {max}");
    let Value::Number(number) = value else {
        return Err(AnswerError::wrong(field, expected(), value));
    };
    let whole = match number.as_u64() {
        Some(whole) => Some(whole),
        None => number
            .as_f64()
            .filter(|float| float.fract() == 0.0 && (0.0..=f64::from(max)).contains(float))
            // In range and whole, so the conversion is exact.
            .map(|float| float as u64),
    };
    whole
        .filter(|&whole| whole <= u64::from(max))
        .and_then(|whole| u8::try_from(whole).ok())
        .ok_or_else(|| AnswerError::wrong(field, expected(), value))
}

/// The most weeks a duration may be: 120 years, the oldest age the contract takes.
pub const MAX_WEEKS: f64 = 120.0 * 52.0;

/// A number of weeks from 0 to `MAX_WEEKS`.
fn weeks(field: Field, value: &Value) -> Result<f64, AnswerError> {
    value
        .as_f64()
        .filter(|weeks| (0.0..=MAX_WEEKS).contains(weeks))
        // Adding 0.0 turns -0.0 into 0.0.
        .map(|weeks| weeks + 0.0)
        .ok_or_else(|| {
            AnswerError::wrong(field, "a number of weeks from 0 to 6240 (120 years)", value)
        })
}

/// An object of option id -> relief (`"good"`, `"partial"`, `"none"` or `"temporary"`).
/// Whether each option was tried is checked once every field is read.
fn relief(field: Field, value: &Value) -> Result<ReliefByOption, AnswerError> {
    let Value::Object(entries) = value else {
        return Err(AnswerError::wrong(
            field,
            "an object of option id -> relief, such as {\"physical_therapy\": \"partial\"}",
            value,
        ));
    };
    let mut relief = ReliefByOption::default();
    for (key, answer) in entries {
        let Some(option) = OptionId::from_id(key) else {
            return Err(AnswerError {
                field: field.name().to_owned(),
                problem: Problem::UnknownOption {
                    found: format!("{:?}", shortened(key)),
                },
            });
        };
        let Some(answer) = answer.as_str().and_then(Relief::from_id) else {
            return Err(AnswerError {
                field: field.name().to_owned(),
                problem: Problem::WrongValue {
                    expected: format!("for {key}, one of {}", list(Relief::ids())),
                    found: describe(answer),
                },
            });
        };
        relief.set(option, Some(answer));
    }
    Ok(relief)
}

/// One of the strings of the vocabulary `T`.
fn choice<T: Vocabulary>(field: Field, value: &Value) -> Result<T, AnswerError> {
    value
        .as_str()
        .and_then(T::lookup)
        .ok_or_else(|| AnswerError::wrong(field, format!("one of {}", list(T::ids())), value))
}

/// An array of option ids; each option is kept once, in table order.
fn options(field: Field, value: &Value) -> Result<Vec<OptionId>, AnswerError> {
    let Value::Array(items) = value else {
        return Err(AnswerError::wrong(field, "an array of option ids", value));
    };
    let mut tried = OptionSet::default();
    for item in items {
        let Some(text) = item.as_str() else {
            return Err(AnswerError {
                field: field.name().to_owned(),
                problem: Problem::WrongValue {
                    expected: "an array of option id strings".to_owned(),
                    found: format!("an array holding {}", describe(item)),
                },
            });
        };
        let Some(option) = OptionId::from_id(text) else {
            return Err(AnswerError {
                field: field.name().to_owned(),
                problem: Problem::UnknownOption {
                    found: describe(item),
                },
            });
        };
        tried.insert(option);
    }
    Ok(tried.iter().collect())
}

/// A short description of a JSON value for an error message.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => format!("{:?}", shortened(text)),
        Value::Array(items) => match items.as_slice() {
            [] => "an empty array".to_owned(),
            [item] if !item.is_array() && !item.is_object() => {
                format!("an array holding {}", describe(item))
            }
            _ => "an array".to_owned(),
        },
        Value::Object(_) => "an object".to_owned(),
    }
}

/// At most 40 characters of `text`, so that an error message stays readable.
fn shortened(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_owned(),
    }
}

/// `"a", "b" or "c"`.
fn list(ids: impl Iterator<Item = &'static str>) -> String {
    let ids: Vec<&str> = ids.collect();
    let mut text = String::new();
    for (index, id) in ids.iter().enumerate() {
        if index > 0 {
            text.push_str(if index + 1 == ids.len() { " or " } else { ", " });
        }
        text.push('"');
        text.push_str(id);
        text.push('"');
    }
    text
}

/// JSON read as `serde_json::Value`, but noting the first key that an object gives twice
/// (serde_json keeps the last one silently).
mod strict {
    use std::collections::BTreeSet;
    use std::fmt;

    use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Value};

    pub struct Strict {
        pub value: Value,
        /// The keys from the top object down to the first key given twice.
        pub duplicate: Option<Vec<String>>,
    }

    impl From<Value> for Strict {
        fn from(value: Value) -> Self {
            Self {
                value,
                duplicate: None,
            }
        }
    }

    impl<'de> Deserialize<'de> for Strict {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(StrictVisitor)
        }
    }

    struct StrictVisitor;

    impl<'de> Visitor<'de> for StrictVisitor {
        type Value = Strict;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }

        fn visit_bool<E>(self, v: bool) -> Result<Strict, E> {
            Ok(Value::Bool(v).into())
        }

        fn visit_i64<E>(self, v: i64) -> Result<Strict, E> {
            Ok(Value::from(v).into())
        }

        fn visit_u64<E>(self, v: u64) -> Result<Strict, E> {
            Ok(Value::from(v).into())
        }

        fn visit_f64<E>(self, v: f64) -> Result<Strict, E> {
            Ok(Value::from(v).into())
        }

        fn visit_str<E>(self, v: &str) -> Result<Strict, E> {
            Ok(Value::from(v).into())
        }

        fn visit_string<E>(self, v: String) -> Result<Strict, E> {
            Ok(Value::from(v).into())
        }

        fn visit_unit<E>(self) -> Result<Strict, E> {
            Ok(Value::Null.into())
        }

        fn visit_none<E>(self) -> Result<Strict, E> {
            Ok(Value::Null.into())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
            let mut items = Vec::new();
            let mut duplicate = None;
            while let Some(item) = seq.next_element::<Strict>()? {
                duplicate = duplicate.or(item.duplicate);
                items.push(item.value);
            }
            Ok(Strict {
                value: Value::Array(items),
                duplicate,
            })
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
            let mut object = Map::new();
            let mut seen = BTreeSet::new();
            let mut duplicate = None;
            while let Some(key) = map.next_key::<String>()? {
                let item = map.next_value::<Strict>()?;
                if duplicate.is_none() {
                    if !seen.insert(key.clone()) {
                        duplicate = Some(vec![key.clone()]);
                    } else if let Some(mut inner) = item.duplicate {
                        inner.insert(0, key.clone());
                        duplicate = Some(inner);
                    }
                }
                object.insert(key, item.value);
            }
            Ok(Strict {
                value: Value::Object(object),
                duplicate,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn error_of(json: Value) -> AnswerError {
        match Answers::from_json(&json) {
            Err(error) => error,
            Ok(answers) => panic!("accepted {json}: {answers:?}"),
        }
    }

    #[test]
    fn messages_name_the_field_and_what_was_expected() {
        assert_eq!(
            error_of(json!({"age": 130})).to_string(),
            "age must be a whole number from 0 to 120, got 130"
        );
        assert_eq!(
            error_of(json!({"favourite_colour": "blue"})).field(),
            "favourite_colour"
        );
        assert!(error_of(json!({"favourite_colour": "blue"}))
            .to_string()
            .starts_with("favourite_colour is not a known field"));
        let magnets = error_of(json!({"treatments_tried": ["magnets"]})).to_string();
        assert!(magnets.starts_with(
            "treatments_tried has an unknown option id \"magnets\"; expected one of \"activity_and_self_care\", "
        ));
        assert_eq!(
            error_of(json!({"fever": true})).to_string(),
            "fever must be one of \"yes\", \"no\" or \"unsure\", got true"
        );
        assert_eq!(
            error_of(json!([1])).to_string(),
            "the answers must be a JSON object of fields, got an array holding 1"
        );
        let number = error_of(json!({"treatments_tried": ["heat_ice", 3]}));
        assert_eq!(
            number.to_string(),
            "treatments_tried must be an array of option id strings, got an array holding 3"
        );
        assert_eq!(number.found(), Some("an array holding 3"));
        assert_eq!(error_of(json!({"age": "34"})).found(), Some("\"34\""));
    }

    #[test]
    fn whole_numbers_accept_integral_floats_only() {
        assert_eq!(
            Answers::from_json(&json!({"age": 34.0})).map(|a| a.age),
            Ok(Some(34))
        );
        assert_eq!(
            Answers::from_json(&json!({"age": 0})).map(|a| a.age),
            Ok(Some(0))
        );
        assert_eq!(
            Answers::from_json(&json!({"age": 120})).map(|a| a.age),
            Ok(Some(120))
        );
        for bad in [
            json!(34.5),
            json!(-1),
            json!(121),
            json!(1e300),
            json!("34"),
            json!(u64::MAX),
        ] {
            assert_eq!(error_of(json!({ "age": bad })).field(), "age");
        }
        assert_eq!(error_of(json!({"pain_score": 10.5})).field(), "pain_score");
    }

    #[test]
    fn null_is_absent_and_options_are_kept_once_in_table_order() {
        let answers = Answers::from_json(&json!({
            "age": null,
            "treatments_tried": ["massage", "heat_ice", "massage"],
        }));
        assert_eq!(
            answers,
            Ok(Answers {
                treatments_tried: Some(vec![OptionId::HeatIce, OptionId::Massage]),
                ..Answers::default()
            })
        );
    }

    #[test]
    fn not_json_is_an_error_about_the_whole() {
        let error = parse_answers("{\"age\": ").err();
        assert_eq!(error.as_ref().map(AnswerError::field), Some(""));
        let deep = "[".repeat(100_000);
        assert!(parse_answers(&deep).is_err());
    }

    #[test]
    fn long_strings_are_shortened_in_messages() {
        let long = "é".repeat(1000);
        let message = error_of(json!({ "fever": long })).to_string();
        assert!(message.len() < 200, "{message}");
        let message = error_of(json!({ "relief": { long.clone(): "good" } })).to_string();
        assert!(!message.contains(&"é".repeat(41)), "{message}");
    }

    #[test]
    fn relief_is_one_answer_per_option_tried() {
        let answers = Answers::from_json(&json!({
            "relief": {"facet_joint_block": "temporary", "physical_therapy": "partial"},
            "treatments_tried": ["physical_therapy", "facet_joint_block", "heat_ice"],
        }));
        let answers = answers.unwrap_or_default();
        assert_eq!(
            answers.relief_of(OptionId::FacetJointBlock),
            Relief::Temporary
        );
        assert_eq!(
            answers.relief_of(OptionId::PhysicalTherapy),
            Relief::Partial
        );
        assert_eq!(answers.relief_of(OptionId::HeatIce), Relief::None);
        let empty = Answers::from_json(&json!({"relief": {}}));
        assert_eq!(empty.map(|a| a.relief.is_some()), Ok(true));
    }

    #[test]
    fn every_wrong_relief_is_an_error_on_relief() {
        let tried = json!(["physical_therapy"]);
        let cases = [
            (
                json!("good"),
                "relief must be an object of option id -> relief",
            ),
            (json!(["good"]), "relief must be an object"),
            (
                json!({"magnets": "good"}),
                "relief has an unknown option id \"magnets\"",
            ),
            (
                json!({"massage": "good"}),
                "relief answers for \"massage\", which is not in treatments_tried",
            ),
            (
                json!({"physical_therapy": "great"}),
                "relief must be for physical_therapy, one of \"good\"",
            ),
            (
                json!({"physical_therapy": null}),
                "relief must be for physical_therapy, one of",
            ),
        ];
        for (relief, message) in cases {
            let error = error_of(json!({"treatments_tried": tried, "relief": relief}));
            assert_eq!(error.field(), "relief", "{relief}");
            assert!(error.to_string().starts_with(message), "{relief}: {error}");
        }
        // Nothing tried at all: any key of relief is not tried.
        assert!(matches!(
            error_of(json!({"relief": {"heat_ice": "good"}})).problem(),
            Problem::NotTried {
                option: OptionId::HeatIce
            }
        ));
    }

    #[test]
    fn a_key_given_twice_is_refused_and_named() {
        let error = parse_answers(r#"{"age": 30, "fever": "no", "age": 31}"#).err();
        assert_eq!(error.as_ref().map(AnswerError::field), Some("age"));
        assert_eq!(
            error.map(|e| e.to_string()).unwrap_or_default(),
            "age is given twice; give each field once"
        );
        let inner = parse_answers(
            r#"{"treatments_tried": ["massage"], "relief": {"massage": "good", "massage": "none"}}"#,
        )
        .err();
        assert_eq!(inner.as_ref().map(AnswerError::field), Some("relief"));
        assert!(parse_answers(r#"{"age": 30, "fever": "no"}"#).is_ok());
    }

    #[test]
    fn weeks_are_bounded_by_120_years() {
        assert_eq!(
            Answers::from_json(&json!({"duration_weeks": 6240})).map(|a| a.duration_weeks),
            Ok(Some(6240.0))
        );
        for bad in [json!(6240.5), json!(1e300), json!(-0.5)] {
            assert_eq!(
                error_of(json!({ "duration_weeks": bad })).field(),
                "duration_weeks"
            );
            assert_eq!(error_of(json!({ "pt_weeks": bad })).field(), "pt_weeks");
        }
    }
}
