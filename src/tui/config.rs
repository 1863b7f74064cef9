//! The user's settings file: `config.ron` in the config folder
//! (`$SPIRAL_CONFIG_DIR`, else the user's config folder from
//! `directories`: `~/.config/spiral` on Linux, `~/Library/Application
//! Support/org.spiral.spiral` on macOS, `%APPDATA%\spiral\spiral\config` on
//! Windows). It may be missing; when it does not read, the app says where
//! and why on screen and starts with the defaults, never silently.
//!
//! ```ron
//! (theme: "high-contrast")
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::theme::Theme;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// default, high-contrast or no-color.
    #[serde(default)]
    pub theme: Option<String>,
}

/// The config folder.
pub fn config_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SPIRAL_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "spiral", "spiral")
        .map(|d| d.config_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".spiral"))
}

/// What the settings file says: its theme (none when it names none), or
/// why it was refused ("path:line:col: why"). The reason stays a `String`:
/// it is RON's own words (or the system's, or `UnknownTheme`'s), in
/// English whatever the language, after where; a file the input rule
/// refuses to read is said in `lang`.
pub fn load_theme(dir: &Path, lang: crate::model::Lang) -> Result<Option<Theme>, String> {
    let path = dir.join("config.ron");
    let Some(text) = read_settings(&path, lang)? else {
        return Ok(None);
    };
    // `theme: "high-contrast"`, not `Some("high-contrast")`.
    let config: Config = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .map_err(|e| ron_error(&path, &e))?;
    match config.theme {
        None => Ok(None),
        Some(name) => name.parse().map(Some).map_err(|why| {
            // Where the name is written, as RON's own errors say it.
            let at = text.find(&format!("\"{name}\"")).unwrap_or(0);
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{}:{line}:{col}: theme: {why}", path.display())
        }),
    }
}

/// The text of a settings file; none when there is no such file. The
/// reason stays a `String`: "path: " and the system's words (or the
/// input rule's, said in `lang`).
pub fn read_settings(path: &Path, lang: crate::model::Lang) -> Result<Option<String>, String> {
    let bytes = match crate::input::read_file(path, &crate::input::SETTINGS) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            let why = crate::i18n::describe_io(&e, lang);
            return Err(format!("{}: {why}", path.display()));
        }
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| format!("{}: not UTF-8 text ({e})", path.display()))
}

/// A RON error as "path:line:col: why".
pub fn ron_error(path: &Path, e: &ron::error::SpannedError) -> String {
    format!(
        "{}:{}:{}: {}",
        path.display(),
        e.span.start.line,
        e.span.start.col,
        e.code
    )
}

#[cfg(test)]
mod tests {
    use super::load_theme;
    use crate::tui::theme::Theme;

    #[test]
    fn the_config_file_names_a_theme_or_is_refused_saying_where() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_theme(dir.path(), crate::model::Lang::En),
            Ok(None),
            "no file: no theme"
        );
        let file = dir.path().join("config.ron");
        std::fs::write(&file, "(theme: \"high-contrast\")\n").unwrap();
        assert_eq!(
            load_theme(dir.path(), crate::model::Lang::En),
            Ok(Some(Theme::HighContrast))
        );
        std::fs::write(&file, "()\n").unwrap();
        assert_eq!(load_theme(dir.path(), crate::model::Lang::En), Ok(None));
        std::fs::write(&file, "(\n  colour: \"red\",\n)\n").unwrap();
        let why = load_theme(dir.path(), crate::model::Lang::En).unwrap_err();
        assert!(
            why.starts_with(&format!("{}:2:3: ", file.display())),
            "{why}"
        );
        std::fs::write(&file, "(theme: \"dark\")").unwrap();
        assert_eq!(
            load_theme(dir.path(), crate::model::Lang::En).unwrap_err(),
            format!(
                "{}:1:9: theme: unknown theme `dark` (use default, high-contrast, no-color)",
                file.display()
            )
        );
    }
}
