//! What a browser's language tags tell us: the emergency number of the region; and which
//! numbers are emergency numbers at all, so no setting can put a false one on screen.

/// A number that some country's people dial in an emergency: one listed in
/// [`NATIONAL_EMERGENCY_NUMBERS`]. Checked once, where the text comes in (a host's attribute,
/// a query, the start screen's field); everything after holds this type, never a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EmergencyNumber(&'static str);

impl EmergencyNumber {
    /// Where nothing better is known: the number of the Americas (and answered on many
    /// phones elsewhere).
    pub const DEFAULT: EmergencyNumber = EmergencyNumber("911");

    /// The number `text` names, surrounding spaces aside, when it is in the table.
    pub fn parse(text: &str) -> Result<EmergencyNumber, NotAnEmergencyNumber> {
        let number = text.trim_matches(|c: char| c.is_ascii_whitespace());
        national_emergency_numbers()
            .flat_map(|(_, numbers)| numbers)
            .find(|listed| *listed == number)
            .map(EmergencyNumber)
            .ok_or_else(|| NotAnEmergencyNumber {
                given: text.to_string(),
            })
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl Default for EmergencyNumber {
    fn default() -> Self {
        EmergencyNumber::DEFAULT
    }
}

impl std::fmt::Display for EmergencyNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Text that is not a national emergency number; says what was given and what is expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotAnEmergencyNumber {
    pub given: String,
}

impl std::fmt::Display for NotAnEmergencyNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "must be a national emergency number, such as 911, 112, 999 or 000, got {:?}",
            self.given
        )
    }
}

/// Every region's emergency numbers (ambulance, fire, police or all three), one region a
/// line: its ISO 3166 code, then its numbers. Text rather than a Rust table of slices: as
/// slices (a pointer and a length for each), the same data made the wasm 2.6 KB gzip bigger.
///
/// Source: the `<emergency>` entries of libphonenumber's `resources/ShortNumberMetadata.xml`
/// (https://github.com/google/libphonenumber, commit f7e3e88c, 2026-07-17), which cites each
/// country's numbering plan as published by the ITU (https://www.itu.int/oth/T0202) and
/// national regulators; its patterns are written out here as the numbers they match. Only
/// spot-checked against Wikipedia's "List of emergency telephone numbers" (US, CA, MX, GB,
/// IE, AU, NZ, IN, JP, ZA and the EU's 112 agree). Gabon's block 1300-1399 is cut to 1300,
/// its ambulance number. Guinea lists none. The source lists no 911 for Guatemala, Honduras
/// or Nicaragua, which `emergency_number_for` gives them; 911 is taken anyway, as the
/// number of many other regions. A number missing here cannot be shown: add it, with its
/// source, rather than loosen the check.
pub const NATIONAL_EMERGENCY_NUMBERS: &str = "\
AC 911 999
AD 110 112 116 118
AE 112 997 998 999
AF 100 102 119
AG 911 999
AI 911
AL 112 127 128 129
AM 101 102 103
AO 112 113 115
AR 100 101 107 911
AS 911
AT 112 122 133 144
AU 000 106 112
AW 100 911
AX 112
AZ 101 102 103 112
BA 122 123 124
BB 211 311 511 911
BD 100 101 102 199 999
BE 100 101 112
BF 17 18
BG 112 150 160 166
BH 199 999
BI 112 113 117
BJ 112 114 116 117 118
BL 18
BM 911
BN 991 993 995
BO 110 118 119
BQ 112 911
BR 112 128 190 192 193 911
BS 911 919
BT 110 112 113
BW 911 997 998 999
BY 101 102 103 112
BZ 90 911 990
CA 112 911
CC 000 112
CD 113 114 118 177 188
CF 117 118 1220
CG 117 118
CH 112 117 118 144
CI 110 111 170 180
CK 996 998 999
CL 131 132 133 911
CM 13 17 113 117
CN 110 119 120
CO 112 119 123 132 156
CR 112 911
CU 104 105 106
CV 130 131 132
CW 112 911
CX 000 112
CY 112 199
DE 110 112
DJ 17 18
DK 112 114
DM 333 911 999
DO 112 911
DZ 14 17 112
EC 101 102 112 911
EE 110 112
EG 122 123 180
EH 15 19 177
ES 085 088 112
ET 91 92 93 911 939 991 997
FI 112
FJ 911 917
FK 999
FM 911 320221
FO 112 114
FR 15 17 18 112
GA 18 1300 1730
GB 112 999
GD 911
GE 011 022 033 111 112 113 122
GF 15 17 18
GG 112 999
GH 191 192 193 999
GI 112 190 199
GL 112
GM 16 17 18 116 117 118
GP 15 17 18
GR 100 112 166 199
GT 110 120 123
GU 911
GW 113 117 118
GY 911 912 913
HK 112 992 999
HN 199
HR 93 94 112 192 193 194
HT 114 118
HU 104 105 107 112
ID 110 112 113 118 119
IE 112 999
IL 100 101 102 112
IM 999
IN 100 101 102 108 112 1298 2611
IQ 100 104 115 122
IR 110 112 115 125 911
IS 112
IT 112 113 115 118
JE 112 999
JM 110 112 119 911
JO 112 191 192 197 911
JP 110 119
KE 112 114 999
KG 101 102 103
KH 117 118 119 666
KI 192 193 194 195 992 993 994
KM 17 18
KN 333 911 999
KP 112 119 819
KR 112 119
KW 112
KY 911
KZ 101 102 103 112
LA 190 191 195
LB 112 140 175 999
LC 911 999
LI 112 117 118 144
LK 110 112 116 118 119
LR 355 911
LS 112 115 117
LU 112 113
LV 01 02 03 110 112 113
LY 190 191 193
MA 15 19 177
MC 15 17 18 112
MD 112 901 902 903
ME 112 122 123 124
MF 15 17 18
MG 17 18 117 118
MH 911
MK 112 192 193 194
ML 15 17 18
MM 199
MN 100 101 102 103 105
MO 999
MP 911
MQ 15 17 18 112
MR 17 18
MS 911 999
MT 112
MU 114 115 995 999
MV 102 118 119
MW 199 997 998 999
MX 060 065 066 068 080 911
MY 112 999
MZ 117 119 197 198
NA 10111
NC 15 16 17 18
NE 15 17 18 118 723141
NF 911 955 977
NG 199
NI 115 118 120 128
NL 112 911
NO 110 112 113
NP 100 101 102 103 112
NR 110 111 112
NU 999
NZ 111
OM 1444 9999
PA 911
PE 105 116 117
PF 15 17 18
PG 000 110 111
PH 112 117 911
PK 15 16 112 115 1122
PL 112 997 998 999
PM 15 17 18
PR 911
PS 100 101 102
PT 112 115
PW 911
PY 128 911
QA 999
RE 15 17 18 112
RO 112
RS 92 93 94 112
RU 01 02 03 101 102 103 112
RW 111 112
SA 112 911 997 999
SB 999
SC 999
SD 999
SE 112 90000
SG 993 995 999
SH 911 999
SI 112 113
SJ 110 112 113
SK 112 150 155 158
SL 019 999
SM 113 115 118
SN 17 18
SO 555 888 999
SR 115
SS 999
ST 112
SV 911 913
SX 919
SY 110 112 113
SZ 999
TC 911 999
TD 17 18
TG 117 118 171 172 177
TH 191 199 1669
TJ 101 102 103 112
TL 112 115
TM 01 02 03
TN 190 197 198
TO 911 922 933 999
TR 110 112 155
TT 990 999
TV 911
TW 110 112 119
TZ 110 111 112 114 115 999
UA 101 102 103 112
UG 999
US 112 911
UY 128 911
UZ 01 02 03 001 002 003 050
VA 112 113 115 118
VC 911 999
VE 112 171 911
VG 911 999
VI 911
VN 113 114 115
VU 112
WF 15 17 18
WS 911 994 995 996 999
XK 112 192 193 194
YE 191 194 195 199
YT 15 112
ZA 112 10111 10177
ZM 112 991 993 999
ZW 112 993 994 995 999
";

/// Each region of [`NATIONAL_EMERGENCY_NUMBERS`] and its numbers.
pub fn national_emergency_numbers(
) -> impl Iterator<Item = (&'static str, impl Iterator<Item = &'static str>)> {
    NATIONAL_EMERGENCY_NUMBERS.lines().filter_map(|line| {
        let mut words = line.split(' ');
        Some((words.next()?, words))
    })
}

/// The emergency number for a BCP 47 tag's region, where it is clear ("en-GB" is 999).
/// A tag with no region, or a region not listed, says nothing: the caller keeps 911.
pub fn emergency_number_for(tag: &str) -> Option<EmergencyNumber> {
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
    Some(EmergencyNumber(number))
}

/// The emergency number for the first of the browser's languages that names a clear region.
pub fn emergency_number_from<'a>(
    tags: impl IntoIterator<Item = &'a str>,
) -> Option<EmergencyNumber> {
    tags.into_iter().find_map(emergency_number_for)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(tag: &str) -> Option<&'static str> {
        emergency_number_for(tag).map(EmergencyNumber::as_str)
    }

    #[test]
    fn regions_give_their_numbers() {
        assert_eq!(number("en-GB"), Some("999"));
        assert_eq!(number("en-AU"), Some("000"));
        assert_eq!(number("en-US"), Some("911"));
        assert_eq!(number("es-MX"), Some("911"));
        assert_eq!(number("es-ES"), Some("112"));
        assert_eq!(number("de-DE"), Some("112"));
        assert_eq!(number("fr-fr"), Some("112"));
        assert_eq!(number("zh-Hant-TW"), None);
        assert_eq!(
            number("es-419"),
            None,
            "Latin America as a whole has no one number"
        );
        assert_eq!(number("en"), None);
        assert_eq!(number(""), None);
    }

    #[test]
    fn the_first_clear_language_wins() {
        assert_eq!(
            emergency_number_from(["en", "en-GB", "en-US"]).map(EmergencyNumber::as_str),
            Some("999")
        );
        assert_eq!(emergency_number_from(["es-419", "es"]), None);
    }

    /// Review finding 2: `emergency-number=555010` put a made-up number on backstep's page.
    #[test]
    fn only_listed_national_emergency_numbers_parse() {
        for real in [
            "911", "112", "999", "000", "111", "119", "15", "10111", " 112 ",
        ] {
            assert_eq!(
                EmergencyNumber::parse(real).map(EmergencyNumber::as_str),
                Ok(real.trim()),
                "{real:?}"
            );
        }
        for false_number in [
            "555010",
            "5550100",
            "",
            "0",
            "9111",
            "91 1",
            "+44",
            "12a",
            "\u{a0}112",
            "１１２",
        ] {
            let refused = EmergencyNumber::parse(false_number).unwrap_err();
            assert_eq!(refused.given, false_number);
            assert!(
                refused.to_string().contains("national emergency number"),
                "{refused}"
            );
        }
    }

    #[test]
    fn the_table_is_well_formed_and_holds_every_regional_default() {
        let mut regions: Vec<&str> = national_emergency_numbers().map(|(r, _)| r).collect();
        assert!(regions.len() > 200, "every country, not a sample");
        assert!(regions.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
        regions.dedup();
        for (region, numbers) in national_emergency_numbers() {
            assert!(region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase()));
            let numbers: Vec<&str> = numbers.collect();
            assert!(!numbers.is_empty(), "{region}");
            for number in numbers {
                assert!(
                    (2..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()),
                    "{region}: {number}"
                );
            }
        }
        // Every number a browser region gives is one the table accepts.
        for (region, _) in national_emergency_numbers() {
            if let Some(default) = emergency_number_for(&format!("en-{region}")) {
                assert_eq!(EmergencyNumber::parse(default.as_str()), Ok(default));
            }
        }
        assert_eq!(EmergencyNumber::parse("911"), Ok(EmergencyNumber::DEFAULT));
    }
}
