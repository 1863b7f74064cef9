//! The docs hold together: every relative link and every `#anchor` in
//! README.md, ARCHITECTURE.md, RELIABILITY.md, BENCHMARKS.md and docs/*.md
//! resolves (a file or folder of the repository; an anchor as GitHub makes
//! it from a heading of the file linked to), and the README, the front
//! door, stays at most 15,000 bytes. External links (`https://…`) are
//! listed, not fetched: the tests open no connection.
//!
//! Links are read by a small parser of Markdown's inline links
//! (`[text](target)`, images too), outside fenced code blocks and inline
//! code; the docs use no reference-style links.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const README_MAX_BYTES: u64 = 15_000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Markdown files whose links are checked, relative to the root.
fn doc_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = [
        "README.md",
        "ARCHITECTURE.md",
        "RELIABILITY.md",
        "BENCHMARKS.md",
    ]
    .iter()
    .map(PathBuf::from)
    .filter(|p| root().join(p).is_file())
    .collect();
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("the docs folder")
        .map(|e| e.expect("a docs entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| p.strip_prefix(root()).unwrap().to_path_buf())
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// The lines outside fenced code blocks: their number, the line, and the
/// line with inline code spans blanked (so a `[a](b)` shown as code is no
/// link).
fn prose_lines(text: &str) -> Vec<(usize, &str, String)> {
    let mut out = Vec::new();
    let mut fence: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(f) = &fence {
            if trimmed.starts_with(f.as_str()) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let ch = trimmed.chars().next().unwrap();
            let n = trimmed.chars().take_while(|&c| c == ch).count();
            fence = Some(std::iter::repeat_n(ch, n).collect());
            continue;
        }
        out.push((i + 1, line, blank_code_spans(line)));
    }
    out
}

fn blank_code_spans(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
            out.push(' ');
        } else if in_code {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// Every inline link's target in one line of prose: what stands between
/// `](` and its closing `)` (nested parentheses allowed), a title after a
/// space dropped.
fn link_targets(line: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let mut depth = 0usize;
        let mut end = None;
        for (i, c) in after.char_indices() {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    end = Some(i);
                    break;
                }
                ')' => depth -= 1,
                _ => {}
            }
        }
        let Some(end) = end else { break };
        let target = after[..end].trim();
        let target = target.split_once(' ').map_or(target, |(t, _)| t);
        let target = target.trim_start_matches('<').trim_end_matches('>');
        targets.push(target.to_string());
        rest = &after[end..];
    }
    targets
}

/// A heading's anchor as GitHub makes it: links reduced to their text,
/// lower case, letters, digits, `-` and `_` kept, spaces made `-`, every
/// other sign dropped.
fn slug(heading: &str) -> String {
    let mut text = String::new();
    let mut rest = heading;
    // [text](target) → text
    while let Some(open) = rest.find('[') {
        match rest[open..].find("](").map(|m| open + m) {
            Some(mid) => match rest[mid..].find(')') {
                Some(close) => {
                    text.push_str(&rest[..open]);
                    text.push_str(&rest[open + 1..mid]);
                    rest = &rest[mid + close + 1..];
                }
                None => break,
            },
            None => break,
        }
    }
    text.push_str(rest);
    let mut slug = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            slug.extend(c.to_lowercase());
        } else if c == ' ' {
            slug.push('-');
        }
    }
    slug
}

/// The anchors of a Markdown file: each heading's slug, a repeated one
/// numbered `-1`, `-2`… as GitHub does.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for (_, line, _) in prose_lines(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        // inline code keeps its text in the anchor, its backticks dropped
        let base = slug(line[hashes..].replace('`', "").trim());
        let mut anchor = base.clone();
        let mut n = 0;
        while seen.contains(&anchor) {
            n += 1;
            anchor = format!("{base}-{n}");
        }
        seen.insert(anchor);
    }
    seen
}

fn is_external(target: &str) -> bool {
    target.contains("://") || target.starts_with("mailto:")
}

/// What is wrong with one link of `file` (relative to the root), if anything.
fn check_link(file: &Path, target: &str) -> Option<String> {
    let (path, anchor) = match target.split_once('#') {
        Some((p, a)) => (p, Some(a)),
        None => (target, None),
    };
    let linked = if path.is_empty() {
        root().join(file)
    } else {
        root().join(file).parent().unwrap().join(path)
    };
    if !linked.exists() {
        return Some(format!("{target}: no file {}", linked.display()));
    }
    let anchor = anchor?;
    if linked.extension().is_none_or(|e| e != "md") {
        return Some(format!(
            "{target}: an anchor into a file that is not Markdown"
        ));
    }
    let text = std::fs::read_to_string(&linked).unwrap();
    (!anchors(&text).contains(anchor)).then(|| format!("{target}: no heading makes #{anchor}"))
}

#[test]
fn every_relative_link_and_anchor_in_the_docs_resolves() {
    let mut broken = Vec::new();
    let mut external = BTreeSet::new();
    let mut checked = 0;
    for file in doc_files() {
        let text = std::fs::read_to_string(root().join(&file)).unwrap();
        for (line_no, _, prose) in prose_lines(&text) {
            for target in link_targets(&prose) {
                if is_external(&target) {
                    external.insert(target);
                    continue;
                }
                checked += 1;
                if let Some(why) = check_link(&file, &target) {
                    broken.push(format!("{}:{line_no}: {why}", file.display()));
                }
            }
        }
    }
    println!("external links (listed, not fetched):");
    for link in &external {
        println!("  {link}");
    }
    assert!(
        checked > 20,
        "only {checked} relative links found: is the parser blind?"
    );
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_is_the_front_door_at_most_15000_bytes() {
    let size = std::fs::metadata(root().join("README.md")).unwrap().len();
    assert!(
        size <= README_MAX_BYTES,
        "README.md is {size} bytes, over {README_MAX_BYTES}: move the detail to docs/"
    );
}

#[test]
fn anchors_are_made_as_github_makes_them() {
    assert_eq!(
        slug("Reconcile (`R`)".replace('`', "").as_str()),
        "reconcile-r"
    );
    assert_eq!(
        slug("The territory view (spiral FOLDER)"),
        "the-territory-view-spiral-folder"
    );
    assert_eq!(
        slug("Languages and accessibility"),
        "languages-and-accessibility"
    );
    assert_eq!(slug("Install — the binaries"), "install--the-binaries");
    assert_eq!(slug("Étape 2: le mur"), "étape-2-le-mur");
    assert_eq!(slug("See [the guide](docs/guide.md)"), "see-the-guide");
    let a = anchors("# A\n\n```\n# not a heading\n```\n## A\n### `x` y\n");
    let want: BTreeSet<String> = ["a", "a-1", "x-y"].iter().map(|s| s.to_string()).collect();
    assert_eq!(a, want);
    assert_eq!(
        link_targets(
            "see [a](docs/guide.md#the-wall) and ![b](x.png \"t\") and [c](https://e.org/(x))"
        ),
        vec!["docs/guide.md#the-wall", "x.png", "https://e.org/(x)"]
    );
    assert!(link_targets(&blank_code_spans("`[a](b)` only code")).is_empty());
}
