//! A clinic's settings for the embedded widget, validated: never trusted, never rendered as
//! HTML. A bad value is ignored whole and the default used (a long clinic name is cut), and
//! each problem becomes one warning that names the setting and the rule it broke.

use crate::colours::{accent_contrast, css_trim};
use crate::content::Language;
use crate::engine::OptionId;
use crate::locale::EmergencyNumber;

/// The settings a host page may give, as element attributes or as query parameters.
pub const SETTINGS: [&str; 7] = [
    "lang",
    "clinic-name",
    "phone",
    "emergency-number",
    "booking-url",
    "accent",
    "services",
];

/// Valid settings; `None` or empty where the host gave none, or none valid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClinicSettings {
    pub language: Option<Language>,
    pub clinic_name: Option<String>,
    pub phone: Option<String>,
    pub emergency_number: Option<EmergencyNumber>,
    pub booking_url: Option<String>,
    /// A CSS colour with at least 4.5:1 contrast against white, as the host wrote it.
    pub accent: Option<String>,
    /// Ladder options the clinic offers, in table order.
    pub services: Vec<OptionId>,
}

/// One broken rule: the setting and what it must be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingWarning {
    pub setting: &'static str,
    pub rule: String,
}

impl std::fmt::Display for SettingWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "backstep: the {} setting {}", self.setting, self.rule)
    }
}

pub const MAX_CLINIC_NAME: usize = 80;

impl ClinicSettings {
    /// Reads every setting from `get` (an attribute or a query parameter; `None` when absent).
    pub fn read(get: impl Fn(&str) -> Option<String>) -> (ClinicSettings, Vec<SettingWarning>) {
        let mut settings = ClinicSettings::default();
        let mut warnings = Vec::new();
        let mut warn =
            |setting: &'static str, rule: String| warnings.push(SettingWarning { setting, rule });

        if let Some(value) = get("lang") {
            match Language::from_tag(&value) {
                Some(language) => settings.language = Some(language),
                None => warn("lang", format!("must be a language backstep speaks (en or es), got {value:?}; using the browser's")),
            }
        }
        if let Some(value) = get("clinic-name") {
            let name = value.trim();
            let count = name.chars().count();
            if let Some(hidden) = name.chars().find(|&c| crate::invisible::is_invisible(c)) {
                warn("clinic-name", format!("must be plain text, without control, format, zero-width, text-direction or blank characters, got U+{:04X} in {value:?}; ignored", u32::from(hidden)));
            } else {
                if count > MAX_CLINIC_NAME {
                    warn("clinic-name", format!("must be at most {MAX_CLINIC_NAME} characters, got {count}; cut to {MAX_CLINIC_NAME}"));
                }
                if !name.is_empty() {
                    settings.clinic_name = Some(name.chars().take(MAX_CLINIC_NAME).collect());
                }
            }
        }
        if let Some(value) = get("phone") {
            let phone = value.trim_matches(|c: char| c.is_ascii_whitespace());
            if is_phone_number(phone) {
                settings.phone = Some(phone.to_string());
            } else {
                warn("phone", format!("must be a phone number of {MIN_PHONE_DIGITS} to {MAX_PHONE_DIGITS} digits, at most {MAX_PHONE} characters, with + only first, single spaces or - between groups and ( ) around one group of digits, got {value:?}; ignored"));
            }
        }
        if let Some(value) = get("emergency-number") {
            match EmergencyNumber::parse(&value) {
                Ok(number) => settings.emergency_number = Some(number),
                Err(problem) => warn("emergency-number", format!("{problem}; using the default")),
            }
        }
        if let Some(value) = get("booking-url") {
            match https_url(value.trim()) {
                Some(url) => settings.booking_url = Some(url),
                None => warn(
                    "booking-url",
                    format!("must be an https:// address with a host and no user name or password, got {value:?}; ignored"),
                ),
            }
        }
        if let Some(value) = get("accent") {
            let colour = css_trim(&value);
            match accent_contrast(colour) {
                Some(ratio) if ratio >= 4.5 => settings.accent = Some(colour.to_string()),
                Some(ratio) => warn(
                    "accent",
                    format!(
                        "must have at least 4.5:1 contrast against white, got {}:1 for {value:?}; using the default",
                        two_decimals(ratio)
                    ),
                ),
                None => warn(
                    "accent",
                    format!("must be a CSS colour without alpha (hex, rgb(), hsl() or a name), got {value:?}; using the default"),
                ),
            }
        }
        if let Some(value) = get("services") {
            let mut unknown = Vec::new();
            for id in value.split_whitespace() {
                match OptionId::from_id(id) {
                    Some(option) if !settings.services.contains(&option) => {
                        settings.services.push(option)
                    }
                    Some(_) => {}
                    None => unknown.push(id.to_string()),
                }
            }
            settings.services.sort_by_key(|&option| option as usize);
            if !unknown.is_empty() {
                warn(
                    "services",
                    format!("must list ladder option ids; dropped the unknown {unknown:?}"),
                );
            }
        }
        (settings, warnings)
    }
}

/// "2.34" for 2.3449, without pulling float formatting into the wasm.
fn two_decimals(value: f64) -> String {
    let hundredths = (value * 100.0).round() as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The address when it is a plain https URL with a host, and nothing a browser would run.
/// No user name or password (`https://user:pass@evil.example` shows a trusted name before
/// the `@` and goes to the host after it), and no backslash (browsers read it as a slash,
/// so what looks like a path can end the host).
fn https_url(text: &str) -> Option<String> {
    let rest = text.strip_prefix("https://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.split(':').next().unwrap_or_default();
    let printable = text.chars().all(|c| c.is_ascii_graphic() && c != '\\');
    (!host.is_empty() && !authority.contains('@') && printable && text.len() <= 2000)
        .then(|| text.to_string())
}

const MIN_PHONE_DIGITS: usize = 3;
/// The longest number ITU-T E.164 allows.
const MAX_PHONE_DIGITS: usize = 15;
const MAX_PHONE: usize = 20;

/// A phone number as people write it: an optional `+` first, then groups of digits
/// separated by one space or `-`, where one group may sit in parentheses ("+1 (555)
/// 010-0199"). Anything else (`((((((((((1`, `--1`, `1 ()`) is refused rather than
/// guessed at, because the `tel:` link keeps only the digits.
fn is_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if !(MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits) || text.chars().count() > MAX_PHONE
    {
        return false;
    }
    let body = text.strip_prefix('+').unwrap_or(text);
    let mut previous = None;
    let mut in_group = false;
    let mut groups = 0;
    for c in body.chars() {
        let fits = match c {
            '0'..='9' => true,
            // Opens a group after the start, a separator or a digit; never nested, once only.
            '(' => !in_group && groups == 0 && previous != Some(')'),
            // Closes a group of digits.
            ')' => in_group && previous.is_some_and(|p: char| p.is_ascii_digit()),
            // Between two groups of digits, one at a time, never inside parentheses.
            ' ' | '-' => !in_group && matches!(previous, Some('0'..='9' | ')')),
            _ => false,
        };
        if !fits {
            return false;
        }
        match c {
            '(' => in_group = true,
            ')' => {
                in_group = false;
                groups += 1;
            }
            _ => {}
        }
        previous = Some(c);
    }
    !in_group && previous.is_some_and(|p| p.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(pairs: &[(&str, &str)]) -> (ClinicSettings, Vec<SettingWarning>) {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ClinicSettings::read(|name| map.get(name).cloned())
    }

    #[test]
    fn good_settings_are_kept() {
        let (settings, warnings) = read(&[
            ("lang", "es-MX"),
            ("clinic-name", "Clínica del Sol"),
            ("phone", "+1 (555) 010-0199"),
            ("emergency-number", "112"),
            ("booking-url", "https://clinic.example/book?from=backstep"),
            ("accent", "#0b5f73"),
            ("services", "physical_therapy epidural_steroid_injection"),
        ]);
        assert_eq!(warnings, vec![]);
        assert_eq!(settings.language, Some(Language::Spanish));
        assert_eq!(settings.clinic_name.as_deref(), Some("Clínica del Sol"));
        assert_eq!(settings.phone.as_deref(), Some("+1 (555) 010-0199"));
        assert_eq!(
            settings.emergency_number.map(EmergencyNumber::as_str),
            Some("112")
        );
        assert_eq!(
            settings.booking_url.as_deref(),
            Some("https://clinic.example/book?from=backstep")
        );
        assert_eq!(settings.accent.as_deref(), Some("#0b5f73"));
        assert_eq!(
            settings.services,
            vec![
                OptionId::PhysicalTherapy,
                OptionId::EpiduralSteroidInjection
            ]
        );
    }

    #[test]
    fn each_bad_setting_is_ignored_whole_with_one_warning_naming_it() {
        let (settings, warnings) = read(&[
            ("lang", "fr"),
            ("phone", "call us!"),
            ("emergency-number", "9111111"),
            ("booking-url", "javascript:alert(1)"),
            ("accent", "#ffff00"),
        ]);
        assert_eq!(settings, ClinicSettings::default());
        let named: Vec<&str> = warnings.iter().map(|w| w.setting).collect();
        assert_eq!(
            named,
            vec!["lang", "phone", "emergency-number", "booking-url", "accent"]
        );
        assert!(warnings[4].to_string().contains("4.5:1"), "{}", warnings[4]);
    }

    #[test]
    fn a_long_clinic_name_is_cut_and_markup_stays_text() {
        let long = "<b>x</b>".repeat(20);
        let (settings, warnings) = read(&[("clinic-name", &long)]);
        assert_eq!(
            settings.clinic_name.as_deref().map(|n| n.chars().count()),
            Some(80)
        );
        assert!(
            settings.clinic_name.unwrap().starts_with("<b>x</b>"),
            "kept as text, never parsed"
        );
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn unknown_services_are_dropped_one_by_one() {
        let (settings, warnings) = read(&[(
            "services",
            "massage magnets physical_therapy massage crystals",
        )]);
        assert_eq!(
            settings.services,
            vec![OptionId::PhysicalTherapy, OptionId::Massage]
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].rule.contains("magnets") && warnings[0].rule.contains("crystals"));
    }

    #[test]
    fn accents_take_hex_rgb_hsl_and_names_without_alpha_and_need_contrast() {
        for good in [
            "#0b5f73",
            "#036",
            "rgb(11, 95, 115)",
            "hsl(192, 83%, 25%)",
            "navy",
            "DarkGreen",
        ] {
            assert!(
                accent_contrast(good).is_some_and(|ratio| ratio >= 4.5),
                "{good}"
            );
        }
        for pale in ["#ffff00", "yellow", "rgb(200,200,200)", "hsl(0, 0%, 90%)"] {
            assert!(
                accent_contrast(pale).is_some_and(|ratio| ratio < 4.5),
                "{pale}"
            );
        }
        for bad in [
            "#0b5f7380",
            "rgba(0,0,0,0.5)",
            "rgb(0 0 0 / 50%)",
            "hsla(0,0%,0%,1)",
            "transparent",
            "url(x)",
            "",
            "hwb(0 0% 0%)",
            "not-a-colour",
        ] {
            assert!(accent_contrast(bad).is_none(), "{bad}");
        }
        assert!((accent_contrast("#000000").unwrap() - 21.0).abs() < 1e-9);
        assert!((accent_contrast("white").unwrap() - 1.0).abs() < 1e-9);
        // The same colour in every accepted form has the same contrast.
        let forms = [
            "#0b5f73",
            "rgb(11, 95, 115)",
            "rgb(11 95 115)",
            "hsl(191.5, 82.6%, 24.7%)",
        ];
        let ratios: Vec<f64> = forms.iter().map(|f| accent_contrast(f).unwrap()).collect();
        assert!(
            ratios.iter().all(|r| (r - ratios[0]).abs() < 0.05),
            "{ratios:?}"
        );
        assert_eq!(two_decimals(2.3449), "2.34");
    }

    /// Review finding 2: a made-up number in `emergency-number` is refused.
    #[test]
    fn an_emergency_number_must_be_a_real_national_one() {
        for false_number in ["555010", "1234", "0118999"] {
            let (settings, warnings) = read(&[("emergency-number", false_number)]);
            assert_eq!(settings.emergency_number, None, "{false_number}");
            assert_eq!(warnings.len(), 1);
            assert_eq!(warnings[0].setting, "emergency-number");
            assert!(
                warnings[0].rule.contains("national emergency number")
                    && warnings[0].rule.contains(false_number),
                "{}",
                warnings[0]
            );
        }
        let (settings, _) = read(&[("emergency-number", " 000 ")]);
        assert_eq!(
            settings.emergency_number.map(EmergencyNumber::as_str),
            Some("000")
        );
    }

    /// Review finding 5: these passed the parser, and are not CSS colours, so the buttons
    /// lost their background. The browser's own check (`web::is_css_colour`) is the final
    /// word; the parser must not let these through either.
    #[test]
    fn accents_that_are_not_css_are_refused() {
        for bad in [
            "hsl(200, 80, 25)",
            "rgb(0%, 0, 0)",
            "rgb(0, 0%, 0)",
            "rgb(0\u{a0}0\u{a0}0)",
            "\u{a0}#000000",
            "hsl(200\u{2003}80%\u{2003}25%)",
        ] {
            assert_eq!(accent_contrast(bad), None, "{bad:?}");
            let (settings, warnings) = read(&[("accent", bad)]);
            assert_eq!(settings.accent, None);
            assert_eq!(warnings.len(), 1);
            assert_eq!(warnings[0].setting, "accent");
        }
        for good in [
            "rgb(0%, 0%, 0%)",
            "hsl(200, 80%, 25%)",
            "rgb(0 0 0)",
            " #000000\n",
        ] {
            assert!(accent_contrast(good).is_some(), "{good:?}");
        }
    }

    /// Review finding 10: a bidi override or a zero-width character in the clinic's name.
    #[test]
    fn a_clinic_name_with_hidden_or_reordering_characters_is_refused() {
        for bad in [
            "Sunrise \u{202E}cinilC",
            "Sun\u{200B}rise Clinic",
            "Sunrise\u{2066} Clinic",
            "Sunrise \u{FEFF}Clinic",
            "Sunrise\u{0007}Clinic",
            "Sunrise\nClinic",
        ] {
            let (settings, warnings) = read(&[("clinic-name", bad)]);
            assert_eq!(settings.clinic_name, None, "{bad:?}");
            assert_eq!(warnings.len(), 1);
            assert_eq!(warnings[0].setting, "clinic-name");
            assert!(warnings[0].rule.contains("U+"), "{}", warnings[0]);
        }
        // Accents, other scripts and a no-break space are a name's own.
        for good in [
            "Clínica del Sol",
            "Клиника",
            "Spine\u{a0}Care",
            "Dr. O'Neil & Co.",
        ] {
            let (settings, warnings) = read(&[("clinic-name", good)]);
            assert_eq!(settings.clinic_name.as_deref(), Some(good));
            assert_eq!(warnings, vec![]);
        }
    }

    /// The blank lookalikes and format characters the review got through, one by one, and
    /// a sample of the rest of Unicode's Format category (Cf): each is refused in a name.
    #[test]
    fn a_clinic_name_with_any_format_character_or_blank_lookalike_is_refused() {
        let listed = [
            0x2800..=0x2800,
            0xFFFC..=0xFFFC,
            0x1D159..=0x1D159,
            0x0600..=0x0605,
            0x06DD..=0x06DD,
            0x070F..=0x070F,
            0x0890..=0x0891,
            0x08E2..=0x08E2,
            0x110BD..=0x110BD,
            0x110CD..=0x110CD,
            0x13430..=0x13438,
            0x1BCA0..=0x1BCA3,
        ];
        // Cf from across the code space: soft hyphen, Mongolian vowel separator, the
        // invisible operators, the interlinear annotation marks, musical format controls,
        // Egyptian hieroglyph controls past U+13438, and the tag characters.
        let format_sample = [
            0x00AD..=0x00AD,
            0x180E..=0x180E,
            0x2061..=0x2064,
            0xFFF9..=0xFFFB,
            0x1D173..=0x1D17A,
            0x13439..=0x1343F,
            0xE0001..=0xE0001,
            0xE0020..=0xE007F,
        ];
        for code in listed.into_iter().chain(format_sample).flatten() {
            let c = char::from_u32(code).expect("a scalar value");
            let name = format!("Sunrise{c}Clinic");
            let (settings, warnings) = read(&[("clinic-name", &name)]);
            assert_eq!(settings.clinic_name, None, "U+{code:04X} was let through");
            assert_eq!(warnings.len(), 1, "U+{code:04X}");
            assert!(
                warnings[0].rule.contains(&format!("U+{code:04X}")),
                "the warning names U+{code:04X}: {}",
                warnings[0]
            );
        }
    }

    #[test]
    fn the_invisible_table_is_sorted_and_disjoint() {
        let table = crate::invisible::INVISIBLE;
        assert!(table.iter().all(|(first, last)| first <= last));
        assert!(
            table.windows(2).all(|pair| pair[0].1 + 1 < pair[1].0),
            "sorted, with touching ranges merged (the lookup is a binary search)"
        );
        // The ends of each range are in, the code points just outside are not.
        for &(first, last) in table {
            let around = [
                (Some(first), true),
                (Some(last), true),
                (first.checked_sub(1), false),
                (Some(last + 1), false),
            ];
            for (code, inside) in around
                .into_iter()
                .filter_map(|(code, inside)| Some((code?, inside)))
            {
                if let Some(c) = char::from_u32(code) {
                    assert_eq!(crate::invisible::is_invisible(c), inside, "U+{code:04X}");
                }
            }
        }
    }

    /// Review finding 10: `((((((((((1` became `tel:1`.
    #[test]
    fn a_phone_number_needs_digits_and_sensible_punctuation() {
        for good in [
            "+1 (555) 010-0199",
            "(555) 010-0199",
            "+44 20 7946 0000",
            "020-7946-0000",
            "999",
            "+52 55 1234 5678",
        ] {
            let (settings, warnings) = read(&[("phone", good)]);
            assert_eq!(settings.phone.as_deref(), Some(good));
            assert_eq!(warnings, vec![]);
        }
        for bad in [
            "((((((((((1",
            "(1)",
            "12",
            "1 ()",
            "()555 0100",
            "555)0100(",
            "(555 010) 0199",
            "+-5550100",
            "555--0100",
            "555  0100",
            "5+550100",
            "++15550100",
            "(555)(010)0199",
            "1234567890123456",
            "call us!",
            "555\u{a0}0100",
        ] {
            let (settings, warnings) = read(&[("phone", bad)]);
            assert_eq!(settings.phone, None, "{bad:?}");
            assert_eq!(warnings.len(), 1);
            assert_eq!(warnings[0].setting, "phone");
        }
    }

    /// Review finding 10: `https://user:pass@evil.example` looks like one site and opens another.
    #[test]
    fn a_booking_url_with_a_user_name_or_password_is_refused() {
        for bad in [
            "https://user:pass@evil.example",
            "https://sunrise.example@evil.example/book",
            "https://@evil.example",
            "https://sunrise.example\\@evil.example",
            "https://:443/book",
            "http://sunrise.example/book",
        ] {
            let (settings, warnings) = read(&[("booking-url", bad)]);
            assert_eq!(settings.booking_url, None, "{bad:?}");
            assert_eq!(warnings.len(), 1);
            assert!(warnings[0].rule.contains("no user name"), "{}", warnings[0]);
        }
        for good in [
            "https://sunrise.example/book",
            "https://sunrise.example:8443/book?who=me@example.com",
            "https://sunrise.example/#@top",
        ] {
            let (settings, _) = read(&[("booking-url", good)]);
            assert_eq!(settings.booking_url.as_deref(), Some(good));
        }
    }
}
