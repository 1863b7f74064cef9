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
        Lang::ALL[(self.index() + 1) % Lang::ALL.len()]
    }

    /// Its place in `ALL`.
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
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

/// Numbers written the way the language writes them: a decimal comma in
/// Swedish, Danish and French, a point in English; large counts grouped
/// by threes (from 10,000: "12 345" in Swedish and French, "12.345" in
/// Danish, "12,345" in English, with no-break spaces); a share with its
/// per cent sign ("24%" in English, "24 %" with a no-break space in the
/// others, so the two never part at a line's end). A dozen lines, not a
/// dependency: ICU's crates would bring megabytes of data for four
/// languages' separators.
impl Lang {
    /// The decimal separator.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Sv | Lang::Da | Lang::Fr => ',',
        }
    }

    fn group_separator(self) -> char {
        match self {
            Lang::En => ',',
            Lang::Da => '.',
            Lang::Sv => '\u{a0}',
            Lang::Fr => '\u{202f}',
        }
    }

    /// `x` with `places` decimals: "0,33" in Swedish.
    pub fn decimal(self, x: f64, places: usize) -> String {
        let plain = format!("{:.*}", places, x.abs());
        let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut out = String::new();
        // "-0,00" reads as a value below zero: a rounded zero has no sign.
        if x < 0.0 && plain.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('−');
        }
        out.push_str(&self.grouped(whole));
        if !fraction.is_empty() {
            out.push(self.decimal_separator());
            out.push_str(fraction);
        }
        out
    }

    /// `x` with its sign always written ("+2,1", "−2,1").
    pub fn signed(self, x: f64, places: usize) -> String {
        let s = self.decimal(x, places);
        if s.starts_with('−') {
            s
        } else {
            format!("+{s}")
        }
    }

    /// A count: "12 345" in Swedish.
    pub fn count(self, n: u64) -> String {
        self.grouped(&n.to_string())
    }

    /// A share (0–1) as a whole per cent: "24 %" in Swedish, "24%" in
    /// English.
    pub fn percent(self, share: f64) -> String {
        let n = self.decimal(share * 100.0, 0);
        match self {
            Lang::En => format!("{n}%"),
            _ => format!("{n}\u{a0}%"),
        }
    }

    /// A p-value for reading: "= 0,727", or "< 0,001".
    pub fn p_value(self, p: f64) -> String {
        if p < 0.001 {
            format!("< {}", self.decimal(0.001, 3))
        } else {
            format!("= {}", self.decimal(p, 3))
        }
    }

    fn grouped(self, digits: &str) -> String {
        if digits.len() < 5 {
            return digits.to_string();
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(self.group_separator());
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod numbers {
    use super::Lang;

    #[test]
    fn each_language_writes_its_numbers() {
        assert_eq!(Lang::En.decimal(0.3349, 2), "0.33");
        assert_eq!(Lang::Sv.decimal(0.3349, 2), "0,33");
        assert_eq!(Lang::Da.decimal(4.449, 2), "4,45");
        assert_eq!(Lang::Fr.decimal(12345.678, 1), "12\u{202f}345,7");
        assert_eq!(Lang::Da.count(1234567), "1.234.567");
        assert_eq!(Lang::Sv.count(12345), "12\u{a0}345");
        assert_eq!(Lang::En.count(12345), "12,345");
        assert_eq!(Lang::Sv.count(1234), "1234");
        assert_eq!(Lang::En.percent(0.2449), "24%");
        assert_eq!(Lang::Sv.percent(0.2451), "25\u{a0}%");
        assert_eq!(Lang::Sv.p_value(0.72712), "= 0,727");
        assert_eq!(Lang::Fr.p_value(0.0001), "< 0,001");
        assert_eq!(Lang::Sv.signed(-2.06, 1), "−2,1");
        assert_eq!(Lang::Sv.signed(2.06, 1), "+2,1");
        assert_eq!(Lang::Sv.decimal(-0.001, 2), "0,00");
    }
}
