use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::lang::{Labels, Lang};
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
    #[serde(default)]
    pub description: Labels,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub components: Vec<Component>,
}

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
    #[error("{path}: cannot read the framework: {reason}")]
    Io { path: PathBuf, reason: String },
    #[error("{path}:{line}:{col}: {reason}")]
    Invalid {
        path: PathBuf,
        line: usize,
        col: usize,
        reason: String,
    },
}

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
                reason: e.to_string(),
            }
        })?;
        let src = String::from_utf8(bytes).map_err(|_| FrameworkError::Io {
            path: path.to_path_buf(),
            reason: "stream did not contain valid UTF-8".into(),
        })?;
        Framework::parse(&src, path)
    }

    /// Parses and validates a framework; `path` is only used in messages.
    pub fn parse(src: &str, path: &Path) -> Result<Framework, FrameworkError> {
        let invalid = |(line, col): (usize, usize), reason: String| FrameworkError::Invalid {
            path: path.to_path_buf(),
            line,
            col,
            reason,
        };
        let fw: Framework = crate::store::ron_options()
            .from_str(src)
            .map_err(|e| invalid((e.span.start.line, e.span.start.col), e.code.to_string()))?;
        if fw.families.is_empty() {
            return Err(invalid((1, 1), "the framework has no family".into()));
        }
        let mut seen_ids: Vec<&str> = Vec::new();
        let mut seen_keys: Vec<u8> = Vec::new();
        for family in &fw.families {
            let nth = seen_ids.iter().filter(|s| **s == family.id).count();
            if family.id.trim().is_empty() {
                return Err(invalid((1, 1), "a family has an empty id".into()));
            }
            if nth > 0 {
                return Err(invalid(
                    locate_field(src, "id", &format!("{:?}", family.id), nth),
                    format!("duplicate family id `{}`", family.id),
                ));
            }
            seen_ids.push(&family.id);
            let family_at = locate_field(src, "id", &format!("{:?}", family.id), 0);
            if !(1..=9).contains(&family.key) {
                return Err(invalid(
                    locate_field(src, "key", &family.key.to_string(), 0),
                    format!(
                        "family `{}` has key {}; keys are 1 to 9",
                        family.id, family.key
                    ),
                ));
            }
            if seen_keys.contains(&family.key) {
                return Err(invalid(
                    locate_field(src, "key", &family.key.to_string(), 1),
                    format!(
                        "duplicate key {}: family `{}` uses a key another family has",
                        family.key, family.id
                    ),
                ));
            }
            seen_keys.push(family.key);
            if family.labels.en.trim().is_empty() {
                return Err(invalid(
                    family_at,
                    format!("family `{}` has no English label", family.id),
                ));
            }
            let mut seen_components: Vec<&str> = Vec::new();
            for component in &family.components {
                if component.id.trim().is_empty() {
                    return Err(invalid(
                        family_at,
                        format!("a component of family `{}` has an empty id", family.id),
                    ));
                }
                if seen_components.contains(&component.id.as_str()) {
                    return Err(invalid(
                        locate_after(src, family_at, "id", &format!("{:?}", component.id), 1),
                        format!(
                            "duplicate component id `{}` in family `{}`",
                            component.id, family.id
                        ),
                    ));
                }
                seen_components.push(&component.id);
                if component.labels.en.trim().is_empty() {
                    return Err(invalid(
                        locate_after(src, family_at, "id", &format!("{:?}", component.id), 0),
                        format!(
                            "component `{}` of family `{}` has no English label",
                            component.id, family.id
                        ),
                    ));
                }
            }
        }
        Ok(fw)
    }

    /// A short, stable fingerprint of the framework's content, recorded in
    /// each session so a coordinator can tell which framework coded it.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let canonical = ron::to_string(self).unwrap_or_default();
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
