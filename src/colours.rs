//! Colours for the clinic's accent setting: the four CSS forms backstep reads (hex, `rgb()`,
//! `hsl()` and the named colours of CSS Color Module Level 4) and the contrast of each against
//! white.

/// The contrast of a colour against white, or `None` when it is not a colour backstep accepts:
/// hex (3 or 6 digits), `rgb()`, `hsl()` or a named colour, with no alpha.
pub fn accent_contrast(text: &str) -> Option<f64> {
    let [r, g, b] = parse_colour(&css_trim(text).to_ascii_lowercase())?;
    // WCAG 2 relative luminance of sRGB.
    let channel = |c: f64| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    Some(1.05 / (luminance + 0.05))
}

/// A colour's sRGB channels from 0 to 1. Written here rather than taken from a colour crate:
/// the accent needs only these four forms, and a general parser (every CSS colour space) cost
/// the wasm several times more.
fn parse_colour(text: &str) -> Option<[f64; 3]> {
    if let Some(hex) = text.strip_prefix('#') {
        let digits: Vec<f64> = hex
            .chars()
            .map(|c| c.to_digit(16).map(f64::from))
            .collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some([r * 17.0 / 255.0, g * 17.0 / 255.0, b * 17.0 / 255.0]),
            [r1, r2, g1, g2, b1, b2] => Some([
                (r1 * 16.0 + r2) / 255.0,
                (g1 * 16.0 + g2) / 255.0,
                (b1 * 16.0 + b2) / 255.0,
            ]),
            _ => None,
        };
    }
    if let Some(inner) = text
        .strip_prefix("rgb(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let [r, g, b] = components(inner)?;
        // The comma form is CSS's legacy syntax: all three channels numbers, or all three
        // percentages ("rgb(0%, 0, 0)" is not a colour).
        let percents = [r, g, b].iter().filter(|c| c.ends_with('%')).count();
        if inner.contains(',') && percents % 3 != 0 {
            return None;
        }
        let channel = |part: &str| match part.strip_suffix('%') {
            Some(percent) => number(percent)
                .filter(|p| (0.0..=100.0).contains(p))
                .map(|p| p / 100.0),
            None => number(part)
                .filter(|v| (0.0..=255.0).contains(v))
                .map(|v| v / 255.0),
        };
        return Some([channel(r)?, channel(g)?, channel(b)?]);
    }
    if let Some(inner) = text
        .strip_prefix("hsl(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let [h, s, l] = components(inner)?;
        // In the legacy comma syntax saturation and lightness are percentages:
        // "hsl(200, 80, 25)" is not a colour.
        if inner.contains(',') && !(s.ends_with('%') && l.ends_with('%')) {
            return None;
        }
        let hue = number(h.strip_suffix("deg").unwrap_or(h))?.rem_euclid(360.0);
        let fraction = |part: &str| {
            number(part.strip_suffix('%').unwrap_or(part))
                .filter(|p| (0.0..=100.0).contains(p))
                .map(|p| p / 100.0)
        };
        let (s, l) = (fraction(s)?, fraction(l)?);
        // CSS Color 4, "Converting HSL colors to sRGB".
        let f = |n: f64| {
            let k = (n + hue / 30.0) % 12.0;
            l - s * l.min(1.0 - l) * (k - 3.0).min(9.0 - k).clamp(-1.0, 1.0)
        };
        return Some([f(0.0), f(8.0), f(4.0)]);
    }
    let at = NAMED_COLOURS
        .binary_search_by(|(name, _)| (*name).cmp(text))
        .ok()?;
    Some(NAMED_COLOURS[at].1.map(|c| f64::from(c) / 255.0))
}

/// Exactly three components, separated by commas or by spaces (no "/ alpha"). Spaces are
/// CSS's own (ASCII) whitespace: a no-break or other Unicode space makes no colour.
fn components(inner: &str) -> Option<[&str; 3]> {
    let parts: Vec<&str> = if inner.contains(',') {
        inner.split(',').map(css_trim).collect()
    } else {
        inner.split_ascii_whitespace().collect()
    };
    match parts.as_slice() {
        [a, b, c] => Some([a, b, c]),
        _ => None,
    }
}

/// `text` without the whitespace CSS skips (ASCII only; `str::trim` would also drop
/// Unicode spaces that CSS does not).
pub fn css_trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_ascii_whitespace())
}

/// A plain decimal number (no exponent, no sign but a leading minus). Read by
/// crate::decimal, not `parse::<f64>` (why: there), to the same value.
fn number(text: &str) -> Option<f64> {
    let (negative, magnitude) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    crate::decimal::parse_unsigned(magnitude)
        .map(|n| if negative { -n } else { n })
        .filter(|n| n.is_finite())
}

/// Every CSS named colour with its sRGB value, sorted by name for a binary search.
pub const NAMED_COLOURS: [(&str, [u8; 3]); 148] = [
    ("aliceblue", [240, 248, 255]),
    ("antiquewhite", [250, 235, 215]),
    ("aqua", [0, 255, 255]),
    ("aquamarine", [127, 255, 212]),
    ("azure", [240, 255, 255]),
    ("beige", [245, 245, 220]),
    ("bisque", [255, 228, 196]),
    ("black", [0, 0, 0]),
    ("blanchedalmond", [255, 235, 205]),
    ("blue", [0, 0, 255]),
    ("blueviolet", [138, 43, 226]),
    ("brown", [165, 42, 42]),
    ("burlywood", [222, 184, 135]),
    ("cadetblue", [95, 158, 160]),
    ("chartreuse", [127, 255, 0]),
    ("chocolate", [210, 105, 30]),
    ("coral", [255, 127, 80]),
    ("cornflowerblue", [100, 149, 237]),
    ("cornsilk", [255, 248, 220]),
    ("crimson", [220, 20, 60]),
    ("cyan", [0, 255, 255]),
    ("darkblue", [0, 0, 139]),
    ("darkcyan", [0, 139, 139]),
    ("darkgoldenrod", [184, 134, 11]),
    ("darkgray", [169, 169, 169]),
    ("darkgreen", [0, 100, 0]),
    ("darkgrey", [169, 169, 169]),
    ("darkkhaki", [189, 183, 107]),
    ("darkmagenta", [139, 0, 139]),
    ("darkolivegreen", [85, 107, 47]),
    ("darkorange", [255, 140, 0]),
    ("darkorchid", [153, 50, 204]),
    ("darkred", [139, 0, 0]),
    ("darksalmon", [233, 150, 122]),
    ("darkseagreen", [143, 188, 143]),
    ("darkslateblue", [72, 61, 139]),
    ("darkslategray", [47, 79, 79]),
    ("darkslategrey", [47, 79, 79]),
    ("darkturquoise", [0, 206, 209]),
    ("darkviolet", [148, 0, 211]),
    ("deeppink", [255, 20, 147]),
    ("deepskyblue", [0, 191, 255]),
    ("dimgray", [105, 105, 105]),
    ("dimgrey", [105, 105, 105]),
    ("dodgerblue", [30, 144, 255]),
    ("firebrick", [178, 34, 34]),
    ("floralwhite", [255, 250, 240]),
    ("forestgreen", [34, 139, 34]),
    ("fuchsia", [255, 0, 255]),
    ("gainsboro", [220, 220, 220]),
    ("ghostwhite", [248, 248, 255]),
    ("gold", [255, 215, 0]),
    ("goldenrod", [218, 165, 32]),
    ("gray", [128, 128, 128]),
    ("green", [0, 128, 0]),
    ("greenyellow", [173, 255, 47]),
    ("grey", [128, 128, 128]),
    ("honeydew", [240, 255, 240]),
    ("hotpink", [255, 105, 180]),
    ("indianred", [205, 92, 92]),
    ("indigo", [75, 0, 130]),
    ("ivory", [255, 255, 240]),
    ("khaki", [240, 230, 140]),
    ("lavender", [230, 230, 250]),
    ("lavenderblush", [255, 240, 245]),
    ("lawngreen", [124, 252, 0]),
    ("lemonchiffon", [255, 250, 205]),
    ("lightblue", [173, 216, 230]),
    ("lightcoral", [240, 128, 128]),
    ("lightcyan", [224, 255, 255]),
    ("lightgoldenrodyellow", [250, 250, 210]),
    ("lightgray", [211, 211, 211]),
    ("lightgreen", [144, 238, 144]),
    ("lightgrey", [211, 211, 211]),
    ("lightpink", [255, 182, 193]),
    ("lightsalmon", [255, 160, 122]),
    ("lightseagreen", [32, 178, 170]),
    ("lightskyblue", [135, 206, 250]),
    ("lightslategray", [119, 136, 153]),
    ("lightslategrey", [119, 136, 153]),
    ("lightsteelblue", [176, 196, 222]),
    ("lightyellow", [255, 255, 224]),
    ("lime", [0, 255, 0]),
    ("limegreen", [50, 205, 50]),
    ("linen", [250, 240, 230]),
    ("magenta", [255, 0, 255]),
    ("maroon", [128, 0, 0]),
    ("mediumaquamarine", [102, 205, 170]),
    ("mediumblue", [0, 0, 205]),
    ("mediumorchid", [186, 85, 211]),
    ("mediumpurple", [147, 112, 219]),
    ("mediumseagreen", [60, 179, 113]),
    ("mediumslateblue", [123, 104, 238]),
    ("mediumspringgreen", [0, 250, 154]),
    ("mediumturquoise", [72, 209, 204]),
    ("mediumvioletred", [199, 21, 133]),
    ("midnightblue", [25, 25, 112]),
    ("mintcream", [245, 255, 250]),
    ("mistyrose", [255, 228, 225]),
    ("moccasin", [255, 228, 181]),
    ("navajowhite", [255, 222, 173]),
    ("navy", [0, 0, 128]),
    ("oldlace", [253, 245, 230]),
    ("olive", [128, 128, 0]),
    ("olivedrab", [107, 142, 35]),
    ("orange", [255, 165, 0]),
    ("orangered", [255, 69, 0]),
    ("orchid", [218, 112, 214]),
    ("palegoldenrod", [238, 232, 170]),
    ("palegreen", [152, 251, 152]),
    ("paleturquoise", [175, 238, 238]),
    ("palevioletred", [219, 112, 147]),
    ("papayawhip", [255, 239, 213]),
    ("peachpuff", [255, 218, 185]),
    ("peru", [205, 133, 63]),
    ("pink", [255, 192, 203]),
    ("plum", [221, 160, 221]),
    ("powderblue", [176, 224, 230]),
    ("purple", [128, 0, 128]),
    ("rebeccapurple", [102, 51, 153]),
    ("red", [255, 0, 0]),
    ("rosybrown", [188, 143, 143]),
    ("royalblue", [65, 105, 225]),
    ("saddlebrown", [139, 69, 19]),
    ("salmon", [250, 128, 114]),
    ("sandybrown", [244, 164, 96]),
    ("seagreen", [46, 139, 87]),
    ("seashell", [255, 245, 238]),
    ("sienna", [160, 82, 45]),
    ("silver", [192, 192, 192]),
    ("skyblue", [135, 206, 235]),
    ("slateblue", [106, 90, 205]),
    ("slategray", [112, 128, 144]),
    ("slategrey", [112, 128, 144]),
    ("snow", [255, 250, 250]),
    ("springgreen", [0, 255, 127]),
    ("steelblue", [70, 130, 180]),
    ("tan", [210, 180, 140]),
    ("teal", [0, 128, 128]),
    ("thistle", [216, 191, 216]),
    ("tomato", [255, 99, 71]),
    ("turquoise", [64, 224, 208]),
    ("violet", [238, 130, 238]),
    ("wheat", [245, 222, 179]),
    ("white", [255, 255, 255]),
    ("whitesmoke", [245, 245, 245]),
    ("yellow", [255, 255, 0]),
    ("yellowgreen", [154, 205, 50]),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `number` as it was with `parse::<f64>`, to hold the new one to it.
    #[cfg(not(target_arch = "wasm32"))]
    fn number_before(text: &str) -> Option<f64> {
        let valid = !text.is_empty()
            && text
                .trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.');
        valid
            .then(|| text.parse::<f64>().ok())
            .flatten()
            .filter(|n| n.is_finite())
    }

    // Native only: proptest does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn colour_numbers_read_as_they_did_with_the_standard_parser(
            text in "[-0-9.+eE]{0,10}|-?[0-9]{0,4}\\.?[0-9]{0,30}|-?[0-9]{300,320}",
        ) {
            let now = number(&text).map(f64::to_bits);
            let before = number_before(&text).map(f64::to_bits);
            proptest::prop_assert_eq!(now, before, "{:?}", text);
        }
    }
}
