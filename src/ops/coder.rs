//! Who writes a note (its coder), decided when the note is made, the same
//! way for both faces: the name given for this note (`spiral add --coder`),
//! else `SPIRAL_CODER`, else the session's first facilitator as the
//! session is now, else the user's name on this computer, else the name
//! the app asked for once. When none is known the app asks and the
//! command line refuses: no note is saved without a coder.

use crate::model::Session;

/// What the computer says of who is at it, read once (`of_system`) and
/// kept, so a test can say it instead (`Sources::default()`: nothing
/// known).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// `SPIRAL_CODER`.
    pub spiral_coder: Option<String>,
    /// The user's name: `USER`, `USERNAME` (Windows), `LOGNAME`, else the
    /// system's record of the user running spiral (Unix).
    pub user: Option<String>,
}

impl Sources {
    /// What this computer says now.
    pub fn of_system() -> Sources {
        let var = |name: &str| std::env::var(name).ok().and_then(|v| named(&v));
        Sources {
            spiral_coder: var("SPIRAL_CODER"),
            user: var("USER")
                .or_else(|| var("USERNAME"))
                .or_else(|| var("LOGNAME"))
                .or_else(login_name),
        }
    }
}

/// A name as a coder is kept: cleaned, and none when nothing is left.
pub fn named(text: &str) -> Option<String> {
    let name = crate::text::clean(text);
    (!name.is_empty()).then_some(name)
}

/// The coder of a note made now in `session`: `given` (for this note),
/// `SPIRAL_CODER`, the session's first facilitator, the user's name, then
/// `asked` (the answer the app asked for); `None` when none is known.
pub fn decide(
    given: Option<&str>,
    sources: &Sources,
    session: &Session,
    asked: Option<&str>,
) -> Option<String> {
    given
        .and_then(named)
        .or_else(|| sources.spiral_coder.clone())
        .or_else(|| session.facilitators.iter().find_map(|f| named(f)))
        .or_else(|| sources.user.clone())
        .or_else(|| asked.and_then(named))
}

/// The user running spiral, as the system's user records name them.
#[cfg(unix)]
fn login_name() -> Option<String> {
    let user = nix::unistd::User::from_uid(nix::unistd::getuid()).ok()??;
    named(&user.name)
}

#[cfg(not(unix))]
fn login_name() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Framework, Lang};

    #[test]
    fn the_coder_comes_from_the_first_source_that_names_one() {
        let mut s = Session::new("Fittja", &Framework::default_framework(), Lang::Sv);
        let none = Sources::default();
        assert_eq!(decide(None, &none, &s, None), None, "no one known");
        assert_eq!(decide(None, &none, &s, Some(" \u{7} ")), None);
        assert_eq!(decide(None, &none, &s, Some("Bo")).as_deref(), Some("Bo"));
        let user = Sources {
            spiral_coder: None,
            user: Some("anna".into()),
        };
        assert_eq!(decide(None, &user, &s, Some("Bo")).as_deref(), Some("anna"));
        // Facilitators entered now count at once; a blank one is skipped.
        s.facilitators = vec!["  ".into(), "Yusuf Ahmed".into()];
        assert_eq!(
            decide(None, &user, &s, Some("Bo")).as_deref(),
            Some("Yusuf Ahmed")
        );
        let both = Sources {
            spiral_coder: Some("Lisa".into()),
            ..user
        };
        assert_eq!(decide(None, &both, &s, None).as_deref(), Some("Lisa"));
        assert_eq!(
            decide(Some("Eva\r"), &both, &s, None).as_deref(),
            Some("Eva")
        );
        assert_eq!(decide(Some(""), &both, &s, None).as_deref(), Some("Lisa"));
    }
}
