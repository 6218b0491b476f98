//! What a browser's language tags tell us: the emergency number of the region.

/// The emergency number for a BCP 47 tag's region, where it is clear ("en-GB" is 999).
/// A tag with no region, or a region not listed, says nothing: the caller keeps 911.
pub fn emergency_number_for(tag: &str) -> Option<&'static str> {
    let region = tag
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2)?
        .to_ascii_uppercase();
    let number = match region.as_str() {
        "US" | "CA" | "MX" | "PR" | "PA" | "CR" | "SV" | "GT" | "HN" | "NI" | "PY" | "UY"
        | "AR" | "PH" => "911",
        "GB" => "999",
        "AU" => "000",
        "NZ" => "111",
        "IN" => "112",
        // The European emergency number, answered across the EU and beyond.
        "AT" | "BE" | "BG" | "HR" | "CY" | "CZ" | "DK" | "EE" | "FI" | "FR" | "DE" | "GR"
        | "HU" | "IE" | "IT" | "LV" | "LT" | "LU" | "MT" | "NL" | "PL" | "PT" | "RO" | "SK"
        | "SI" | "ES" | "SE" | "NO" | "IS" | "CH" | "LI" => "112",
        _ => return None,
    };
    Some(number)
}

/// The emergency number for the first of the browser's languages that names a clear region.
pub fn emergency_number_from<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    tags.into_iter().find_map(emergency_number_for)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_give_their_numbers() {
        assert_eq!(emergency_number_for("en-GB"), Some("999"));
        assert_eq!(emergency_number_for("en-AU"), Some("000"));
        assert_eq!(emergency_number_for("en-US"), Some("911"));
        assert_eq!(emergency_number_for("es-MX"), Some("911"));
        assert_eq!(emergency_number_for("es-ES"), Some("112"));
        assert_eq!(emergency_number_for("de-DE"), Some("112"));
        assert_eq!(emergency_number_for("fr-fr"), Some("112"));
        assert_eq!(emergency_number_for("zh-Hant-TW"), None);
        assert_eq!(
            emergency_number_for("es-419"),
            None,
            "Latin America as a whole has no one number"
        );
        assert_eq!(emergency_number_for("en"), None);
        assert_eq!(emergency_number_for(""), None);
    }

    #[test]
    fn the_first_clear_language_wins() {
        assert_eq!(emergency_number_from(["en", "en-GB", "en-US"]), Some("999"));
        assert_eq!(emergency_number_from(["es-419", "es"]), None);
    }
}
