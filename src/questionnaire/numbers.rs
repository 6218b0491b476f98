//! Numbers typed by a person: ages and durations, read without guessing.

/// The unit a duration is typed in. Durations are kept in weeks, exactly: rounding into
/// bins would blur the rules' boundaries (2, 4, 6, 12, 26 weeks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DurationUnit {
    Days,
    #[default]
    Weeks,
    Months,
}

impl DurationUnit {
    pub const ALL: [DurationUnit; 3] = [
        DurationUnit::Days,
        DurationUnit::Weeks,
        DurationUnit::Months,
    ];

    /// A day is 1/7 week, a month 52/12 weeks.
    pub fn to_weeks(self, amount: f64) -> f64 {
        match self {
            DurationUnit::Days => amount / 7.0,
            DurationUnit::Weeks => amount,
            DurationUnit::Months => amount * 52.0 / 12.0,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            DurationUnit::Days => "days",
            DurationUnit::Weeks => "weeks",
            DurationUnit::Months => "months",
        }
    }

    pub fn from_id(id: &str) -> Option<DurationUnit> {
        DurationUnit::ALL.into_iter().find(|unit| unit.id() == id)
    }
}

/// What is wrong with a number someone typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    /// Nothing was typed.
    Missing,
    /// What was typed is not a number.
    NotANumber,
    /// A fraction where whole numbers are asked for.
    NotWhole,
    /// Below the smallest or above the largest value allowed.
    OutOfRange { min: u32, max: u32 },
}

/// The largest duration accepted, in any unit: a hundred years is far past any rule.
const MAX_AMOUNT: f64 = 5_200.0;

fn parse_number(text: &str) -> Result<f64, NumberProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberProblem::Missing);
    }
    // A decimal comma is as good as a decimal point ("2,5" weeks). Digits and one point only:
    // no sign, no exponent (see crate::decimal for why not `parse::<f64>`).
    let normalised = text.replace(',', ".");
    match crate::decimal::parse_unsigned(&normalised) {
        Some(number) if number.is_finite() => Ok(number),
        _ => Err(NumberProblem::NotANumber),
    }
}

/// An age in whole years, 0 to 120 (the contract's range).
pub fn parse_age(text: &str) -> Result<u8, NumberProblem> {
    let number = parse_number(text)?;
    if number.fract() != 0.0 {
        return Err(NumberProblem::NotWhole);
    }
    if number > 120.0 {
        return Err(NumberProblem::OutOfRange { min: 0, max: 120 });
    }
    Ok(number as u8)
}

/// A number of days, weeks or months (not negative, at most `MAX_AMOUNT`), in weeks.
pub fn parse_weeks(text: &str, unit: DurationUnit) -> Result<f64, NumberProblem> {
    let number = parse_number(text)?;
    if number > MAX_AMOUNT {
        return Err(NumberProblem::OutOfRange {
            min: 0,
            max: MAX_AMOUNT as u32,
        });
    }
    Ok(unit.to_weeks(number))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `parse_number` as it was with `parse::<f64>`, to hold the new one to it.
    #[cfg(not(target_arch = "wasm32"))]
    fn parse_number_before(text: &str) -> Result<f64, NumberProblem> {
        let text = text.trim();
        if text.is_empty() {
            return Err(NumberProblem::Missing);
        }
        let normalised = text.replace(',', ".");
        let valid = normalised.chars().all(|c| c.is_ascii_digit() || c == '.')
            && normalised.chars().filter(|&c| c == '.').count() <= 1;
        match normalised.parse::<f64>() {
            Ok(number) if valid && number.is_finite() => Ok(number),
            _ => Err(NumberProblem::NotANumber),
        }
    }

    // Native only: proptest does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn numbers_read_as_they_did_with_the_standard_parser(
            text in "[ 0-9.,+eE-]{0,12}|[0-9]{1,4}[.,][0-9]{0,40}|[0-9]{1,400}",
        ) {
            let now = parse_number(&text).map(f64::to_bits);
            let before = parse_number_before(&text).map(f64::to_bits);
            proptest::prop_assert_eq!(now, before, "{:?}", text);
        }
    }

    #[test]
    fn ages_are_whole_years_from_0_to_120() {
        assert_eq!(parse_age(" 44 "), Ok(44));
        assert_eq!(parse_age("120"), Ok(120));
        assert_eq!(parse_age("0"), Ok(0));
        assert_eq!(
            parse_age("121"),
            Err(NumberProblem::OutOfRange { min: 0, max: 120 })
        );
        assert_eq!(parse_age("34.5"), Err(NumberProblem::NotWhole));
        assert_eq!(parse_age("-3"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_age("forty"), Err(NumberProblem::NotANumber));
        assert_eq!(parse_age(""), Err(NumberProblem::Missing));
        assert_eq!(parse_age("1e2"), Err(NumberProblem::NotANumber));
    }

    #[test]
    fn durations_convert_exactly_to_weeks() {
        assert_eq!(parse_weeks("14", DurationUnit::Days), Ok(2.0));
        assert_eq!(parse_weeks("6", DurationUnit::Weeks), Ok(6.0));
        assert_eq!(parse_weeks("3", DurationUnit::Months), Ok(13.0));
        assert_eq!(parse_weeks("6", DurationUnit::Months), Ok(26.0));
        assert_eq!(parse_weeks("2,5", DurationUnit::Weeks), Ok(2.5));
        assert_eq!(
            parse_weeks("-1", DurationUnit::Weeks),
            Err(NumberProblem::NotANumber)
        );
        assert_eq!(
            parse_weeks("1.2.3", DurationUnit::Weeks),
            Err(NumberProblem::NotANumber)
        );
        assert_eq!(
            parse_weeks("99999", DurationUnit::Days),
            Err(NumberProblem::OutOfRange { min: 0, max: 5200 })
        );
    }

    #[test]
    fn a_day_short_of_a_boundary_stays_below_it() {
        // 41 days is under 6 weeks; 42 days is exactly 6 weeks.
        assert!(parse_weeks("41", DurationUnit::Days).unwrap() < 6.0);
        assert_eq!(parse_weeks("42", DurationUnit::Days), Ok(6.0));
    }
}
