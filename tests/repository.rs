//! Checks on the repository itself, not on the app.

use std::fs;
use std::path::{Path, PathBuf};

/// Folders that are built or installed, not written by us.
const SKIPPED: [&str; 5] = [".git", "target", "node_modules", "dist", "test-results"];

fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if !SKIPPED.iter().any(|skip| name == *skip) {
                files_below(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

/// The reference folder beside the project exists on developers' machines and in CI, but not
/// in a user's clone: nothing may read it when the project builds, runs or tests.
#[test]
fn no_file_refers_to_the_reference_folder_outside_the_project() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let needle = concat!("..", "/shared");
    let mut files = Vec::new();
    files_below(root, &mut files);
    assert!(
        files.len() > 10,
        "expected to find the project's files below {}",
        root.display()
    );
    let offenders: Vec<String> = files
        .iter()
        .filter(|path| {
            fs::read(path).is_ok_and(|bytes| String::from_utf8_lossy(&bytes).contains(needle))
        })
        .map(|path| {
            path.strip_prefix(root)
                .unwrap_or(path)
                .display()
                .to_string()
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "these files refer to {needle}: {offenders:?}"
    );
}
