//! The two layer models a view can group by (`--model osi|tcpip`): the
//! seven OSI layers every decoder tags its layers with, and the four
//! layers of the TCP/IP (Internet) model, RFC 1122's grouping, which is
//! a view over the same tags — never a second dissection.
//!
//! The mapping is the textbook one: Application = L5–L7, Transport = L4,
//! Internet = L3, Link = L1–L2.

use super::i18n::Lang;
use super::stats::OsiGroup;
use crate::dissect::Osi;
use serde::Serialize;

/// Which model a view groups layers by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Model {
    #[default]
    Osi,
    TcpIp,
}

/// The four layers of the TCP/IP model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TcpIp {
    Link = 1,
    Internet = 2,
    Transport = 3,
    Application = 4,
}

impl TcpIp {
    /// Top row first, as the tables are drawn.
    pub const TOP_DOWN: [TcpIp; 4] = [
        TcpIp::Application,
        TcpIp::Transport,
        TcpIp::Internet,
        TcpIp::Link,
    ];

    /// The TCP/IP layer an OSI layer belongs to.
    pub fn of(osi: Osi) -> TcpIp {
        match osi {
            Osi::Physical | Osi::DataLink => TcpIp::Link,
            Osi::Network => TcpIp::Internet,
            Osi::Transport => TcpIp::Transport,
            Osi::Session | Osi::Presentation | Osi::Application => TcpIp::Application,
        }
    }

    /// The OSI layers it groups, top first.
    pub fn osi(self) -> &'static [Osi] {
        match self {
            TcpIp::Application => &[Osi::Application, Osi::Presentation, Osi::Session],
            TcpIp::Transport => &[Osi::Transport],
            TcpIp::Internet => &[Osi::Network],
            TcpIp::Link => &[Osi::DataLink, Osi::Physical],
        }
    }

    /// The OSI layer whose colour it is drawn in (its highest).
    pub fn colour_of(self) -> Osi {
        self.osi()[0]
    }

    /// "Internet" / "인터넷 계층".
    pub fn name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, TcpIp::Application) => "Application",
            (Lang::En, TcpIp::Transport) => "Transport",
            (Lang::En, TcpIp::Internet) => "Internet",
            (Lang::En, TcpIp::Link) => "Link",
            (Lang::Ko, TcpIp::Application) => "응용 계층",
            (Lang::Ko, TcpIp::Transport) => "전송 계층",
            (Lang::Ko, TcpIp::Internet) => "인터넷 계층",
            (Lang::Ko, TcpIp::Link) => "네트워크 접근 계층",
        }
    }

    /// What the layer does, for `osidump layers --model tcpip`.
    pub fn role(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, TcpIp::Application) => "the user's service, its encoding and its sessions",
            (Lang::En, TcpIp::Transport) => "end-to-end delivery between ports",
            (Lang::En, TcpIp::Internet) => "addressing and routing across networks",
            (Lang::En, TcpIp::Link) => "frames and signals on one link",
            (Lang::Ko, TcpIp::Application) => "응용 서비스와 그 표현·세션",
            (Lang::Ko, TcpIp::Transport) => "포트 간 종단 간 전달",
            (Lang::Ko, TcpIp::Internet) => "주소 지정과 네트워크 간 라우팅",
            (Lang::Ko, TcpIp::Link) => "한 링크 위의 프레임과 신호",
        }
    }
}

/// How a layer is labelled in the tree and the stats table: `L4 Transport`
/// in the OSI model, `Transport` in the TCP/IP model.
pub fn label(osi: Osi, model: Model, lang: Lang) -> String {
    match model {
        Model::Osi => format!("L{} {}", osi.number(), super::i18n::layer_name(osi, lang)),
        Model::TcpIp => TcpIp::of(osi).name(lang).to_string(),
    }
}

/// The colour a layer is drawn in under `model`: its own OSI colour, or
/// its TCP/IP group's, so one group reads as one colour.
pub fn colour(osi: Osi, model: Model) -> Osi {
    match model {
        Model::Osi => osi,
        Model::TcpIp => TcpIp::of(osi).colour_of(),
    }
}

/// One TCP/IP layer of the stats table: the OSI groups it takes in,
/// top first, each with its protocols.
#[derive(Debug, Clone, Serialize)]
pub struct TcpIpGroup {
    pub layer: TcpIp,
    pub osi: Vec<OsiGroup>,
}

/// The stats table's OSI groups (top first) regrouped by TCP/IP layer.
pub fn tcpip_groups(groups: &[OsiGroup]) -> Vec<TcpIpGroup> {
    let mut out: Vec<TcpIpGroup> = Vec::new();
    for g in groups {
        let layer = TcpIp::of(Osi::from_number(g.osi));
        match out.last_mut() {
            Some(last) if last.layer == layer => last.osi.push(g.clone()),
            _ => out.push(TcpIpGroup {
                layer,
                osi: vec![g.clone()],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_osi_layer_maps_to_the_group_that_lists_it() {
        for osi in Osi::ALL {
            let t = TcpIp::of(osi);
            assert!(t.osi().contains(&osi), "{osi:?} → {t:?}");
        }
        let listed: usize = TcpIp::TOP_DOWN.iter().map(|t| t.osi().len()).sum();
        assert_eq!(listed, 7);
    }

    #[test]
    fn textbook_mapping() {
        assert_eq!(TcpIp::of(Osi::Session), TcpIp::Application);
        assert_eq!(TcpIp::of(Osi::Presentation), TcpIp::Application);
        assert_eq!(TcpIp::of(Osi::Transport), TcpIp::Transport);
        assert_eq!(TcpIp::of(Osi::Network), TcpIp::Internet);
        assert_eq!(TcpIp::of(Osi::Physical), TcpIp::Link);
        assert_eq!(
            label(Osi::DataLink, Model::TcpIp, Lang::Ko),
            "네트워크 접근 계층"
        );
        assert_eq!(label(Osi::DataLink, Model::Osi, Lang::En), "L2 Data link");
    }
}
