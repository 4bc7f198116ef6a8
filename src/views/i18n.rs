//! Layer names and roles in the user's language, and padding that counts
//! display columns (a Hangul syllable takes two), so tables stay aligned.
//!
//! Only the OSI vocabulary is translated: protocol and field names, and
//! every JSON key, stay as Wireshark spells them.

use crate::dissect::Osi;
use unicode_width::UnicodeWidthStr;

/// Output language for layer names and roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// The language a `LANG` / `LC_ALL` / `LC_MESSAGES` value asks for:
    /// `ko_KR.UTF-8` and `ko` mean Korean, anything else English.
    pub fn from_locale(value: &str) -> Lang {
        let v = value.trim();
        if v == "ko" || v.starts_with("ko_") || v.starts_with("ko.") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// From the environment, as gettext reads it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG` (the first one set and non-empty).
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .map(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }
}

/// "Transport" / "전송 계층".
pub fn layer_name(osi: Osi, lang: Lang) -> &'static str {
    match lang {
        Lang::En => osi.name(),
        Lang::Ko => match osi {
            Osi::Physical => "물리 계층",
            Osi::DataLink => "데이터 링크 계층",
            Osi::Network => "네트워크 계층",
            Osi::Transport => "전송 계층",
            Osi::Session => "세션 계층",
            Osi::Presentation => "표현 계층",
            Osi::Application => "응용 계층",
        },
    }
}

/// What a layer does, for `osidump layers`. `english` is the registry's
/// text, returned unchanged for [`Lang::En`].
pub fn role(osi: Osi, english: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ko => match osi {
            Osi::Physical => "전선 위의 신호",
            Osi::DataLink => "한 링크 위의 프레임",
            Osi::Network => "경로 지정 (라우팅)",
            Osi::Transport => "종단 간 전달",
            Osi::Session => "대화 열기 / 유지 / 닫기",
            Osi::Presentation => "인코딩, 암호화",
            Osi::Application => "사용자의 대화",
        },
    }
}

/// Column headings of the layers table.
pub fn heading(key: &'static str, lang: Lang) -> &'static str {
    match (lang, key) {
        (Lang::En, k) => k,
        (Lang::Ko, "layer") => "계층",
        (Lang::Ko, "role") => "역할",
        (Lang::Ko, "protocols") => "프로토콜",
        (Lang::Ko, "shows") => "보여 주는 것",
        (Lang::Ko, k) => k,
    }
}

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `cols` display columns (never cut).
pub fn pad(s: &str, cols: usize) -> String {
    let w = width(s);
    let mut out = String::with_capacity(s.len() + cols.saturating_sub(w));
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Spaces before `s` up to `cols` display columns (right-aligned).
pub fn pad_left(s: &str, cols: usize) -> String {
    let w = width(s);
    let mut out = String::with_capacity(s.len() + cols.saturating_sub(w));
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out.push_str(s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_detection() {
        assert_eq!(Lang::from_locale("ko_KR.UTF-8"), Lang::Ko);
        assert_eq!(Lang::from_locale("ko"), Lang::Ko);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale("kok_IN"), Lang::En);
    }

    #[test]
    fn korean_names_are_wide_and_padded_by_columns() {
        assert_eq!(layer_name(Osi::Transport, Lang::Ko), "전송 계층");
        assert_eq!(width("전송 계층"), 9);
        assert_eq!(width(&pad("전송 계층", 12)), 12);
        assert_eq!(width(&pad("Transport", 12)), 12);
        assert_eq!(pad_left("42", 4), "  42");
    }
}
