//! The languages the app speaks and labels are shown in (`Lang`), how each
//! writes numbers, and a text in each of them (`Labels`): a leaf below the
//! messages (`i18n`) and the method's data (`model`), which both use it.

use serde::{Deserialize, Serialize};

/// Every language the app speaks, one line each: its variant, its code
/// (the folder `locales/<code>/`, the field of `Labels`, the value of a
/// session's `language`), its own name, and how it writes numbers (the
/// decimal sign, the sign between groups of three digits, what stands
/// between a number and its per cent sign). English comes first: it is
/// the default, the fallback of every label, and required in each.
///
/// Adding a language is a folder of message files (a copy of
/// `locales/en/`, translated) and a line in `for_each_language` below; its
/// family labels go in the framework file, where a missing one reads in
/// English.
macro_rules! languages {
    (
        $first:ident $first_code:ident $first_name:literal,
            $first_decimal:literal, $first_group:literal, $first_percent:literal;
        $($lang:ident $code:ident $name:literal, $decimal:literal, $group:literal, $percent:literal;)*
    ) => {
        /// The languages labels are shown in and the app speaks.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
        #[serde(rename_all = "lowercase")]
        pub enum Lang {
            #[default]
            $first,
            $($lang,)*
        }

        impl Lang {
            pub const ALL: [Lang; 1 $(+ { let _ = stringify!($lang); 1 })*] =
                [Lang::$first $(, Lang::$lang)*];

            pub fn code(self) -> &'static str {
                match self {
                    Lang::$first => stringify!($first_code),
                    $(Lang::$lang => stringify!($code),)*
                }
            }

            /// The language's name in itself ("svenska").
            pub fn name(self) -> &'static str {
                match self {
                    Lang::$first => $first_name,
                    $(Lang::$lang => $name,)*
                }
            }

            /// The decimal separator.
            pub fn decimal_separator(self) -> char {
                match self {
                    Lang::$first => $first_decimal,
                    $(Lang::$lang => $decimal,)*
                }
            }

            fn group_separator(self) -> char {
                match self {
                    Lang::$first => $first_group,
                    $(Lang::$lang => $group,)*
                }
            }

            /// Between a number and its per cent sign.
            fn percent_space(self) -> &'static str {
                match self {
                    Lang::$first => $first_percent,
                    $(Lang::$lang => $percent,)*
                }
            }
        }

        /// A label in every language. English is required; a missing
        /// translation (empty) falls back to English.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
        pub struct Labels {
            pub $first_code: String,
            $(
                #[serde(default, skip_serializing_if = "String::is_empty")]
                pub $code: String,
            )*
        }

        impl Labels {
            /// The label in `lang` as written (empty when there is none).
            pub fn written(&self, lang: Lang) -> &str {
                match lang {
                    Lang::$first => &self.$first_code,
                    $(Lang::$lang => &self.$code,)*
                }
            }

            /// Writes the label in `lang`.
            pub fn set(&mut self, lang: Lang, text: &str) {
                let label = match lang {
                    Lang::$first => &mut self.$first_code,
                    $(Lang::$lang => &mut self.$code,)*
                };
                *label = text.to_string();
            }
        }
    };
}

/// The list of languages, given to a macro that makes something of it
/// (`languages!` here, the message catalog in `i18n/catalog.rs`).
macro_rules! for_each_language {
    ($then:ident) => {
        $then! {
            En en "English", '.', ',', "";
            Sv sv "svenska", ',', '\u{a0}', "\u{a0}";
            Da da "dansk", ',', '.', "\u{a0}";
            Fr fr "français", ',', '\u{202f}', "\u{a0}";
        }
    };
}
pub(crate) use for_each_language;

for_each_language!(languages);

impl Lang {
    pub fn next(self) -> Lang {
        Lang::ALL[(self.index() + 1) % Lang::ALL.len()]
    }

    /// Its place in `ALL`.
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// Every code, for a refusal: "en, sv, da or fr".
    fn codes() -> String {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        match codes.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    /// `s` cleaned as a stored name is (`text::clean`: no control
    /// characters, one space between words), then looked for and echoed.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = crate::text::clean(s);
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(&s))
            .ok_or_else(|| format!("unknown language `{s}` (use {})", Lang::codes()))
    }
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
        let s = self.written(lang);
        if s.is_empty() { &self.en } else { s }
    }

    /// No label in any language.
    pub fn is_empty(&self) -> bool {
        Lang::ALL.iter().all(|l| self.written(*l).is_empty())
    }

    /// Every non-empty label, for matching in any language.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        Lang::ALL
            .into_iter()
            .map(|l| self.written(l))
            .filter(|s| !s.is_empty())
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
        format!(
            "{}{}%",
            self.decimal(share * 100.0, 0),
            self.percent_space()
        )
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
