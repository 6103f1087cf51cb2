//! Documentation invariants: every module starts with a `//!` header, and
//! docs/rules-coverage.md gives every numbered section of the rulebook a home whose files exist.

#![allow(clippy::expect_used, clippy::panic, reason = "a test")]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_module_has_a_header() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20);
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        assert!(
            text.starts_with("//!"),
            "{} does not start with a //! header",
            f.display()
        );
    }
}

#[test]
fn rules_coverage_names_every_section_and_real_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("../../docs/rules-coverage.md"))
        .expect("docs/rules-coverage.md");
    let src = root.join("src");
    let mut sections = Vec::new();
    for line in doc
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| §") && !l.starts_with("|---"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let number = cells.get(1).copied().unwrap_or_default();
        sections.push(
            number
                .split('.')
                .next()
                .unwrap_or_default()
                .parse::<u32>()
                .unwrap_or(0),
        );
        // Every `name.rs` or `dir/` named in the code column exists in this crate's src/.
        let code = cells.get(3).copied().unwrap_or_default();
        for name in code.split('`').skip(1).step_by(2) {
            let name = name
                .split("::")
                .next()
                .unwrap_or(name)
                .trim_end_matches('/');
            if name.ends_with(".rs") && !name.contains(' ') {
                let found =
                    src.join(name).exists() || src.join(name.trim_end_matches(".rs")).is_dir() || {
                        let mut all = Vec::new();
                        rust_files(&src, &mut all);
                        all.iter().any(|p| p.ends_with(name))
                    };
                assert!(
                    found,
                    "rules-coverage.md names {name} for §{number}, which does not exist"
                );
            }
        }
    }
    for n in 1..=16 {
        assert!(
            sections.contains(&n),
            "rules-coverage.md has no row for §{n}"
        );
    }
}
