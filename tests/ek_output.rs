//! `-T ek` against tshark: every line pair is a valid bulk action and
//! document, and every value tshark's `-T ek` writes at a path osidump can
//! write (`tests/golden/ek/`, made by `scripts/make-ek-goldens.py`; no
//! tshark at test time) is there in ours, the same. Differences allowed are
//! listed by key in [`KNOWN`], each a decoder difference, not a format one.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;

const KNOWN: &[(&str, &str)] = &[
    (
        "data_data_data",
        "HTTP's Continuation keeps its data in the http layer; tshark's ek nests it under http.data (proxy.pcap's 201 tunnel)",
    ),
    (
        "data_data_len",
        "HTTP's Continuation keeps its data in the http layer; tshark's ek nests it under http.data (proxy.pcap's 201 tunnel)",
    ),
    (
        "_ws_expert__ws_expert_group",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "_ws_expert__ws_expert_message",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "_ws_expert__ws_expert_severity",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "http_http_chat",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "smtp_smtp_base64_decode",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "ssh_ssh_key_length_error",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "ssh_ssh_packet_decode_error",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_analysis_duplicate_ack",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_analysis_window_update",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_connection_fin",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_connection_fin_active",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_connection_syn",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_connection_fin_passive",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_connection_synack",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "snmp_snmp_varbind_response",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "tcp_tcp_nop",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
    (
        "quic_quic_cc_reason_phrase",
        "tshark writes an empty reason phrase",
    ),
    (
        "tcp_tcp_analysis_retransmission",
        "tshark nests expert items under _ws_expert",
    ),
    (
        "lldp_lldp_tlv_deprecated",
        "tshark nests expert items under _ws_expert",
    ),
    (
        "ip_ip_ttl_too_small",
        "tshark nests expert items under _ws_expert (eBGP's TTL 1 in bgp_ospf.pcap)",
    ),
    (
        "tcp_tcp_connection_rst",
        "tshark nests expert items under _ws_expert (the resets of bgp_ospf.pcap)",
    ),
    (
        "bgp_bgp_cap_gr_helper_mode_only",
        "tshark nests expert items under _ws_expert (BIRD's graceful restart capability)",
    ),
    (
        "_ws_expert__ws_expert_message",
        "tshark nests expert items under _ws_expert (LLDP's deprecated-TLV warning)",
    ),
    (
        "_ws_expert__ws_expert_severity",
        "tshark nests expert items under _ws_expert (LLDP's deprecated-TLV warning)",
    ),
    (
        "_ws_expert__ws_expert_group",
        "tshark nests expert items under _ws_expert (LLDP's deprecated-TLV warning)",
    ),
    (
        "tcp_tcp_option_kind",
        "tshark repeats the key apart (option subtrees): the golden's merge loses their order",
    ),
    (
        "http3_http3_frame_payload",
        "tshark writes control-stream frame payloads too",
    ),
    (
        "tcp_tcp_segment",
        "tshark writes reassembly at the top of `layers`",
    ),
    (
        "tcp_tcp_segment_count",
        "tshark writes reassembly at the top of `layers`",
    ),
    (
        "tcp_tcp_reassembled_length",
        "tshark writes reassembly at the top of `layers`",
    ),
    (
        "websocket_websocket_fragment_count",
        "tshark writes a reassembled message's items at the top of `layers`",
    ),
    (
        "websocket_websocket_reassembled_length",
        "tshark writes a reassembled message's items at the top of `layers`",
    ),
    (
        "dhcpv6_dhcpv6_option_type_str",
        "tshark's ek lists an option inside another (IA Address in IA_NA) after the \
         message's own options; ours keeps wire order, as -T fields does",
    ),
    (
        "dhcpv6_dhcpv6_bad_msgtype",
        "tshark nests expert items under _ws_expert (mptcp.pcap's golden has expert keys)",
    ),
];

fn flat(v: &Value, prefix: &str, out: &mut BTreeMap<String, Vec<Value>>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                flat(v, &format!("{prefix}.{k}"), out);
            }
        }
        Value::Array(items) => out
            .entry(prefix.to_string())
            .or_default()
            .extend(items.iter().cloned()),
        other => out
            .entry(prefix.to_string())
            .or_default()
            .push(other.clone()),
    }
}

#[test]
fn ek_is_bulk_ndjson_with_tsharks_values_at_tsharks_paths() {
    let (mut total, mut agree) = (0usize, 0usize);
    let mut differing: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for sample in common::samples() {
        let name = sample
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let golden = common::golden_dir().join("ek").join(format!("{name}.json"));
        let theirs: Vec<BTreeMap<String, Vec<Value>>> =
            serde_json::from_str(&std::fs::read_to_string(&golden).expect("golden")).expect("json");
        let mut cmd = Command::cargo_bin("osidump").expect("binary");
        cmd.args(["dissect", "-T", "ek"]);
        let keys = sample.with_extension("keys");
        if keys.exists() {
            cmd.arg("--tls-keylog").arg(keys);
        }
        let out = cmd.arg(&sample).output().expect("run");
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).expect("utf8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 * theirs.len(), "{name}: two lines a packet");
        for (i, (pair, t)) in lines.chunks(2).zip(&theirs).enumerate() {
            let action: Value = serde_json::from_str(pair[0]).expect("action line is JSON");
            assert_eq!(action["index"]["_type"], "doc", "{name}");
            let doc: Value = serde_json::from_str(pair[1]).expect("document line is JSON");
            let mut ours = BTreeMap::new();
            flat(&doc["layers"], "layers", &mut ours);
            ours.insert("_index".into(), vec![action["index"]["_index"].clone()]);
            ours.insert("timestamp".into(), vec![doc["timestamp"].clone()]);
            for (path, want) in t {
                total += 1;
                let got = ours.get(path);
                if got == Some(want) {
                    agree += 1;
                    continue;
                }
                let key = path.rsplit('.').next().unwrap_or(path);
                *differing.entry(key.to_string()).or_default() += 1;
                if !KNOWN.iter().any(|(k, _)| *k == key) {
                    problems.push(format!(
                        "{name} frame {}: {path}: ours {got:?}, tshark {want:?}",
                        i + 1
                    ));
                }
            }
        }
    }
    eprintln!(
        "-T ek agreement with tshark: {agree}/{total} values at tshark's paths ({:.2} %); differing: {differing:?}",
        100.0 * agree as f64 / total.max(1) as f64
    );
    let stale: Vec<&str> = KNOWN
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !differing.contains_key(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "listed as differing, but every value equals tshark's now: {stale:?}"
    );
    assert!(
        problems.is_empty(),
        "{} values differ:\n{}",
        problems.len(),
        problems[..problems.len().min(100)].join("\n")
    );
}

#[test]
fn ek_with_e_is_tsharks_flat_form() {
    let dns = common::samples()
        .into_iter()
        .find(|p| p.ends_with("dns.pcap"))
        .expect("dns.pcap");
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args([
            "dissect",
            "-T",
            "ek",
            "-c",
            "2",
            "-e",
            "ip.src",
            "-e",
            "dns.resp.name",
        ])
        .arg(dns)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    // As `tshark -T ek -e ip.src -e dns.resp.name` writes frame 2.
    assert_eq!(
        text.lines().nth(3),
        Some(
            "{\"timestamp\":\"1795519047175\",\"layers\":{\"ip_src\":[\"10.99.0.2\"],\
             \"dns_resp_name\":[\"www.example.test\",\"example.test\",\"example.test\",\"<Root>\"]}}"
        )
    );
}

/// `-T ek -e ...` on every sample, byte for byte as tshark writes it
/// (tests/golden/ek-selected, made by scripts/make-ek-selected-goldens.sh):
/// repeated fields, hex bases, bytes, times, `-e data`, and the
/// either-direction fields (`ip.addr`, `tcp.port`), which were empty
/// before.
#[test]
fn ek_with_e_is_tsharks_byte_for_byte_on_every_sample() {
    let dir = common::golden_dir().join("ek-selected");
    let fields: Vec<String> = std::fs::read_to_string(dir.join("FIELDS"))
        .expect("FIELDS")
        .split_whitespace()
        .map(String::from)
        .collect();
    let mut checked = 0;
    for sample in common::samples() {
        let name = sample
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let golden = std::fs::read_to_string(dir.join(format!("{name}.ndjson")))
            .unwrap_or_else(|e| panic!("{name}: golden: {e}"));
        let mut cmd = Command::cargo_bin("osidump").expect("binary");
        cmd.args(["dissect", "-T", "ek"]);
        for f in &fields {
            cmd.args(["-e", f]);
        }
        let keys = sample.with_extension("keys");
        if keys.exists() {
            cmd.arg("--tls-keylog").arg(keys);
        }
        let out = cmd.arg(&sample).output().expect("run");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ours = String::from_utf8(out.stdout).expect("utf8");
        if ours != golden {
            let first = ours
                .lines()
                .zip(golden.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{name}: line {}:\n  ours:   {}\n  tshark: {}",
                first + 1,
                ours.lines().nth(first).unwrap_or(""),
                golden.lines().nth(first).unwrap_or("")
            );
        }
        checked += 1;
    }
    assert!(checked >= 30, "{checked} samples");
}

#[test]
fn elastic_mapping_types_every_field_as_tshark_does() {
    // tshark registers the name twice (8 and 16 bits): its mapping keeps
    // the other registration's type; and fields tshark 4.0 does not have
    // (newer Wireshark's JA4 and QPACK-decoded headers). tshark 4.0's
    // mapping leaves LLC's own fields out (it lists only the PID fields
    // registered at hand-off): ours types them like any other integer or
    // boolean.
    const KNOWN: &[&str] = &[
        "tls_tls_handshake_session_id_length",
        // 802.11's frame control is registered twice too (PV0's 8-bit
        // fields, PV1's 16-bit ones); osidump decodes PV0.
        "wlan_wlan_fc_version",
        "wlan_wlan_fc_type",
        "wlan_wlan_fc_subtype",
        // DNP3's object range: the 8-, 16- and 32-bit start and stop
        // indexes share two names (osidump's registry has the first).
        "dnp3_dnp3_al_range_start",
        "dnp3_dnp3_al_range_stop",
        "tls_tls_handshake_ja4",
        "http3_http3_headers_method",
        "http3_http3_headers_path",
        "http3_http3_headers_status",
        "http3_http3_headers_authority",
        "http3_http3_headers_scheme",
        // SMB's transaction counts, offsets and displacements: registered
        // 16-bit (Trans, Trans2) and 32-bit (NT Trans); tshark's mapping
        // keeps the last.
        // L2TP's Connect Speed Update reserved field: tshark 4.0's
        // elastic mapping lists the key twice (integer, then long), while
        // `-G fields` has one 16-bit field (osidump's).
        "l2tp_l2tp_avp_csu_res",
        "smb_smb_data_disp",
        "smb_smb_data_offset",
        "smb_smb_dc",
        "smb_smb_pc",
        "smb_smb_pd",
        "smb_smb_po",
        // SMB's negotiated security mode: 16-bit (LAN Manager) and 8-bit
        // (NT LM); tshark's mapping keeps the last.
        "smb_smb_sm",
        "llc_llc_control",
        "llc_llc_control_f",
        "llc_llc_control_ftype",
        "llc_llc_control_n_r",
        "llc_llc_control_n_s",
        "llc_llc_control_p",
        "llc_llc_control_s_ftype",
        "llc_llc_control_u_modifier_cmd",
        "llc_llc_control_u_modifier_resp",
        "llc_llc_dsap",
        "llc_llc_dsap_ig",
        "llc_llc_dsap_sap",
        "llc_llc_oui",
        "llc_llc_pid",
        "llc_llc_ssap",
        "llc_llc_ssap_cr",
        "llc_llc_ssap_sap",
        "llc_llc_type",
    ];
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args(["fields", "-T", "elastic-mapping"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let ours: Value = serde_json::from_slice(&out.stdout).expect("mapping is JSON");
    let theirs: Value = serde_json::from_str(
        &std::fs::read_to_string(common::golden_dir().join("elastic-mapping.json"))
            .expect("golden"),
    )
    .expect("json");
    assert_eq!(ours["mappings"]["dynamic"], false);
    assert_eq!(ours["mappings"]["properties"]["timestamp"]["type"], "date");
    let layers = |v: &Value| v["mappings"]["properties"]["layers"]["properties"].clone();
    let (o, t) = (layers(&ours), layers(&theirs));
    let mut n = 0;
    for (proto, v) in o.as_object().expect("layers") {
        for (key, ty) in v["properties"].as_object().expect("properties") {
            if KNOWN.contains(&key.as_str()) {
                continue;
            }
            assert_eq!(Some(ty), t[proto]["properties"].get(key), "{proto}.{key}");
            n += 1;
        }
    }
    assert!(n > 300, "{n} typed fields");
    // Numbers, addresses and dates are typed.
    assert_eq!(o["ip"]["properties"]["ip_ip_src"]["type"], "ip");
    assert_eq!(o["frame"]["properties"]["frame_frame_len"]["type"], "long");
    assert_eq!(o["frame"]["properties"]["frame_frame_time"]["type"], "date");
}

/// A PGM packet of a type tshark 4.0 does not know (0x0b) sets the
/// columns and throws before PGM's item: tshark's `-T ek` has no `pgm`
/// object for it (its bytes are `data`), where an SPM has one. Frames
/// crafted; layer keys as tshark 4.0.17 writes them (osidump adds its
/// Community ID).
#[test]
fn ek_has_no_object_for_a_layer_tshark_shows_no_item_for() {
    let frames = [
        "02000000000202000000000108004500002400010000407166660a0000010a00000203e807d00b00c5200a0b0c0d0e0f0000",
        "02000000000202000000000108004500003800010000407166520a0000010a00000203e807d00000c6180a0b0c0d0e0f0000000000010000000200000003000100000a000001",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_600_000_000, &frames);
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args(["dissect", "-T", "ek", "-"])
        .write_stdin(pcap)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    let keys: Vec<Vec<String>> = text
        .lines()
        .filter(|l| !l.starts_with("{\"index\""))
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("json");
            v["layers"]
                .as_object()
                .expect("layers")
                .keys()
                .filter(|k| !k.starts_with("communityid"))
                .cloned()
                .collect()
        })
        .collect();
    // serde_json's map sorts the keys.
    assert_eq!(
        keys,
        [
            vec!["data", "eth", "frame", "ip"],
            vec!["eth", "frame", "ip", "pgm"]
        ]
    );
}
