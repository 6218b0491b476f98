//! Decimal numbers typed by people (ages, durations, the clinic accent's colour channels),
//! read into `f64` exactly as `str::parse::<f64>` reads them, without it.
//!
//! Why not `parse::<f64>`: the standard library's parser brings its Eisel-Lemire fast path,
//! with a 10 KB table of powers of five, and its big-decimal slow path into the wasm (about
//! 14 KB gzip of the critical path), for text that is almost always a few digits.
//! Here the few-digit case is one exact division (Clinger's fast path), and anything longer is
//! settled by exact comparison against big integers: slow for a pasted page of digits, small
//! in the wasm, and rounded exactly as `parse` rounds (to nearest, ties to even), so the same
//! text gives the same number, the same errors and the same advice as before.

use std::cmp::Ordering;

/// `text` as a number, when it is digits with at most one `.` and at least one digit
/// ("12", "2.5", "5.", ".5"): then bit for bit what `text.parse::<f64>()` gives (infinity for
/// a number past `f64::MAX`, as there). `None` for anything else, which callers refuse in any
/// case: signs, exponents, "inf", "nan", spaces.
pub fn parse_unsigned(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let is_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    // value = digits / 10^scale; zeros that change nothing are dropped first.
    let fraction = fraction.trim_end_matches('0');
    let scale = fraction.len();
    let digits: Vec<u8> = whole
        .bytes()
        .chain(fraction.bytes())
        .map(|b| b - b'0')
        .skip_while(|&d| d == 0)
        .collect();
    // Up to 15 digits are an integer below 2^53, exact in an f64, and so is 10^scale up to
    // 10^22: one correctly rounded division gives the correctly rounded quotient.
    if digits.len() <= 15 && scale <= 22 {
        let integer = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
        let power = (0..scale).fold(1.0, |p, _| p * 10.0);
        return Some(integer as f64 / power);
    }
    Some(nearest(&digits, scale))
}

/// The float nearest `digits / 10^scale` (ties to even), by bisection: for non-negative
/// floats, the order of the bit patterns is the order of the values.
fn nearest(digits: &[u8], scale: usize) -> f64 {
    let mut value = Big(Vec::new());
    for &digit in digits {
        value.mul_add(10, u64::from(digit));
    }
    let mut power = Big(vec![1]);
    for _ in 0..scale {
        power.mul_add(10, 0);
    }
    // value / 10^scale against m * 2^e, both sides multiplied out to integers.
    let compare = |m: u64, e: i32| {
        let mut left = value.clone();
        left.shl(e.min(0).unsigned_abs());
        let mut right = power.clone();
        right.mul_add(m, 0);
        right.shl(e.max(0).unsigned_abs());
        left.cmp(&right)
    };
    // The largest finite float at most the value: float(low) <= value < float(high).
    let (mut low, mut high) = (0u64, f64::INFINITY.to_bits());
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        let (m, e) = parts(middle);
        if compare(m, e) == Ordering::Less {
            high = middle;
        } else {
            low = middle;
        }
    }
    // Then up if the value is past the halfway point to the next float (past f64::MAX, that
    // is infinity's bit pattern), or on it and the next one is even.
    let (m, e) = parts(low);
    let bits = match compare(2 * m + 1, e - 1) {
        Ordering::Greater => low + 1,
        Ordering::Equal if low % 2 == 1 => low + 1,
        _ => low,
    };
    f64::from_bits(bits)
}

/// A finite non-negative float's bit pattern as `m * 2^e`, `m` an integer.
fn parts(bits: u64) -> (u64, i32) {
    let exponent = (bits >> 52) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    }
}

/// A non-negative integer of any size, in base 2^32, least significant limb first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    /// self = self * factor + add.
    fn mul_add(&mut self, factor: u64, add: u64) {
        let mut carry = u128::from(add);
        for limb in &mut self.0 {
            let product = u128::from(*limb) * u128::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        while carry > 0 {
            self.0.push(carry as u32);
            carry >>= 32;
        }
    }

    /// self = self * 2^bits.
    fn shl(&mut self, bits: u32) {
        let shift = bits % 32;
        if shift > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let out = *limb >> (32 - shift);
                *limb = (*limb << shift) | carry;
                carry = out;
            }
            self.0.push(carry);
        }
        let limbs = (bits / 32) as usize;
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let significant = |limbs: &[u32]| limbs.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
        let (a, b) = (
            &self.0[..significant(&self.0)],
            &other.0[..significant(&other.0)],
        );
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

// Native only: proptest does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// What the standard library makes of `text`, for the texts `parse_unsigned` takes.
    fn std_parse(text: &str) -> Option<u64> {
        text.parse::<f64>().ok().map(f64::to_bits)
    }

    fn ours(text: &str) -> Option<u64> {
        parse_unsigned(text).map(f64::to_bits)
    }

    /// The exact decimal of m * 2^e: every float, and every halfway point between two, has
    /// one, and the halfway points are where rounding is hardest.
    fn exact_decimal(m: u64, e: i32) -> String {
        // Little-endian decimal digits of m * 2^e (e >= 0) or m * 5^-e (e < 0).
        let mut digits: Vec<u32> = m
            .to_string()
            .bytes()
            .rev()
            .map(|b| u32::from(b - b'0'))
            .collect();
        let factor = if e >= 0 { 2 } else { 5 };
        for _ in 0..e.unsigned_abs() {
            let mut carry = 0;
            for d in &mut digits {
                let x = *d * factor + carry;
                *d = x % 10;
                carry = x / 10;
            }
            while carry > 0 {
                digits.push(carry % 10);
                carry /= 10;
            }
        }
        let text: String = digits
            .iter()
            .rev()
            .map(|d| char::from_digit(*d, 10).unwrap())
            .collect();
        if e >= 0 {
            return text;
        }
        // m * 5^-e / 10^-e.
        let places = e.unsigned_abs() as usize;
        let padded = format!(
            "{}{text}",
            "0".repeat((places + 1).saturating_sub(text.len()))
        );
        let (whole, fraction) = padded.split_at(padded.len() - places);
        format!("{whole}.{fraction}")
    }

    #[test]
    fn the_texts_people_type() {
        for text in [
            "0", "44", "120", "2.5", "2.50", "5.", ".5", "0.1", "007", "5200", "41", "255", "100",
            "33.3", "0.0",
        ] {
            assert_eq!(ours(text), std_parse(text), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_plain_decimal_is_refused() {
        for text in [
            "", ".", "-1", "+1", "1e2", "1.2.3", " 1", "1 ", "inf", "NaN", "1,5", "٣", "0x1",
        ] {
            assert_eq!(ours(text), None, "{text:?}");
        }
    }

    #[test]
    fn ties_go_to_even_and_past_the_largest_float_is_infinity() {
        let cases = [
            "9007199254740993", // 2^53 + 1: halfway, down to 2^53
            "9007199254740995", // 2^53 + 3: halfway, up to 2^53 + 4
            "0.1000000000000000055511151231257827021181583404541015625", // the float 0.1 itself
            "0.30000000000000004",
            "123456789012345678901234567890.5",
        ];
        for text in cases {
            assert_eq!(ours(text), std_parse(text), "{text}");
        }
        // f64::MAX + half its last place: a tie, rounded to the even side, past the range.
        let (m, e) = parts(f64::MAX.to_bits());
        let past = exact_decimal(2 * m + 1, e - 1);
        assert_eq!(parse_unsigned(&past), Some(f64::INFINITY));
        assert_eq!(ours(&past), std_parse(&past));
        // Half the smallest subnormal (a tie to 0) and one and a half of it (a tie up to 2).
        for m in [1, 3] {
            let text = exact_decimal(m, -1075);
            assert_eq!(ours(&text), std_parse(&text), "{m} * 2^-1075");
        }
        assert_eq!(
            parse_unsigned(&format!("1{}", "0".repeat(400))),
            Some(f64::INFINITY)
        );
        assert_eq!(
            parse_unsigned(&format!("0.{}1", "0".repeat(400))),
            Some(0.0)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        #[test]
        fn short_and_long_decimals_read_as_the_standard_library_reads_them(
            text in "[0-9]{0,30}(\\.[0-9]{0,30})?|0{0,3}[1-9][0-9]{0,4}\\.[0-9]{15,60}|[0-9]{15,40}",
        ) {
            proptest::prop_assert_eq!(ours(&text), std_parse(&text), "{}", text);
        }

        #[test]
        fn every_float_written_out_reads_back(bits in 0u64..0x7ff0_0000_0000_0000, places in 0usize..40) {
            let float = f64::from_bits(bits);
            let shortest = format!("{float}");
            proptest::prop_assert_eq!(ours(&shortest), Some(bits));
            let rounded = format!("{float:.places$}");
            proptest::prop_assert_eq!(ours(&rounded), std_parse(&rounded), "{}", rounded);
        }

        #[test]
        fn halfway_points_round_as_the_standard_library_rounds(bits in 0u64..0x7ff0_0000_0000_0000) {
            let (m, e) = parts(bits);
            let text = exact_decimal(2 * m + 1, e - 1);
            proptest::prop_assert_eq!(ours(&text), std_parse(&text), "{}", text);
        }

        #[test]
        fn anything_else_is_refused_where_the_standard_library_also_fails_or_callers_refuse(
            text in "[-+0-9.eE ]{0,8}",
        ) {
            let plain = text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && text.matches('.').count() <= 1;
            let expected = if plain { std_parse(&text) } else { None };
            proptest::prop_assert_eq!(ours(&text), expected, "{:?}", text);
        }
    }
}
