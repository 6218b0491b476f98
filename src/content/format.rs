//! The format of the language files in `lang/`: one text per line, `key = text`, with
//! `{name}` where the app puts in a value, `#` for a translator's comment, blank lines
//! between groups, and once in each file the line `[later]`: the texts above it are the ones
//! the start screen, the questions and the emergency panel show, the texts below it those
//! of the screens after the questions (the build puts each part in a file of its own, so
//! the page waits only for the first). Read by the app at run time (`Words::parse`) and by
//! `build.rs`, which includes this same file, so the check and the app can never read a file
//! differently.
//!
//! A plain format rather than Fluent or gettext: a translator edits it in any text editor,
//! and reading it takes a few dozen lines here instead of a crate in the wasm (see
//! docs/translating.md).

/// One `key = text` line of a language file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// Its line number, from 1, for messages.
    pub number: usize,
    pub key: &'a str,
    pub text: &'a str,
    /// Below the `[later]` line: a text of the screens after the questions.
    pub later: bool,
}

/// The line that divides a language file: the words the first screens need above it, the
/// words of the later screens below it.
pub const LATER: &str = "[later]";

/// A line that is neither a comment, nor blank, nor `key = text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub line: usize,
    pub problem: &'static str,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// Every `key = text` line of `file`, in file order, each marked whether it is below the
/// `[later]` line. The text is everything after the first `=`, without the spaces around it
/// (a text may itself hold `=`); it may be empty.
pub fn lines(file: &str) -> Result<Vec<Line<'_>>, FormatError> {
    let mut out = Vec::new();
    let mut later = false;
    for (at, raw) in file.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let problem = |problem| FormatError {
            line: at + 1,
            problem,
        };
        if line == LATER {
            if later {
                return Err(problem("the line `[later]` is there twice"));
            }
            later = true;
            continue;
        }
        let (key, text) = line
            .split_once('=')
            .ok_or_else(|| problem("expected `key = text`"))?;
        let key = key.trim();
        if key.is_empty()
            || !key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._".contains(&b))
        {
            return Err(problem("a key is letters, digits, `.` and `_` only"));
        }
        out.push(Line {
            number: at + 1,
            key,
            text: text.trim(),
            later,
        });
    }
    Ok(out)
}

/// The `{name}`s of a text, in order; `None` if a brace is left open or closed alone.
pub fn placeholders(text: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return None;
        }
        let close = rest[open..].find('}')? + open;
        let name = &rest[open + 1..close];
        if name.is_empty() || name.contains('{') {
            return None;
        }
        out.push(name);
        rest = &rest[close + 1..];
    }
    Some(out)
}

/// `text` with each `{name}` replaced by its value in `values`; a name with no value stays
/// as it is, which the catalogue tests would catch.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|at| at + open) else {
            break;
        };
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        match values.iter().find(|(wanted, _)| *wanted == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A fingerprint of a sorted list of keys (64-bit FNV-1a over each key and a separator):
/// the same list, read by `build.rs` and by the app, gives the same number. Not a digest
/// against tampering (the loader checks each file's integrity): a check that the file holds
/// the keys this build checked, no fewer and no others.
pub fn key_fingerprint<'a>(sorted_keys: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for key in sorted_keys {
        for byte in key.bytes().chain([b'\n']) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}
