//! Tunnels: headers that carry a whole packet or frame inside another
//! (GRE, ERSPAN, EtherIP, MPLS, VXLAN, Geneve, Teredo, AYIYA, NSH, L2TP,
//! LISP). Each decodes its header into
//! one layer and names what it carries, so the inner packet goes through the
//! same decoders as an outer one and every field (`ip.src`, `tcp.stream`)
//! lists outer and inner values in wire order, as tshark does.
//!
//! OSI layers, as the table reads them: a header that carries link-layer
//! frames or switches packets on one hop is Data link (MPLS labels are
//! per-hop, VXLAN and Geneve carry Ethernet, ERSPAN mirrors frames); a
//! header that routes network packets between two routers over IP is
//! Network (GRE, Teredo's IPv6 over UDP).
//!
//! Nesting is bounded by the dissector's walk (a fixed number of steps per
//! frame, each consuming at least one header), so a crafted GRE-in-GRE
//! chain stops.

pub mod ayiya;
pub mod erspan;
pub mod etherip;
pub mod fields;
pub mod geneve;
pub mod gre;
pub mod gtp;
pub mod l2tp;
pub mod lisp;
pub mod mpls;
pub mod nsh;
pub mod teredo;
pub mod vxlan;

use super::cut_short as short;
