//! How the screen is coloured: the default colours, a high-contrast theme,
//! or none at all (`NO_COLOR`). Every screen draws in the default colours;
//! the theme then changes the frame, cell by cell, before it is shown, so
//! no screen can forget it. Nothing the screen means is carried by colour
//! alone (a family has its key and symbol, a mark its + or −, the save
//! state its word, the focused pane its thick border and ▸), so a theme
//! without colour loses nothing.
//!
//! The default colours are the terminal's own sixteen (named ANSI colours,
//! which each terminal's palette tunes to its background) and greys from
//! its 256: no colour is fixed in RGB, so they read on light and dark
//! terminals alike.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Default,
    /// The terminal's own foreground on its own background, everywhere:
    /// what was coloured is bold, what stood on a colour is reversed,
    /// nothing is dimmed.
    HighContrast,
    /// No colour at all (`NO_COLOR`): the same shapes, bold and reversed
    /// kept.
    NoColor,
}

impl Theme {
    pub const NAMES: [&'static str; 3] = ["default", "high-contrast", "no-color"];

    /// The theme to use: `--theme`, then the config file's, then
    /// `NO_COLOR` (set and not empty), then the default.
    pub fn choose(flag: Option<Theme>, config: Option<Theme>, no_color: bool) -> Theme {
        flag.or(config).unwrap_or(if no_color {
            Theme::NoColor
        } else {
            Theme::Default
        })
    }

    /// Applies the theme to a drawn frame.
    pub fn apply(self, buffer: &mut Buffer) {
        if self == Theme::Default {
            return;
        }
        for cell in &mut buffer.content {
            let on_colour = cell.bg != Color::Reset;
            // Greys are the plain and the dim text (the hint line's words
            // beside their bold keys): not made bold.
            let coloured = !matches!(cell.fg, Color::Reset | Color::DarkGray | Color::Gray);
            if self == Theme::HighContrast && coloured && !on_colour {
                cell.modifier.insert(Modifier::BOLD);
            }
            if on_colour {
                // A bar or a shaded cell stands out as reversed; a cell
                // already reversed (a selection) stays so.
                cell.modifier.insert(Modifier::REVERSED);
            }
            cell.fg = Color::Reset;
            cell.bg = Color::Reset;
            cell.underline_color = Color::Reset;
        }
    }
}

impl std::str::FromStr for Theme {
    type Err = UnknownTheme;
    fn from_str(s: &str) -> Result<Theme, UnknownTheme> {
        match s.trim() {
            "default" => Ok(Theme::Default),
            "high-contrast" => Ok(Theme::HighContrast),
            "no-color" | "none" => Ok(Theme::NoColor),
            other => Err(UnknownTheme(other.to_string())),
        }
    }
}

/// A theme name no theme has (`--theme`, the config file's `theme`). Said
/// by `Display`, in English whatever the language: clap's words around it
/// for `--theme`, RON's for the config file, are English too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTheme(pub String);

impl std::fmt::Display for UnknownTheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown theme `{}` (use {})",
            self.0,
            Theme::NAMES.join(", ")
        )
    }
}

impl std::error::Error for UnknownTheme {}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};

    use super::Theme;

    #[test]
    fn no_color_takes_every_colour_and_keeps_what_stood_out() {
        let mut b = Buffer::empty(Rect::new(0, 0, 3, 1));
        b[(0, 0)].set_style(Style::new().fg(Color::Yellow));
        b[(1, 0)].set_style(Style::new().bg(Color::Yellow).fg(Color::Black));
        b[(2, 0)].set_style(Style::new().fg(Color::DarkGray));
        Theme::NoColor.apply(&mut b);
        for c in &b.content {
            assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
        }
        assert!(b[(1, 0)].modifier.contains(Modifier::REVERSED));
        assert!(!b[(0, 0)].modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn high_contrast_makes_colour_bold_and_never_dims() {
        let mut b = Buffer::empty(Rect::new(0, 0, 2, 1));
        b[(0, 0)].set_style(Style::new().fg(Color::Cyan));
        b[(1, 0)].set_style(Style::new().fg(Color::DarkGray));
        Theme::HighContrast.apply(&mut b);
        assert!(b[(0, 0)].modifier.contains(Modifier::BOLD));
        assert_eq!(b[(1, 0)].fg, Color::Reset);
        assert!(!b[(1, 0)].modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn the_flag_then_the_config_then_no_color() {
        assert_eq!(
            Theme::choose(Some(Theme::HighContrast), Some(Theme::Default), true),
            Theme::HighContrast
        );
        assert_eq!(
            Theme::choose(None, Some(Theme::Default), true),
            Theme::Default
        );
        assert_eq!(Theme::choose(None, None, true), Theme::NoColor);
        assert_eq!(Theme::choose(None, None, false), Theme::Default);
        assert_eq!(
            "dark".parse::<Theme>().unwrap_err().to_string(),
            "unknown theme `dark` (use default, high-contrast, no-color)"
        );
    }
}
