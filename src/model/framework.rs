use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Describe, Message};
use crate::lang::{Labels, Lang};
use crate::source::{locate_after, locate_field};

/// A coding framework: the families a note can be coded into, and their
/// components. Data, not code: the default ships in `categories/default.ron`
/// and a territory can load its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    pub version: u32,
    pub id: String,
    pub labels: Labels,
    pub families: Vec<Family>,
}

/// An indicator family, with the number key that codes a note into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Family {
    pub id: String,
    pub key: u8,
    pub labels: Labels,
    /// At most 14 columns, for the legend and lists (`short_labels`
    /// derives one where a language has none). Presentation only: it does
    /// not count in the fingerprint.
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub short: Labels,
    #[serde(default)]
    pub description: Labels,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub components: Vec<Component>,
}

/// The widest a short label may be, in columns.
pub const SHORT_LABEL_WIDTH: usize = 14;

/// Optional detail under a family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    pub id: String,
    pub labels: Labels,
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// Why a framework file was refused. Every variant names the file, and the
/// line and column where there is one.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FrameworkError {
    Io {
        path: PathBuf,
        reason: Message,
    },
    Invalid {
        path: PathBuf,
        line: usize,
        col: usize,
        reason: Message,
    },
}

impl Describe for FrameworkError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            FrameworkError::Io { path, reason } => format!(
                "{}: {}",
                path.display(),
                crate::tr!(lang, "framework-cannot-read", reason = reason.say(lang))
            ),
            FrameworkError::Invalid {
                path,
                line,
                col,
                reason,
            } => format!("{}:{line}:{col}: {}", path.display(), reason.say(lang)),
        }
    }
}

crate::display_by_describe!(FrameworkError);

/// The default framework, compiled into the binary so `spiral` works from
/// any folder.
pub const DEFAULT_FRAMEWORK: &str = include_str!("../../categories/default.ron");

impl Framework {
    /// The eight families of the TOGETHER report, as shipped.
    pub fn default_framework() -> Framework {
        Framework::parse(DEFAULT_FRAMEWORK, Path::new("categories/default.ron"))
            .expect("the shipped framework is valid (checked by a test)")
    }

    pub fn load(path: &Path) -> Result<Framework, FrameworkError> {
        let bytes = crate::input::read_file(path, &crate::input::FRAMEWORK).map_err(|e| {
            FrameworkError::Io {
                path: path.to_path_buf(),
                reason: Message::from_io(&e),
            }
        })?;
        let src = String::from_utf8(bytes).map_err(|_| FrameworkError::Io {
            path: path.to_path_buf(),
            reason: crate::msg!("framework-not-utf8"),
        })?;
        Framework::parse(&src, path)
    }

    /// Parses and validates a framework; `path` is only used in messages.
    pub fn parse(src: &str, path: &Path) -> Result<Framework, FrameworkError> {
        let invalid = |(line, col): (usize, usize), reason: Message| FrameworkError::Invalid {
            path: path.to_path_buf(),
            line,
            col,
            reason,
        };
        let fw: Framework = super::ron_options().from_str(src).map_err(|e| {
            invalid(
                (e.span.start.line, e.span.start.col),
                Message::verbatim(e.code.to_string()),
            )
        })?;
        if fw.families.is_empty() {
            return Err(invalid((1, 1), crate::msg!("framework-no-family")));
        }
        let mut seen_ids: Vec<&str> = Vec::new();
        let mut seen_keys: Vec<u8> = Vec::new();
        for family in &fw.families {
            let nth = seen_ids.iter().filter(|s| **s == family.id).count();
            if family.id.trim().is_empty() {
                return Err(invalid((1, 1), crate::msg!("framework-family-empty-id")));
            }
            if nth > 0 {
                return Err(invalid(
                    locate_field(src, "id", &format!("{:?}", family.id), nth),
                    crate::msg!("framework-duplicate-family", id = family.id.as_str()),
                ));
            }
            seen_ids.push(&family.id);
            let family_at = locate_field(src, "id", &format!("{:?}", family.id), 0);
            if !(1..=9).contains(&family.key) {
                return Err(invalid(
                    locate_field(src, "key", &family.key.to_string(), 0),
                    crate::msg!(
                        "framework-key-out-of-range",
                        id = family.id.as_str(),
                        key = family.key.to_string()
                    ),
                ));
            }
            if seen_keys.contains(&family.key) {
                return Err(invalid(
                    locate_field(src, "key", &family.key.to_string(), 1),
                    crate::msg!(
                        "framework-duplicate-key",
                        key = family.key.to_string(),
                        id = family.id.as_str()
                    ),
                ));
            }
            seen_keys.push(family.key);
            check_family(src, family, family_at).map_err(|(at, why)| invalid(at, why))?;
        }
        check_shorts(src, &fw.families).map_err(|(at, why)| invalid(at, why))?;
        Ok(fw)
    }

    /// A short, stable fingerprint of the framework's content, recorded in
    /// each session so a coordinator can tell which framework coded it. The
    /// short labels are presentation, not coding: left out.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut coding = self.clone();
        for f in &mut coding.families {
            f.short = Labels::default();
        }
        let canonical = ron::to_string(&coding).unwrap_or_default();
        let digest = Sha256::digest(canonical.as_bytes());
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn family(&self, id: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.id == id)
    }

    pub fn family_index(&self, id: &str) -> Option<usize> {
        self.families.iter().position(|f| f.id == id)
    }

    pub fn family_by_key(&self, key: u8) -> Option<&Family> {
        self.families.iter().find(|f| f.key == key)
    }

    /// A family named by its key (`1`–`9`), its id, or its label in any
    /// language (case and accents folded).
    pub fn resolve_family(&self, name: &str) -> Option<&Family> {
        let name = name.trim();
        if let Ok(key) = name.parse::<u8>() {
            return self.family_by_key(key);
        }
        if let Some(f) = self.family(name) {
            return Some(f);
        }
        let folded = crate::text::fold(name);
        self.families
            .iter()
            .find(|f| f.labels.all().any(|l| crate::text::fold(l) == folded))
    }

    /// Every family's short label in `lang`, in the framework's order: its
    /// own (at most 14 columns), or one derived from its label (the label
    /// when it fits, else its last word, else its first, else the label
    /// cut), never the same text for two families.
    pub fn short_labels(&self, lang: Lang) -> Vec<String> {
        let candidates: Vec<Vec<String>> = self
            .families
            .iter()
            .map(|f| match own_short(f, lang) {
                "" => derived_shorts(f.labels.get(lang)),
                own => vec![own.to_string()],
            })
            .collect();
        let mut at = vec![0usize; candidates.len()];
        let pick = |at: &[usize]| -> Vec<String> {
            candidates
                .iter()
                .zip(at)
                .map(|(c, &i)| c[i.min(c.len() - 1)].clone())
                .collect()
        };
        // Families whose choice another shares take their next candidate,
        // until none is shared or none has another.
        for _ in 0..4 {
            let chosen = pick(&at);
            let mut moved = false;
            for (i, c) in chosen.iter().enumerate() {
                let shared = chosen
                    .iter()
                    .enumerate()
                    .any(|(j, d)| j != i && crate::text::fold(d) == crate::text::fold(c));
                if shared && at[i] + 1 < candidates[i].len() {
                    at[i] += 1;
                    moved = true;
                }
            }
            if !moved {
                break;
            }
        }
        let mut chosen = pick(&at);
        // Still shared: the key makes it unique.
        for i in 0..chosen.len() {
            let shared = (0..chosen.len())
                .any(|j| j != i && crate::text::fold(&chosen[j]) == crate::text::fold(&chosen[i]));
            if shared {
                let key = self.families[i].key;
                chosen[i] = format!(
                    "{} {key}",
                    crate::text::truncate(&chosen[i], SHORT_LABEL_WIDTH - 2)
                );
            }
        }
        chosen
    }

    /// The label of a family id in `lang`; unknown ids are shown as such,
    /// never hidden.
    pub fn family_label(&self, id: &str, lang: Lang) -> String {
        match self.family(id) {
            Some(f) => f.labels.get(lang).to_string(),
            None => format!("unknown family `{id}`"),
        }
    }

    pub fn component_label(&self, family: &str, component: &str, lang: Lang) -> String {
        match self
            .family(family)
            .and_then(|f| f.components.iter().find(|c| c.id == component))
        {
            Some(c) => c.labels.get(lang).to_string(),
            None => format!("unknown component `{component}`"),
        }
    }
}

/// A framework's short labels in every language (`Lang::ALL`'s order),
/// made once: the legend and the lists draw them at every frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShortLabels(Vec<Vec<String>>);

impl ShortLabels {
    pub fn of(framework: &Framework) -> ShortLabels {
        ShortLabels(
            Lang::ALL
                .iter()
                .map(|l| framework.short_labels(*l))
                .collect(),
        )
    }

    /// The short labels in `lang` (`Framework::short_labels`).
    pub fn get(&self, lang: Lang) -> &[String] {
        let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.0[at]
    }
}

/// A family's own short label in `lang` (its English one where that
/// language has none), or "" when the framework gives none.
fn own_short(family: &Family, lang: Lang) -> &str {
    if family.short.is_empty() {
        ""
    } else {
        family.short.get(lang)
    }
}

/// Short labels to choose from, best first, each at most 14 columns: the
/// label, its last word, its first word, the label cut.
fn derived_shorts(label: &str) -> Vec<String> {
    let label = label.trim();
    let mut out = Vec::new();
    let fits = |s: &str| !s.is_empty() && crate::text::width(s) <= SHORT_LABEL_WIDTH;
    if fits(label) {
        out.push(label.to_string());
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let capital = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    for word in [words.last(), words.first()].into_iter().flatten() {
        let word = capital(word.trim_matches(|c: char| !c.is_alphanumeric()));
        if fits(&word) && !out.contains(&word) {
            out.push(word);
        }
    }
    out.push(crate::text::truncate(label, SHORT_LABEL_WIDTH));
    out
}

/// Where a framework file is wrong, and why.
type Wrong = ((usize, usize), Message);

/// A family's labels, short labels and components (its id and key are
/// checked with the others'); `family_at` is where its id is.
fn check_family(src: &str, family: &Family, family_at: (usize, usize)) -> Result<(), Wrong> {
    if family.labels.en.trim().is_empty() {
        return Err((
            family_at,
            crate::msg!("framework-family-no-english", id = family.id.as_str()),
        ));
    }
    for lang in Lang::ALL {
        let short = own_short(family, lang);
        let wide = crate::text::width(short);
        if wide > SHORT_LABEL_WIDTH {
            return Err((
                locate_after(src, family_at, lang.code(), &format!("{short:?}"), 0),
                crate::msg!(
                    "framework-short-too-wide",
                    id = family.id.as_str(),
                    short = short,
                    wide = wide.to_string(),
                    most = SHORT_LABEL_WIDTH.to_string()
                ),
            ));
        }
    }
    let mut seen_components: Vec<&str> = Vec::new();
    for component in &family.components {
        if component.id.trim().is_empty() {
            return Err((
                family_at,
                crate::msg!("framework-component-empty-id", id = family.id.as_str()),
            ));
        }
        if seen_components.contains(&component.id.as_str()) {
            return Err((
                locate_after(src, family_at, "id", &format!("{:?}", component.id), 1),
                crate::msg!(
                    "framework-duplicate-component",
                    component = component.id.as_str(),
                    id = family.id.as_str()
                ),
            ));
        }
        seen_components.push(&component.id);
        if component.labels.en.trim().is_empty() {
            return Err((
                locate_after(src, family_at, "id", &format!("{:?}", component.id), 0),
                crate::msg!(
                    "framework-component-no-english",
                    component = component.id.as_str(),
                    id = family.id.as_str()
                ),
            ));
        }
    }
    Ok(())
}

/// No two families share a short label in a language.
fn check_shorts(src: &str, families: &[Family]) -> Result<(), Wrong> {
    for lang in Lang::ALL {
        for (j, b) in families.iter().enumerate() {
            let short = own_short(b, lang);
            let same = families[..j].iter().find(|a| {
                !short.is_empty()
                    && crate::text::fold(own_short(a, lang)) == crate::text::fold(short)
            });
            if let Some(a) = same {
                let b_at = locate_field(src, "id", &format!("{:?}", b.id), 0);
                return Err((
                    locate_after(src, b_at, lang.code(), &format!("{short:?}"), 0),
                    crate::msg!(
                        "framework-same-short",
                        first = a.id.as_str(),
                        second = b.id.as_str(),
                        short = short,
                        lang = lang.code()
                    ),
                ));
            }
        }
    }
    Ok(())
}
