use serde::{Deserialize, Serialize};

/// The languages labels are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Sv,
    Da,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Sv, Lang::Da, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Da => "da",
            Lang::Fr => "fr",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "svenska",
            Lang::Da => "dansk",
            Lang::Fr => "français",
        }
    }

    pub fn next(self) -> Lang {
        let i = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(i + 1) % Lang::ALL.len()]
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown language `{s}` (use en, sv, da or fr)"))
    }
}

/// A label in the four languages. English is required; a missing translation
/// (empty) falls back to English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Labels {
    pub en: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sv: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub da: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fr: String,
}

impl Labels {
    pub fn en(s: &str) -> Labels {
        Labels {
            en: s.to_string(),
            ..Labels::default()
        }
    }

    /// The label in `lang`, or the English one when there is no translation.
    pub fn get(&self, lang: Lang) -> &str {
        let s = match lang {
            Lang::En => &self.en,
            Lang::Sv => &self.sv,
            Lang::Da => &self.da,
            Lang::Fr => &self.fr,
        };
        if s.is_empty() { &self.en } else { s }
    }

    /// No label in any language.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.sv.is_empty() && self.da.is_empty() && self.fr.is_empty()
    }

    /// Every non-empty label, for matching in any language.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        [&self.en, &self.sv, &self.da, &self.fr]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(String::as_str)
    }
}
