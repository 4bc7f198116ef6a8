//! Colours, one per OSI layer, shared by the tree, the line view and the hex
//! dump so a layer looks the same everywhere. Whether to colour at all is
//! decided once in `main` (anstream applies NO_COLOR, CLICOLOR_FORCE,
//! TERM=dumb and the tty check); renderers only receive a bool.

use crate::dissect::Osi;
use anstyle::{AnsiColor, Style};

pub fn layer(osi: Osi) -> Style {
    let c = match osi {
        Osi::Physical => AnsiColor::BrightBlack,
        Osi::DataLink => AnsiColor::Blue,
        Osi::Network => AnsiColor::Green,
        Osi::Transport => AnsiColor::Cyan,
        Osi::Session => AnsiColor::Magenta,
        Osi::Presentation => AnsiColor::Yellow,
        Osi::Application => AnsiColor::BrightRed,
    };
    Style::new().fg_color(Some(c.into()))
}

pub fn anomaly() -> Style {
    Style::new().fg_color(Some(AnsiColor::Red.into())).bold()
}

pub fn header() -> Style {
    Style::new().bold()
}

pub fn dim() -> Style {
    Style::new().dimmed()
}

/// Write `text` in `style` when colouring.
pub fn paint(out: &mut String, color: bool, style: Style, text: &str) {
    if color {
        use std::fmt::Write;
        let _ = write!(out, "{style}{text}{style:#}");
    } else {
        out.push_str(text);
    }
}

/// Like [`paint`], with the text written by `text` straight into `out`
/// (no string of its own).
pub fn paint_with(out: &mut String, color: bool, style: Style, text: impl FnOnce(&mut String)) {
    use std::fmt::Write;
    if color {
        let _ = write!(out, "{style}");
    }
    text(out);
    if color {
        let _ = write!(out, "{style:#}");
    }
}
