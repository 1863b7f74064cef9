//! Which language the app speaks: `--lang`, then `SPIRAL_LANG`, then the
//! session's language once a session is open, then the system's locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows and macOS, where those are
//! rarely set, the system's own setting), then English.

use crate::lang::Lang;

/// The language asked for, and the one to speak with no session open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tongue {
    /// `--lang` or `SPIRAL_LANG`: wins over the session's language.
    pub forced: Option<Lang>,
    /// The system's language (English when it is none of ours).
    pub system: Lang,
}

impl Tongue {
    /// One language for everything (tests, `--lang`).
    pub fn forced(lang: Lang) -> Tongue {
        Tongue {
            forced: Some(lang),
            system: lang,
        }
    }

    /// The language with a session open in `session`'s language.
    pub fn with_session(self, session: Lang) -> Lang {
        self.forced.unwrap_or(session)
    }

    /// The language with no session open.
    pub fn alone(self) -> Lang {
        self.forced.unwrap_or(self.system)
    }

    /// The tongue of this process: `flag` (`--lang`), then the environment
    /// (`var` reads it), then `system` (the platform's locale, when the
    /// environment names none). A `SPIRAL_LANG` that names no language of
    /// ours is refused, saying which.
    pub fn resolve(
        flag: Option<Lang>,
        var: impl Fn(&str) -> Option<String>,
        system: impl FnOnce() -> Option<String>,
    ) -> Result<Tongue, String> {
        let named = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let forced = match flag {
            Some(lang) => Some(lang),
            None => match named("SPIRAL_LANG") {
                Some(v) => Some(
                    v.parse::<Lang>()
                        .map_err(|why| format!("SPIRAL_LANG: {why}"))?,
                ),
                None => None,
            },
        };
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(named)
            .or_else(system);
        Ok(Tongue {
            forced,
            system: locale.as_deref().and_then(locale_lang).unwrap_or(Lang::En),
        })
    }

    /// `resolve` from this process's environment and platform.
    pub fn from_env(flag: Option<Lang>) -> Result<Tongue, String> {
        Tongue::resolve(
            flag,
            |name| std::env::var(name).ok(),
            sys_locale::get_locale,
        )
    }
}

/// The language of a locale name: "sv_SE.UTF-8", "fr-FR", "da" (none for
/// "C", "POSIX" or a language the app does not speak).
pub fn locale_lang(locale: &str) -> Option<Lang> {
    let code = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default();
    Lang::ALL
        .into_iter()
        .find(|l| l.code().eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_then_spiral_lang_then_the_locale() {
        let all = [("SPIRAL_LANG", "da"), ("LANG", "sv_SE.UTF-8")];
        let t = Tongue::resolve(Some(Lang::Fr), env(&all), || None).unwrap();
        assert_eq!((t.forced, t.system), (Some(Lang::Fr), Lang::Sv));
        let t = Tongue::resolve(None, env(&all), || None).unwrap();
        assert_eq!(t.forced, Some(Lang::Da));
        assert_eq!(t.with_session(Lang::Fr), Lang::Da);
        let t = Tongue::resolve(None, env(&[("LANG", "sv_SE.UTF-8")]), || None).unwrap();
        assert_eq!(t.forced, None);
        assert_eq!(t.alone(), Lang::Sv);
        // Once a session is open, its language wins over the locale.
        assert_eq!(t.with_session(Lang::Fr), Lang::Fr);
    }

    #[test]
    fn lc_all_wins_over_lang_and_the_platform_comes_last() {
        let t = Tongue::resolve(None, env(&[("LC_ALL", "fr_FR"), ("LANG", "da_DK")]), || {
            None
        });
        assert_eq!(t.unwrap().system, Lang::Fr);
        let t = Tongue::resolve(None, env(&[("LANG", "")]), || Some("da-DK".into()));
        assert_eq!(t.unwrap().system, Lang::Da);
        let t = Tongue::resolve(None, env(&[("LANG", "C.UTF-8")]), || Some("sv-SE".into()));
        assert_eq!(
            t.unwrap().system,
            Lang::En,
            "the environment named a locale: C"
        );
        let t = Tongue::resolve(None, env(&[("LANG", "nb_NO.UTF-8")]), || None);
        assert_eq!(t.unwrap().system, Lang::En);
    }

    #[test]
    fn a_spiral_lang_of_no_language_is_refused() {
        let t = Tongue::resolve(None, env(&[("SPIRAL_LANG", "klingon")]), || None);
        assert_eq!(
            t.unwrap_err(),
            "SPIRAL_LANG: unknown language `klingon` (use en, sv, da or fr)"
        );
    }
}
