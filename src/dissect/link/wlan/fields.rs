//! Field registrations for radiotap, the 802.11 radio information and
//! IEEE 802.11 (packet-ieee80211-radiotap.c, packet-ieee80211-radio.c,
//! packet-ieee80211.c), made by scripts/gen-fields.py from tshark 4.0.

pub mod radiotap {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("radiotap.version", Uint8, "Header revision")
            .blurb("Version of radiotap header format")
    );
    pub static PAD: &F = field!(F::new("radiotap.pad", Uint8, "Header pad").blurb("Padding"));
    pub static LENGTH: &F = field!(
        F::new("radiotap.length", Uint16, "Header length")
            .blurb("Length of header including version, pad, length and data fields")
    );
    pub static PRESENT_WORD: &F = field!(
        F::new("radiotap.present.word", Uint32, "Present flags word")
            .base(Base::Hex)
            .blurb("Word from present flags bitmask")
    );
    pub static PRESENT_TSFT: &F = field!(
        F::new("radiotap.present.tsft", Boolean, "TSFT")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Present", "Absent")
            .blurb("Specifies if the Time Synchronization Function Timer field is present")
    );
    pub static PRESENT_FLAGS: &F = field!(
        F::new("radiotap.present.flags", Boolean, "Flags")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("Present", "Absent")
            .blurb("Specifies if the channel flags field is present")
    );
    pub static PRESENT_RATE: &F = field!(
        F::new("radiotap.present.rate", Boolean, "Rate")
            .base(Base::Bits(32))
            .mask(0x4)
            .tfs("Present", "Absent")
            .blurb("Specifies if the transmit/receive rate field is present")
    );
    pub static PRESENT_CHANNEL: &F = field!(
        F::new("radiotap.present.channel", Boolean, "Channel")
            .base(Base::Bits(32))
            .mask(0x8)
            .tfs("Present", "Absent")
            .blurb("Specifies if the transmit/receive frequency field is present")
    );
    pub static PRESENT_FHSS: &F = field!(
        F::new("radiotap.present.fhss", Boolean, "FHSS")
            .base(Base::Bits(32))
            .mask(0x10)
            .tfs("Present", "Absent")
            .blurb("Specifies if the hop set and pattern is present for frequency hopping radios")
    );
    pub static PRESENT_DBM_ANTSIGNAL: &F = field!(
        F::new(
            "radiotap.present.dbm_antsignal",
            Boolean,
            "dBm Antenna Signal"
        )
        .base(Base::Bits(32))
        .mask(0x20)
        .tfs("Present", "Absent")
        .blurb("Specifies if the antenna signal strength in dBm is present")
    );
    pub static PRESENT_DBM_ANTNOISE: &F = field!(
        F::new(
            "radiotap.present.dbm_antnoise",
            Boolean,
            "dBm Antenna Noise"
        )
        .base(Base::Bits(32))
        .mask(0x40)
        .tfs("Present", "Absent")
        .blurb("Specifies if the RF noise power at antenna field is present")
    );
    pub static PRESENT_LOCK_QUALITY: &F = field!(
        F::new("radiotap.present.lock_quality", Boolean, "Lock Quality")
            .base(Base::Bits(32))
            .mask(0x80)
            .tfs("Present", "Absent")
            .blurb("Specifies if the signal quality field is present")
    );
    pub static PRESENT_TX_ATTENUATION: &F = field!(
        F::new("radiotap.present.tx_attenuation", Boolean, "TX Attenuation")
            .base(Base::Bits(32))
            .mask(0x100)
            .tfs("Present", "Absent")
            .blurb("Specifies if the transmit power distance from max power field is present")
    );
    pub static PRESENT_DB_TX_ATTENUATION: &F = field!(
        F::new(
            "radiotap.present.db_tx_attenuation",
            Boolean,
            "dB TX Attenuation"
        )
        .base(Base::Bits(32))
        .mask(0x200)
        .tfs("Present", "Absent")
        .blurb("Specifies if the transmit power distance from max power (in dB) field is present")
    );
    pub static PRESENT_DBM_TX_POWER: &F = field!(
        F::new("radiotap.present.dbm_tx_power", Boolean, "dBm TX Power")
            .base(Base::Bits(32))
            .mask(0x400)
            .tfs("Present", "Absent")
            .blurb("Specifies if the transmit power (in dBm) field is present")
    );
    pub static PRESENT_ANTENNA: &F = field!(
        F::new("radiotap.present.antenna", Boolean, "Antenna")
            .base(Base::Bits(32))
            .mask(0x800)
            .tfs("Present", "Absent")
            .blurb("Specifies if the antenna number field is present")
    );
    pub static PRESENT_DB_ANTSIGNAL: &F = field!(
        F::new(
            "radiotap.present.db_antsignal",
            Boolean,
            "dB Antenna Signal"
        )
        .base(Base::Bits(32))
        .mask(0x1000)
        .tfs("Present", "Absent")
        .blurb("Specifies if the RF signal power at antenna in dB field is present")
    );
    pub static PRESENT_DB_ANTNOISE: &F = field!(
        F::new("radiotap.present.db_antnoise", Boolean, "dB Antenna Noise")
            .base(Base::Bits(32))
            .mask(0x2000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the RF signal power at antenna in dBm field is present")
    );
    pub static PRESENT_RXFLAGS: &F = field!(
        F::new("radiotap.present.rxflags", Boolean, "RX flags")
            .base(Base::Bits(32))
            .mask(0x4000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the RX flags field is present")
    );
    pub static PRESENT_TXFLAGS: &F = field!(
        F::new("radiotap.present.txflags", Boolean, "TX flags")
            .base(Base::Bits(32))
            .mask(0x8000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the TX flags field is present")
    );
    pub static PRESENT_DATA_RETRIES: &F = field!(
        F::new("radiotap.present.data_retries", Boolean, "data retries")
            .base(Base::Bits(32))
            .mask(0x20000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the data retries field is present")
    );
    pub static PRESENT_XCHANNEL: &F = field!(
        F::new("radiotap.present.xchannel", Boolean, "Channel+")
            .base(Base::Bits(32))
            .mask(0x40000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the extended channel info field is present")
    );
    pub static PRESENT_MCS: &F = field!(
        F::new("radiotap.present.mcs", Boolean, "MCS information")
            .base(Base::Bits(32))
            .mask(0x80000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the MCS field is present")
    );
    pub static PRESENT_AMPDU: &F = field!(
        F::new("radiotap.present.ampdu", Boolean, "A-MPDU Status")
            .base(Base::Bits(32))
            .mask(0x100000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the A-MPDU status field is present")
    );
    pub static PRESENT_VHT: &F = field!(
        F::new("radiotap.present.vht", Boolean, "VHT information")
            .base(Base::Bits(32))
            .mask(0x200000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the VHT field is present")
    );
    pub static PRESENT_TIMESTAMP: &F = field!(
        F::new("radiotap.present.timestamp", Boolean, "frame timestamp")
            .base(Base::Bits(32))
            .mask(0x400000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the timestamp field is present")
    );
    pub static PRESENT_HE: &F = field!(
        F::new("radiotap.present.he", Boolean, "HE information")
            .base(Base::Bits(32))
            .mask(0x800000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the HE field is present")
    );
    pub static PRESENT_HE_MU: &F = field!(
        F::new("radiotap.present.he_mu", Boolean, "HE-MU information")
            .base(Base::Bits(32))
            .mask(0x1000000)
            .tfs("Present", "Absent")
            .blurb("Specifies if the HE field is present")
    );
    pub static PRESENT_L_SIG: &F = field!(
        F::new("radiotap.present.l_sig", Boolean, "L-SIG")
            .base(Base::Bits(32))
            .mask(0x8000000)
            .tfs("Present", "Absent")
            .blurb("Specifies whether or not the L-SIG field is present")
    );
    pub static PRESENT_TLV: &F = field!(
        F::new("radiotap.present.tlv", Boolean, "TLVs")
            .base(Base::Bits(32))
            .mask(0x10000000)
            .tfs("Present", "Absent")
            .blurb("Specifies switch to TLV fields")
    );
    pub static PRESENT_RTAP_NS: &F = field!(
        F::new("radiotap.present.rtap_ns", Boolean, "Radiotap NS next")
            .base(Base::Bits(32))
            .mask(0x20000000)
            .blurb("Specifies a reset to the radiotap namespace")
    );
    pub static PRESENT_VENDOR_NS: &F = field!(
        F::new("radiotap.present.vendor_ns", Boolean, "Vendor NS next")
            .base(Base::Bits(32))
            .mask(0x40000000)
            .blurb("Specifies that the next bitmap is in a vendor namespace")
    );
    pub static PRESENT_EXT: &F = field!(
        F::new("radiotap.present.ext", Boolean, "Ext")
            .base(Base::Bits(32))
            .mask(0x80000000)
            .tfs("Present", "Absent")
            .blurb("Specifies if there are any extensions to the header present")
    );
    pub static MACTIME: &F = field!(F::new("radiotap.mactime", Uint64, "MAC timestamp").blurb("Value in microseconds of the MAC's Time Synchronization Function timer when the first bit of the MPDU arrived at the MAC."));
    pub static FLAGS: &F = field!(F::new("radiotap.flags", Uint8, "Flags").base(Base::Hex));
    pub static FLAGS_CFP: &F = field!(
        F::new("radiotap.flags.cfp", Boolean, "CFP")
            .base(Base::Bits(8))
            .mask(0x1)
            .blurb("Sent/Received during CFP")
    );
    pub static FLAGS_PREAMBLE: &F = field!(
        F::new("radiotap.flags.preamble", Boolean, "Preamble")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Short", "Long")
            .blurb("Sent/Received with short preamble")
    );
    pub static FLAGS_WEP: &F = field!(
        F::new("radiotap.flags.wep", Boolean, "WEP")
            .base(Base::Bits(8))
            .mask(0x4)
            .blurb("Sent/Received with WEP encryption")
    );
    pub static FLAGS_FRAG: &F = field!(
        F::new("radiotap.flags.frag", Boolean, "Fragmentation")
            .base(Base::Bits(8))
            .mask(0x8)
            .blurb("Sent/Received with fragmentation")
    );
    pub static FLAGS_FCS: &F = field!(
        F::new("radiotap.flags.fcs", Boolean, "FCS at end")
            .base(Base::Bits(8))
            .mask(0x10)
            .blurb("Frame includes FCS at end")
    );
    pub static FLAGS_DATAPAD: &F = field!(
        F::new("radiotap.flags.datapad", Boolean, "Data Pad")
            .base(Base::Bits(8))
            .mask(0x20)
            .blurb("Frame has padding between 802.11 header and payload")
    );
    pub static FLAGS_BADFCS: &F = field!(
        F::new("radiotap.flags.badfcs", Boolean, "Bad FCS")
            .base(Base::Bits(8))
            .mask(0x40)
            .blurb("Frame received with bad FCS")
    );
    pub static FLAGS_SHORTGI: &F = field!(
        F::new("radiotap.flags.shortgi", Boolean, "Short GI")
            .base(Base::Bits(8))
            .mask(0x80)
            .blurb("Frame Sent/Received with HT short Guard Interval")
    );
    pub static DATARATE: &F = field!(
        F::new("radiotap.datarate", Float, "Data rate (Mb/s)")
            .blurb("Speed this frame was sent/received at")
    );
    pub static CHANNEL_FREQ: &F = field!(
        F::new("radiotap.channel.freq", Uint32, "Channel frequency")
            .blurb("Channel frequency in megahertz that this frame was sent/received on")
    );
    pub static CHANNEL_FLAGS: &F =
        field!(F::new("radiotap.channel.flags", Uint16, "Channel flags").base(Base::Hex));
    pub static CHANNEL_FLAGS_700MHZ: &F = field!(
        F::new("radiotap.channel.flags.700mhz", Boolean, "700 MHz spectrum")
            .base(Base::Bits(16))
            .mask(0x1)
            .blurb("Channel Flags Turbo")
    );
    pub static CHANNEL_FLAGS_800MHZ: &F = field!(
        F::new("radiotap.channel.flags.800mhz", Boolean, "800 MHz spectrum")
            .base(Base::Bits(16))
            .mask(0x2)
            .blurb("Channel Flags Turbo")
    );
    pub static CHANNEL_FLAGS_900MHZ: &F = field!(
        F::new("radiotap.channel.flags.900mhz", Boolean, "900 MHz spectrum")
            .base(Base::Bits(16))
            .mask(0x4)
            .blurb("Channel Flags Turbo")
    );
    pub static CHANNEL_FLAGS_TURBO: &F = field!(
        F::new("radiotap.channel.flags.turbo", Boolean, "Turbo")
            .base(Base::Bits(16))
            .mask(0x10)
            .blurb("Channel Flags Turbo")
    );
    pub static CHANNEL_FLAGS_CCK: &F = field!(
        F::new(
            "radiotap.channel.flags.cck",
            Boolean,
            "Complementary Code Keying (CCK)"
        )
        .base(Base::Bits(16))
        .mask(0x20)
        .blurb("Channel Flags Complementary Code Keying (CCK) Modulation")
    );
    pub static CHANNEL_FLAGS_OFDM: &F = field!(
        F::new(
            "radiotap.channel.flags.ofdm",
            Boolean,
            "Orthogonal Frequency-Division Multiplexing (OFDM)"
        )
        .base(Base::Bits(16))
        .mask(0x40)
        .blurb("Channel Flags Orthogonal Frequency-Division Multiplexing (OFDM)")
    );
    pub static CHANNEL_FLAGS_2GHZ: &F = field!(
        F::new("radiotap.channel.flags.2ghz", Boolean, "2 GHz spectrum")
            .base(Base::Bits(16))
            .mask(0x80)
            .blurb("Channel Flags 2 GHz spectrum")
    );
    pub static CHANNEL_FLAGS_5GHZ: &F = field!(
        F::new("radiotap.channel.flags.5ghz", Boolean, "5 GHz spectrum")
            .base(Base::Bits(16))
            .mask(0x100)
            .blurb("Channel Flags 5 GHz spectrum")
    );
    pub static CHANNEL_FLAGS_PASSIVE: &F = field!(
        F::new("radiotap.channel.flags.passive", Boolean, "Passive")
            .base(Base::Bits(16))
            .mask(0x200)
            .blurb("Channel Flags Passive")
    );
    pub static CHANNEL_FLAGS_DYNAMIC: &F = field!(
        F::new(
            "radiotap.channel.flags.dynamic",
            Boolean,
            "Dynamic CCK-OFDM"
        )
        .base(Base::Bits(16))
        .mask(0x400)
        .blurb("Channel Flags Dynamic CCK-OFDM Channel")
    );
    pub static CHANNEL_FLAGS_GFSK: &F = field!(
        F::new(
            "radiotap.channel.flags.gfsk",
            Boolean,
            "Gaussian Frequency Shift Keying (GFSK)"
        )
        .base(Base::Bits(16))
        .mask(0x800)
        .blurb("Channel Flags Gaussian Frequency Shift Keying (GFSK) Modulation")
    );
    pub static CHANNEL_FLAGS_GSM: &F = field!(
        F::new("radiotap.channel.flags.gsm", Boolean, "GSM (900MHz)")
            .base(Base::Bits(16))
            .mask(0x1000)
            .blurb("Channel Flags GSM")
    );
    pub static CHANNEL_FLAGS_STURBO: &F = field!(
        F::new("radiotap.channel.flags.sturbo", Boolean, "Static Turbo")
            .base(Base::Bits(16))
            .mask(0x2000)
            .blurb("Channel Flags Status Turbo")
    );
    pub static CHANNEL_FLAGS_HALF: &F = field!(
        F::new(
            "radiotap.channel.flags.half",
            Boolean,
            "Half Rate Channel (10MHz Channel Width)"
        )
        .base(Base::Bits(16))
        .mask(0x4000)
        .blurb("Channel Flags Half Rate")
    );
    pub static CHANNEL_FLAGS_QUARTER: &F = field!(
        F::new(
            "radiotap.channel.flags.quarter",
            Boolean,
            "Quarter Rate Channel (5MHz Channel Width)"
        )
        .base(Base::Bits(16))
        .mask(0x8000)
        .blurb("Channel Flags Quarter Rate")
    );
    pub static DBM_ANTSIGNAL: &F = field!(
        F::new("radiotap.dbm_antsignal", Int8, "Antenna signal")
            .blurb("RF signal power at the antenna expressed as decibels from one milliwatt")
    );
    pub static DBM_ANTNOISE: &F = field!(
        F::new("radiotap.dbm_antnoise", Int8, "Antenna noise")
            .blurb("RF noise power at the antenna expressed as decibels from one milliwatt")
    );
    pub static QUALITY: &F = field!(
        F::new("radiotap.quality", Uint16, "Signal Quality")
            .blurb("Signal quality (unitless measure)")
    );
    pub static ANTENNA: &F = field!(
        F::new("radiotap.antenna", Uint32, "Antenna")
            .blurb("Antenna number this frame was sent/received over (starting at 0)")
    );
    pub static DB_ANTSIGNAL: &F = field!(
        F::new("radiotap.db_antsignal", Uint8, "dB antenna signal").blurb(
            "RF signal power at the antenna expressed as decibels from a fixed, arbitrary value"
        )
    );
    pub static DB_ANTNOISE: &F = field!(
        F::new("radiotap.db_antnoise", Uint8, "dB antenna noise").blurb(
            "RF noise power at the antenna expressed as decibels from a fixed, arbitrary value"
        )
    );
    pub static RXFLAGS: &F = field!(F::new("radiotap.rxflags", Uint16, "RX flags").base(Base::Hex));
    pub static RXFLAGS_BADPLCP: &F = field!(
        F::new("radiotap.rxflags.badplcp", Boolean, "Bad PLCP")
            .base(Base::Bits(24))
            .mask(0x2)
            .blurb("Frame with bad PLCP")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        PAD,
        LENGTH,
        PRESENT_WORD,
        PRESENT_TSFT,
        PRESENT_FLAGS,
        PRESENT_RATE,
        PRESENT_CHANNEL,
        PRESENT_FHSS,
        PRESENT_DBM_ANTSIGNAL,
        PRESENT_DBM_ANTNOISE,
        PRESENT_LOCK_QUALITY,
        PRESENT_TX_ATTENUATION,
        PRESENT_DB_TX_ATTENUATION,
        PRESENT_DBM_TX_POWER,
        PRESENT_ANTENNA,
        PRESENT_DB_ANTSIGNAL,
        PRESENT_DB_ANTNOISE,
        PRESENT_RXFLAGS,
        PRESENT_TXFLAGS,
        PRESENT_DATA_RETRIES,
        PRESENT_XCHANNEL,
        PRESENT_MCS,
        PRESENT_AMPDU,
        PRESENT_VHT,
        PRESENT_TIMESTAMP,
        PRESENT_HE,
        PRESENT_HE_MU,
        PRESENT_L_SIG,
        PRESENT_TLV,
        PRESENT_RTAP_NS,
        PRESENT_VENDOR_NS,
        PRESENT_EXT,
        MACTIME,
        FLAGS,
        FLAGS_CFP,
        FLAGS_PREAMBLE,
        FLAGS_WEP,
        FLAGS_FRAG,
        FLAGS_FCS,
        FLAGS_DATAPAD,
        FLAGS_BADFCS,
        FLAGS_SHORTGI,
        DATARATE,
        CHANNEL_FREQ,
        CHANNEL_FLAGS,
        CHANNEL_FLAGS_700MHZ,
        CHANNEL_FLAGS_800MHZ,
        CHANNEL_FLAGS_900MHZ,
        CHANNEL_FLAGS_TURBO,
        CHANNEL_FLAGS_CCK,
        CHANNEL_FLAGS_OFDM,
        CHANNEL_FLAGS_2GHZ,
        CHANNEL_FLAGS_5GHZ,
        CHANNEL_FLAGS_PASSIVE,
        CHANNEL_FLAGS_DYNAMIC,
        CHANNEL_FLAGS_GFSK,
        CHANNEL_FLAGS_GSM,
        CHANNEL_FLAGS_STURBO,
        CHANNEL_FLAGS_HALF,
        CHANNEL_FLAGS_QUARTER,
        DBM_ANTSIGNAL,
        DBM_ANTNOISE,
        QUALITY,
        ANTENNA,
        DB_ANTSIGNAL,
        DB_ANTNOISE,
        RXFLAGS,
        RXFLAGS_BADPLCP,
    ];
}

pub mod wlan_radio {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static DATA_RATE: &F = field!(
        F::new("wlan_radio.data_rate", Float, "Data rate")
            .blurb("Speed at which this frame was sent/received")
    );
    pub static CHANNEL: &F = field!(
        F::new("wlan_radio.channel", Uint32, "Channel")
            .blurb("802.11 channel number that this frame was sent/received on")
    );
    pub static FREQUENCY: &F = field!(
        F::new("wlan_radio.frequency", Uint16, "Frequency")
            .blurb("Center frequency of the 802.11 channel that this frame was sent/received on")
    );
    pub static SIGNAL_DBM: &F = field!(F::new(
        "wlan_radio.signal_dbm",
        Int8,
        "Signal strength (dBm)"
    ));
    pub static NOISE_DBM: &F = field!(F::new("wlan_radio.noise_dbm", Int8, "Noise level (dBm)"));
    pub static SIGNAL_DB: &F = field!(F::new(
        "wlan_radio.signal_db",
        Uint8,
        "Signal strength (dB)"
    ));
    pub static NOISE_DB: &F = field!(F::new("wlan_radio.noise_db", Uint8, "Noise level (dB)"));
    pub static SNR: &F = field!(F::new("wlan_radio.snr", Int32, "Signal/noise ratio (dB)"));
    pub static TIMESTAMP: &F = field!(
        F::new("wlan_radio.timestamp", Uint64, "TSF timestamp")
            .blurb("Timing Synchronization Function timestamp")
    );

    pub static ALL: &[&F] = &[
        DATA_RATE, CHANNEL, FREQUENCY, SIGNAL_DBM, NOISE_DBM, SIGNAL_DB, NOISE_DB, SNR, TIMESTAMP,
    ];
}

pub mod wlan {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static FC_TYPE_SUBTYPE: &F = field!(
        F::new("wlan.fc.type_subtype", Uint16, "Type/Subtype")
            .base(Base::Hex)
            .vals(FC_TYPE_SUBTYPE_VALS)
            .blurb("Type and subtype combined (first byte: type, second byte: subtype)")
    );
    pub static FC: &F = field!(
        F::new("wlan.fc", Uint16, "Frame Control Field")
            .base(Base::Hex)
            .blurb("MAC Frame control")
    );
    pub static FC_VERSION: &F = field!(
        F::new("wlan.fc.version", Uint8, "Version")
            .mask(0x3)
            .blurb("MAC Protocol version")
    );
    pub static FC_TYPE: &F = field!(
        F::new("wlan.fc.type", Uint8, "Type")
            .mask(0xc)
            .vals(FC_TYPE_VALS)
            .blurb("Frame type")
    );
    pub static FC_SUBTYPE: &F = field!(
        F::new("wlan.fc.subtype", Uint8, "Subtype")
            .mask(0xf0)
            .vals(FC_SUBTYPE_VALS)
            .blurb("Frame subtype")
    );
    pub static FLAGS: &F = field!(F::new("wlan.flags", Uint8, "Flags").base(Base::Hex));
    pub static FC_DS: &F = field!(
        F::new("wlan.fc.ds", Uint8, "DS status")
            .base(Base::Hex)
            .mask(0x3)
            .vals(FC_DS_VALS)
            .blurb("Data-frame DS-traversal status")
    );
    pub static FC_TODS: &F = field!(
        F::new("wlan.fc.tods", Boolean, "To DS")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Frame is entering DS", "Frame is not entering DS")
            .blurb("To DS flag")
    );
    pub static FC_FROMDS: &F = field!(
        F::new("wlan.fc.fromds", Boolean, "From DS")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Frame is exiting DS", "Frame is not exiting DS")
            .blurb("From DS flag")
    );
    pub static FC_FRAG: &F = field!(
        F::new("wlan.fc.frag", Boolean, "More Fragments")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("More fragments follow", "This is the last fragment")
            .blurb("More Fragments flag")
    );
    pub static FC_RETRY: &F = field!(
        F::new("wlan.fc.retry", Boolean, "Retry")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs(
                "Frame is being retransmitted",
                "Frame is not being retransmitted"
            )
            .blurb("Retransmission flag")
    );
    pub static FC_PWRMGT: &F = field!(
        F::new("wlan.fc.pwrmgt", Boolean, "PWR MGT")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("STA will go to sleep", "STA will stay up")
            .blurb("Power management status")
    );
    pub static FC_MOREDATA: &F = field!(
        F::new("wlan.fc.moredata", Boolean, "More Data")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Data is buffered for STA at AP", "No data buffered")
            .blurb("More data flag")
    );
    pub static FC_PROTECTED: &F = field!(
        F::new("wlan.fc.protected", Boolean, "Protected flag")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Data is protected", "Data is not protected")
    );
    pub static FC_ORDER: &F = field!(
        F::new("wlan.fc.order", Boolean, "+HTC/Order flag")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Strictly ordered", "Not strictly ordered")
            .blurb("HT Control present/strictly ordered flag")
    );
    pub static DURATION: &F = field!(F::new("wlan.duration", Uint16, "Duration").mask(0x7fff));
    pub static AID: &F = field!(F::new("wlan.aid", Uint16, "Association ID").mask(0x3fff));
    pub static RA: &F = field!(
        F::new("wlan.ra", Ether, "Receiver address").blurb("Receiving Station Hardware Address")
    );
    pub static RA_RESOLVED: &F = field!(
        F::new("wlan.ra_resolved", String, "Receiver address (resolved)")
            .blurb("Receiving Station Hardware Address (resolved)")
    );
    pub static TA: &F = field!(
        F::new("wlan.ta", Ether, "Transmitter address")
            .blurb("Transmitting Station Hardware Address")
    );
    pub static TA_RESOLVED: &F = field!(
        F::new("wlan.ta_resolved", String, "Transmitter address (resolved)")
            .blurb("Transmitting Station Hardware Address (resolved)")
    );
    pub static DA: &F = field!(
        F::new("wlan.da", Ether, "Destination address").blurb("Destination Hardware Address")
    );
    pub static DA_RESOLVED: &F = field!(
        F::new("wlan.da_resolved", String, "Destination address (resolved)")
            .blurb("Destination Hardware Address (resolved)")
    );
    pub static SA: &F =
        field!(F::new("wlan.sa", Ether, "Source address").blurb("Source Hardware Address"));
    pub static SA_RESOLVED: &F = field!(
        F::new("wlan.sa_resolved", String, "Source address (resolved)")
            .blurb("Source Hardware Address (resolved)")
    );
    pub static BSSID: &F =
        field!(F::new("wlan.bssid", Ether, "BSS Id").blurb("Basic Service Set ID"));
    pub static BSSID_RESOLVED: &F = field!(
        F::new("wlan.bssid_resolved", String, "BSS Id (resolved)")
            .blurb("Basic Service Set ID (resolved)")
    );
    pub static STAA: &F =
        field!(F::new("wlan.staa", Ether, "STA address").blurb("Station Hardware Address"));
    pub static STAA_RESOLVED: &F = field!(
        F::new("wlan.staa_resolved", String, "STA address (resolved)")
            .blurb("Station Hardware Address (resolved)")
    );
    pub static ADDR: &F = field!(
        F::new("wlan.addr", Ether, "Hardware address")
            .blurb("SA, DA, BSSID, RA or TA Hardware Address")
    );
    pub static ADDR_RESOLVED: &F = field!(
        F::new("wlan.addr_resolved", String, "Hardware address (resolved)")
            .blurb("SA, DA, BSSID, RA or TA Hardware Address (resolved)")
    );
    pub static FRAG: &F = field!(F::new("wlan.frag", Uint16, "Fragment number").mask(0xf));
    pub static SEQ: &F = field!(F::new("wlan.seq", Uint16, "Sequence number").mask(0xfff0));
    pub static FCS: &F = field!(
        F::new("wlan.fcs", Uint32, "Frame check sequence")
            .base(Base::Hex)
            .blurb("Frame Check Sequence (FCS)")
    );
    pub static FCS_STATUS: &F = field!(
        F::new("wlan.fcs.status", Uint8, "FCS Status")
            .base(Base::None)
            .vals(FCS_STATUS_VALS)
    );
    pub static QOS: &F = field!(F::new("wlan.qos", Uint16, "Qos Control").base(Base::Hex));
    pub static QOS_TID: &F = field!(F::new("wlan.qos.tid", Uint16, "TID").mask(0xf));
    pub static QOS_PRIORITY: &F = field!(
        F::new("wlan.qos.priority", Uint16, "Priority")
            .mask(0x7)
            .vals(QOS_PRIORITY_VALS)
            .blurb("802.1D Tag")
    );
    pub static QOS_EOSP: &F = field!(
        F::new("wlan.qos.eosp", Boolean, "EOSP")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs("End of service period", "Service period")
            .blurb("EOSP Field")
    );
    pub static QOS_BIT4: &F = field!(
        F::new("wlan.qos.bit4", Boolean, "QoS bit 4")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs(
                "Bits 8-15 of QoS Control field are Queue Size",
                "Bits 8-15 of QoS Control field are TXOP Duration Requested"
            )
    );
    pub static QOS_ACK: &F = field!(
        F::new("wlan.qos.ack", Uint16, "Ack Policy")
            .base(Base::Hex)
            .mask(0x60)
            .vals(QOS_ACK_VALS)
    );
    pub static QOS_AMSDUPRESENT: &F = field!(
        F::new("wlan.qos.amsdupresent", Boolean, "Payload Type")
            .base(Base::Bits(16))
            .mask(0x80)
            .tfs("A-MSDU", "MSDU")
    );
    pub static QOS_TXOP_LIMIT: &F =
        field!(F::new("wlan.qos.txop_limit", Uint16, "TXOP Limit").mask(0xff00));
    pub static QOS_TXOP_DUR_REQ: &F =
        field!(F::new("wlan.qos.txop_dur_req", Uint16, "TXOP Duration Requested").mask(0xff00));
    pub static QOS_QUEUE_SIZE: &F =
        field!(F::new("wlan.qos.queue_size", Uint16, "Queue Size").mask(0xff00));
    pub static QOS_PS_BUF_STATE: &F = field!(
        F::new("wlan.qos.ps_buf_state", Uint16, "QAP PS Buffer State")
            .base(Base::Hex)
            .mask(0xff00)
    );
    pub static QOS_BUF_STATE_INDICATED: &F = field!(
        F::new(
            "wlan.qos.buf_state_indicated",
            Boolean,
            "Buffer State Indicated"
        )
        .base(Base::Bits(16))
        .mask(0x200)
        .tfs("Yes", "No")
    );
    pub static QOS_HIGHEST_PRI_BUF_AC: &F = field!(
        F::new(
            "wlan.qos.highest_pri_buf_ac",
            Uint16,
            "Highest-Priority Buffered AC"
        )
        .mask(0xc00)
        .vals(QOS_HIGHEST_PRI_BUF_AC_VALS)
    );
    pub static QOS_QAP_BUF_LOAD: &F =
        field!(F::new("wlan.qos.qap_buf_load", Uint16, "QAP Buffered Load").mask(0xf000));

    /// The end of tshark's Info for beacons and probes (`, BI=100,
    /// SSID="foo"`), read from the body osidump does not otherwise show.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.wlan.info", String, "Info (beacon interval, SSID)")
            .blurb("What tshark's Info column adds for a beacon or probe: interval and SSID")
    );

    pub static ALL: &[&F] = &[
        OSIDUMP_INFO,
        FC_TYPE_SUBTYPE,
        FC,
        FC_VERSION,
        FC_TYPE,
        FC_SUBTYPE,
        FLAGS,
        FC_DS,
        FC_TODS,
        FC_FROMDS,
        FC_FRAG,
        FC_RETRY,
        FC_PWRMGT,
        FC_MOREDATA,
        FC_PROTECTED,
        FC_ORDER,
        DURATION,
        AID,
        RA,
        RA_RESOLVED,
        TA,
        TA_RESOLVED,
        DA,
        DA_RESOLVED,
        SA,
        SA_RESOLVED,
        BSSID,
        BSSID_RESOLVED,
        STAA,
        STAA_RESOLVED,
        ADDR,
        ADDR_RESOLVED,
        FRAG,
        SEQ,
        FCS,
        FCS_STATUS,
        QOS,
        QOS_TID,
        QOS_PRIORITY,
        QOS_EOSP,
        QOS_BIT4,
        QOS_ACK,
        QOS_AMSDUPRESENT,
        QOS_TXOP_LIMIT,
        QOS_TXOP_DUR_REQ,
        QOS_QUEUE_SIZE,
        QOS_PS_BUF_STATE,
        QOS_BUF_STATE_INDICATED,
        QOS_HIGHEST_PRI_BUF_AC,
        QOS_QAP_BUF_LOAD,
    ];

    const FC_TYPE_SUBTYPE_VALS: &[(u64, &str)] = &[
        (0x0, "Association Request"),
        (0x1, "Association Response"),
        (0x2, "Reassociation Request"),
        (0x3, "Reassociation Response"),
        (0x4, "Probe Request"),
        (0x5, "Probe Response"),
        (0x6, "Measurement Pilot"),
        (0x8, "Beacon frame"),
        (0x9, "ATIM"),
        (0xa, "Disassociate"),
        (0xb, "Authentication"),
        (0xc, "Deauthentication"),
        (0xd, "Action"),
        (0xe, "Action No Ack"),
        (0xf, "Aruba Management"),
        (0x12, "Trigger"),
        (0x14, "Beamforming Report Poll"),
        (0x15, "VHT/HE NDP Announcement"),
        (0x17, "Control Wrapper"),
        (0x18, "802.11 Block Ack Req"),
        (0x19, "802.11 Block Ack"),
        (0x1a, "Power-Save poll"),
        (0x1b, "Request-to-send"),
        (0x1c, "Clear-to-send"),
        (0x1d, "Acknowledgement"),
        (0x1e, "CF-End (Control-frame)"),
        (0x1f, "CF-End + CF-Ack (Control-frame)"),
        (0x20, "Data"),
        (0x21, "Data + CF-Ack"),
        (0x22, "Data + CF-Poll"),
        (0x23, "Data + CF-Ack + CF-Poll"),
        (0x24, "Null function (No data)"),
        (0x25, "Acknowledgement (No data)"),
        (0x26, "CF-Poll (No data)"),
        (0x27, "CF-Ack/Poll (No data)"),
        (0x28, "QoS Data"),
        (0x29, "QoS Data + CF-Acknowledgment"),
        (0x2a, "QoS Data + CF-Poll"),
        (0x2b, "QoS Data + CF-Ack + CF-Poll"),
        (0x2c, "QoS Null function (No data)"),
        (0x2e, "QoS CF-Poll (No Data)"),
        (0x2f, "QoS CF-Ack + CF-Poll (No data)"),
        (0x30, "DMG Beacon"),
        (0x31, "S1G Beacon"),
        (0x162, "Poll"),
        (0x163, "Service Period Request"),
        (0x164, "Grant"),
        (0x165, "DMG Clear-to-send"),
        (0x166, "DMG Denial-to-send"),
        (0x167, "Grant Acknowledgment"),
        (0x168, "Sector Sweep"),
        (0x169, "Sector Sweep Feedback"),
        (0x16a, "Sector Sweep Acknowledgment"),
    ];

    const FC_TYPE_VALS: &[(u64, &str)] = &[
        (0, "PV1 QoS Data - with one SID"),
        (1, "PV1 Management"),
        (2, "PV1 Control"),
        (3, "PV1 QoS Data - no SIDs"),
        (4, "PV1 Reserved"),
        (5, "PV1 Reserved"),
        (6, "PV1 Reserved"),
        (7, "PV1 Extension (currently reserved)"),
    ];

    const FC_SUBTYPE_VALS: &[(u64, &str)] = &[
        (0, "Action"),
        (1, "Action No Ack"),
        (2, "PV1 Probe Response"),
        (3, "Resource Allocation"),
        (4, "Reserved"),
        (5, "Reserved"),
        (6, "Reserved"),
        (7, "Reserved"),
    ];

    const FC_DS_VALS: &[(u64, &str)] = &[
        (
            0x0,
            "Not leaving DS or network is operating in AD-HOC mode (To DS: 0 From DS: 0)",
        ),
        (0x1, "Frame from STA to DS via an AP (To DS: 1 From DS: 0)"),
        (0x2, "Frame from DS to a STA via AP(To DS: 0 From DS: 1)"),
        (
            0x3,
            "WDS (AP to AP) or Mesh (MP to MP) Frame (To DS: 1 From DS: 1)",
        ),
    ];

    const FCS_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];

    const QOS_PRIORITY_VALS: &[(u64, &str)] = &[
        (0, "Best Effort (Best Effort)"),
        (1, "Background (Background)"),
        (2, "Spare (Background)"),
        (3, "Excellent Effort (Best Effort)"),
        (4, "Controlled Load (Video)"),
        (5, "Video (Video)"),
        (6, "Voice (Voice)"),
        (7, "Network Control (Voice)"),
    ];

    const QOS_ACK_VALS: &[(u64, &str)] = &[
        (0x0, "Normal Ack"),
        (0x1, "No Ack"),
        (0x2, "No explicit acknowledgment"),
        (0x3, "Block Ack"),
    ];

    const QOS_HIGHEST_PRI_BUF_AC_VALS: &[(u64, &str)] = &[
        (0, "Best Effort"),
        (1, "Background"),
        (2, "Video"),
        (3, "Voice"),
    ];
}

/// The management frame body (`wlan.mgt`): fixed and tagged parameters.
pub mod wlan_mgt {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static FIXED_ALL: &F = field!(F::new("wlan.fixed.all", None, "Fixed parameters"));
    pub static FIXED_TIMESTAMP: &F = field!(F::new("wlan.fixed.timestamp", Uint64, "Timestamp"));
    pub static FIXED_BEACON: &F =
        field!(F::new("wlan.fixed.beacon", Uint32, "Beacon Interval").base(Base::Custom));
    pub static FIXED_CAPABILITIES: &F = field!(
        F::new(
            "wlan.fixed.capabilities",
            Uint16,
            "Capabilities Information"
        )
        .base(Base::Hex)
        .blurb("Capability information")
    );
    pub static FIXED_CAPABILITIES_ESS: &F = field!(
        F::new("wlan.fixed.capabilities.ess", Boolean, "ESS capabilities")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Transmitter is an AP", "Transmitter is a STA")
    );
    pub static FIXED_CAPABILITIES_IBSS: &F = field!(
        F::new("wlan.fixed.capabilities.ibss", Boolean, "IBSS status")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs(
                "Transmitter belongs to an IBSS",
                "Transmitter belongs to a BSS"
            )
            .blurb("IBSS participation")
    );
    pub static FIXED_CAPABILITIES_RESERVED1: &F =
        field!(F::new("wlan.fixed.capabilities.reserved1", Uint16, "Reserved").mask(0x4));
    pub static FIXED_CAPABILITIES_RESERVED2: &F =
        field!(F::new("wlan.fixed.capabilities.reserved2", Uint16, "Reserved").mask(0x8));
    pub static FIXED_CAPABILITIES_PRIVACY: &F = field!(
        F::new("wlan.fixed.capabilities.privacy", Boolean, "Privacy")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs(
                "Data confidentiality required",
                "Data confidentiality not required"
            )
            .blurb("Data privacy")
    );
    pub static FIXED_CAPABILITIES_SHORT_PREAMBLE: &F = field!(
        F::new(
            "wlan.fixed.capabilities.short_preamble",
            Boolean,
            "Short Preamble"
        )
        .base(Base::Bits(16))
        .mask(0x20)
        .tfs("Allowed", "Not Allowed")
    );
    pub static FIXED_CAPABILITIES_RESERVED3: &F =
        field!(F::new("wlan.fixed.capabilities.reserved3", Uint16, "Reserved").mask(0x40));
    pub static FIXED_CAPABILITIES_RESERVED4: &F =
        field!(F::new("wlan.fixed.capabilities.reserved4", Uint16, "Reserved").mask(0x80));
    pub static FIXED_CAPABILITIES_SPEC_MAN: &F = field!(
        F::new(
            "wlan.fixed.capabilities.spec_man",
            Boolean,
            "Spectrum Management"
        )
        .base(Base::Bits(16))
        .mask(0x100)
        .tfs("Implemented", "Not Implemented")
    );
    pub static FIXED_CAPABILITIES_QOS: &F = field!(
        F::new("wlan.fixed.capabilities.qos", Boolean, "QoS")
            .base(Base::Bits(16))
            .mask(0x200)
            .tfs("Implemented", "Not Implemented")
    );
    pub static FIXED_CAPABILITIES_SHORT_SLOT_TIME: &F = field!(
        F::new(
            "wlan.fixed.capabilities.short_slot_time",
            Boolean,
            "Short Slot Time"
        )
        .base(Base::Bits(16))
        .mask(0x400)
        .tfs("In use", "Not in use")
    );
    pub static FIXED_CAPABILITIES_APSD: &F = field!(
        F::new(
            "wlan.fixed.capabilities.apsd",
            Boolean,
            "Automatic Power Save Delivery"
        )
        .base(Base::Bits(16))
        .mask(0x800)
        .tfs("Implemented", "Not Implemented")
    );
    pub static FIXED_CAPABILITIES_RADIO_MEASUREMENT: &F = field!(
        F::new(
            "wlan.fixed.capabilities.radio_measurement",
            Boolean,
            "Radio Measurement"
        )
        .base(Base::Bits(16))
        .mask(0x1000)
        .tfs("Implemented", "Not Implemented")
    );
    pub static FIXED_CAPABILITIES_EPD: &F = field!(
        F::new("wlan.fixed.capabilities.epd", Boolean, "EPD")
            .base(Base::Bits(16))
            .mask(0x2000)
            .tfs("Implemented", "Not Implemented")
    );
    pub static FIXED_CAPABILITIES_RESERVED5: &F =
        field!(F::new("wlan.fixed.capabilities.reserved5", Uint16, "Reserved").mask(0x4000));
    pub static FIXED_CAPABILITIES_RESERVED6: &F =
        field!(F::new("wlan.fixed.capabilities.reserved6", Uint16, "Reserved").mask(0x8000));
    pub static FIXED_LISTEN_IVAL: &F =
        field!(F::new("wlan.fixed.listen_ival", Uint16, "Listen Interval").base(Base::Hex));
    pub static FIXED_CURRENT_AP: &F = field!(
        F::new("wlan.fixed.current_ap", Ether, "Current AP").blurb("MAC address of current AP")
    );
    pub static FIXED_AUTH_ALG: &F = field!(
        F::new("wlan.fixed.auth.alg", Uint16, "Authentication Algorithm").vals(FIXED_AUTH_ALG_VALS)
    );
    pub static FIXED_AUTH_SEQ: &F = field!(
        F::new("wlan.fixed.auth_seq", Uint16, "Authentication SEQ")
            .base(Base::Hex)
            .blurb("Authentication Sequence Number")
    );
    pub static FIXED_STATUS_CODE: &F = field!(
        F::new("wlan.fixed.status_code", Uint16, "Status code")
            .base(Base::Hex)
            .vals(FIXED_STATUS_CODE_VALS)
            .blurb("Status of requested event")
    );
    pub static FIXED_AID: &F = field!(
        F::new("wlan.fixed.aid", Uint16, "Association ID")
            .base(Base::Hex)
            .mask(0x3fff)
    );
    pub static FIXED_REASON_CODE: &F = field!(
        F::new("wlan.fixed.reason_code", Uint16, "Reason code")
            .base(Base::Hex)
            .vals(FIXED_REASON_CODE_VALS)
            .blurb("Reason for unsolicited notification")
    );
    pub static FIXED_CATEGORY_CODE: &F = field!(
        F::new("wlan.fixed.category_code", Uint16, "Category code")
            .vals(FIXED_CATEGORY_CODE_VALS)
            .blurb("Management action category")
    );
    pub static TAGGED_ALL: &F = field!(F::new("wlan.tagged.all", None, "Tagged parameters"));
    pub static TAG: &F = field!(F::new("wlan.tag", None, "Tag"));
    pub static TAG_NUMBER: &F = field!(
        F::new("wlan.tag.number", Uint8, "Tag Number")
            .vals(TAG_NUMBER_VALS)
            .blurb("Element ID")
    );
    pub static TAG_LENGTH: &F =
        field!(F::new("wlan.tag.length", Uint32, "Tag length").blurb("Length of tag"));
    pub static SSID: &F = field!(
        F::new("wlan.ssid", Bytes, "SSID").blurb("Indicates the identity of an ESS or IBSS")
    );
    pub static SUPPORTED_RATES: &F = field!(
        F::new("wlan.supported_rates", Uint8, "Supported Rates")
            .base(Base::Hex)
            .vals(SUPPORTED_RATES_VALS)
            .blurb("In Mbit/sec, (B) for Basic Rates")
    );
    pub static EXTENDED_SUPPORTED_RATES: &F = field!(
        F::new(
            "wlan.extended_supported_rates",
            Uint8,
            "Extended Supported Rates"
        )
        .base(Base::Hex)
        .vals(SUPPORTED_RATES_VALS)
        .blurb("In Mbit/sec, (B) for Basic Rates")
    );
    pub static DS_CURRENT_CHANNEL: &F = field!(
        F::new("wlan.ds.current_channel", Uint8, "Current Channel")
            .blurb("DS Parameter Set - Current Channel")
    );
    pub static TIM_DTIM_COUNT: &F = field!(F::new("wlan.tim.dtim_count", Uint8, "DTIM count").blurb("Indicates how many Beacon frames (including the current frame) appear before the next DTIM"));
    pub static TIM_DTIM_PERIOD: &F = field!(
        F::new("wlan.tim.dtim_period", Uint8, "DTIM period")
            .blurb("Indicates the number of beacon intervals between successive DTIMs")
    );
    pub static TIM_BMAPCTL: &F =
        field!(F::new("wlan.tim.bmapctl", Uint8, "Bitmap control").base(Base::Hex));
    pub static TIM_BMAPCTL_MULTICAST: &F = field!(
        F::new("wlan.tim.bmapctl.multicast", Boolean, "Multicast")
            .base(Base::Bits(8))
            .mask(0x1)
            .blurb("Contains the Traffic Indicator bit associated with Association ID 0")
    );
    pub static TIM_BMAPCTL_OFFSET: &F = field!(
        F::new("wlan.tim.bmapctl.offset", Uint8, "Bitmap Offset")
            .base(Base::Hex)
            .mask(0xfe)
    );
    pub static TIM_PARTIAL_VIRTUAL_BITMAP: &F = field!(F::new(
        "wlan.tim.partial_virtual_bitmap",
        Bytes,
        "Partial Virtual Bitmap"
    ));
    pub static ERP_INFO: &F =
        field!(F::new("wlan.erp_info", Uint8, "ERP Information").base(Base::Hex));
    pub static ERP_INFO_ERP_PRESENT: &F = field!(
        F::new("wlan.erp_info.erp_present", Boolean, "Non ERP Present")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static ERP_INFO_USE_PROTECTION: &F = field!(
        F::new("wlan.erp_info.use_protection", Boolean, "Use Protection")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static ERP_INFO_BARKER_PREAMBLE_MODE: &F = field!(
        F::new(
            "wlan.erp_info.barker_preamble_mode",
            Boolean,
            "Barker Preamble Mode"
        )
        .base(Base::Bits(8))
        .mask(0x4)
        .tfs("Set", "Not set")
    );
    pub static ERP_INFO_RESERVED: &F = field!(
        F::new("wlan.erp_info.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0xf8)
    );
    pub static MESH_ID: &F = field!(F::new("wlan.mesh.id", String, "Mesh ID"));
    pub static POWERCON_LOCAL: &F = field!(
        F::new("wlan.powercon.local", Uint8, "Local Power Constraint").blurb(
            "Value that allows the mitigation requirements to be satisfied in the current channel"
        )
    );
    pub static TAG_DATA: &F =
        field!(F::new("wlan.tag.data", Bytes, "Tag Data").blurb("Data Interpretation of tag"));
    pub static TAG_OUI: &F = field!(
        F::new("wlan.tag.oui", Uint24, "OUI")
            .base(Base::Oui)
            .blurb("OUI of vendor specific IE")
    );

    pub static TAG_VENDOR_OUI_TYPE: &F = field!(F::new(
        "wlan.tag.vendor.oui.type",
        Uint8,
        "Vendor Specific OUI Type"
    ));
    pub static TAG_VENDOR_DATA: &F = field!(
        F::new("wlan.tag.vendor.data", Bytes, "Vendor Specific Data")
            .blurb("Unknown/undecoded Vendor Specific Data")
    );
    pub static TAG_LENGTH_BAD: &F = field!(F::new("wlan.tag.length.bad", None, "Bad tag length"));
    pub static RSN_VERSION: &F = field!(
        F::new("wlan.rsn.version", Uint16, "RSN Version")
            .blurb("Indicates the version number of the RSNA protocol")
    );
    pub static RSN_GCS: &F = field!(F::new("wlan.rsn.gcs", Uint32, "Group Cipher Suite").base(Base::Custom).blurb("Contains the cipher suite selector used by the BSS to protect broadcast/multicast traffic"));
    pub static RSN_GCS_OUI: &F =
        field!(F::new("wlan.rsn.gcs.oui", Uint24, "Group Cipher Suite OUI").base(Base::Oui));
    pub static RSN_GCS_TYPE: &F = field!(
        F::new("wlan.rsn.gcs.type", Uint8, "Group Cipher Suite type").vals(RSN_GCS_TYPE_VALS)
    );
    pub static RSN_PCS_COUNT: &F = field!(F::new("wlan.rsn.pcs.count", Uint16, "Pairwise Cipher Suite Count").blurb("Indicates the number of pairwise cipher suite selectors that are contained in the Pairwise Cipher Suite List"));
    pub static RSN_PCS_COUNT_INVALID: &F = field!(F::new(
        "wlan.rsn.pcs.count.invalid",
        None,
        "Pairwise Cipher Suite Count too large"
    ));
    pub static RSN_PCS_LIST: &F = field!(
        F::new("wlan.rsn.pcs.list", None, "Pairwise Cipher Suite List").blurb(
            "Contains a series of cipher suite selectors that indicate the pairwisecipher suites"
        )
    );
    pub static RSN_PCS: &F =
        field!(F::new("wlan.rsn.pcs", Uint32, "Pairwise Cipher Suite").base(Base::Custom));
    pub static RSN_PCS_OUI: &F =
        field!(F::new("wlan.rsn.pcs.oui", Uint24, "Pairwise Cipher Suite OUI").base(Base::Oui));
    pub static RSN_PCS_TYPE: &F = field!(
        F::new("wlan.rsn.pcs.type", Uint8, "Pairwise Cipher Suite type").vals(RSN_GCS_TYPE_VALS)
    );
    pub static RSN_AKMS_COUNT: &F = field!(F::new("wlan.rsn.akms.count", Uint16, "Auth Key Management (AKM) Suite Count").blurb("Indicates the number of Auth Key Management suite selectors that are contained in the Auth Key Management Suite List"));
    pub static RSN_AKMS_COUNT_INVALID: &F = field!(F::new(
        "wlan.rsn.akms.count.invalid",
        None,
        "Auth Key Management (AKM) Suite Count too large"
    ));
    pub static RSN_AKMS_LIST: &F = field!(
        F::new("wlan.rsn.akms.list", None, "Auth Key Management (AKM) List")
            .blurb("Contains a series of cipher suite selectors that indicate the AKM suites")
    );
    pub static RSN_AKMS: &F = field!(
        F::new("wlan.rsn.akms", Uint32, "Auth Key Management (AKM) Suite").base(Base::Custom)
    );
    pub static RSN_AKMS_OUI: &F = field!(
        F::new("wlan.rsn.akms.oui", Uint24, "Auth Key Management (AKM) OUI").base(Base::Oui)
    );
    pub static RSN_AKMS_TYPE: &F = field!(
        F::new(
            "wlan.rsn.akms.type",
            Uint8,
            "Auth Key Management (AKM) type"
        )
        .vals(RSN_AKMS_TYPE_VALS)
    );
    pub static RSN_CAPABILITIES: &F = field!(
        F::new("wlan.rsn.capabilities", Uint16, "RSN Capabilities")
            .base(Base::Hex)
            .blurb("RSN Capability information")
    );
    pub static RSN_CAPABILITIES_PREAUTH: &F = field!(
        F::new(
            "wlan.rsn.capabilities.preauth",
            Boolean,
            "RSN Pre-Auth capabilities"
        )
        .base(Base::Bits(16))
        .mask(0x1)
        .tfs(
            "Transmitter supports pre-authentication",
            "Transmitter does not support pre-authentication"
        )
    );
    pub static RSN_CAPABILITIES_NO_PAIRWISE: &F = field!(
        F::new(
            "wlan.rsn.capabilities.no_pairwise",
            Boolean,
            "RSN No Pairwise capabilities"
        )
        .base(Base::Bits(16))
        .mask(0x2)
        .tfs(
            "Transmitter cannot support WEP default key 0 simultaneously with Pairwise key",
            "Transmitter can support WEP default key 0 simultaneously with Pairwise key"
        )
    );
    pub static RSN_CAPABILITIES_PTKSA_REPLAY_COUNTER: &F = field!(
        F::new(
            "wlan.rsn.capabilities.ptksa_replay_counter",
            Uint16,
            "RSN PTKSA Replay Counter capabilities"
        )
        .base(Base::Hex)
        .mask(0xc)
        .vals(RSN_CAPABILITIES_PTKSA_REPLAY_COUNTER_VALS)
    );
    pub static RSN_CAPABILITIES_GTKSA_REPLAY_COUNTER: &F = field!(
        F::new(
            "wlan.rsn.capabilities.gtksa_replay_counter",
            Uint16,
            "RSN GTKSA Replay Counter capabilities"
        )
        .base(Base::Hex)
        .mask(0x30)
        .vals(RSN_CAPABILITIES_PTKSA_REPLAY_COUNTER_VALS)
    );
    pub static RSN_CAPABILITIES_MFPR: &F = field!(
        F::new(
            "wlan.rsn.capabilities.mfpr",
            Boolean,
            "Management Frame Protection Required"
        )
        .base(Base::Bits(16))
        .mask(0x40)
    );
    pub static RSN_CAPABILITIES_MFPC: &F = field!(
        F::new(
            "wlan.rsn.capabilities.mfpc",
            Boolean,
            "Management Frame Protection Capable"
        )
        .base(Base::Bits(16))
        .mask(0x80)
    );
    pub static RSN_CAPABILITIES_JMR: &F = field!(
        F::new(
            "wlan.rsn.capabilities.jmr",
            Boolean,
            "Joint Multi-band RSNA"
        )
        .base(Base::Bits(16))
        .mask(0x100)
    );
    pub static RSN_CAPABILITIES_PEERKEY: &F = field!(
        F::new("wlan.rsn.capabilities.peerkey", Boolean, "PeerKey Enabled")
            .base(Base::Bits(16))
            .mask(0x200)
    );
    pub static RSN_CAPABILITIES_EXTENDED_KEY_ID_IAF: &F = field!(
        F::new(
            "wlan.rsn.capabilities.extended_key_id_iaf",
            Boolean,
            "Extended Key ID for Individually Addressed Frames"
        )
        .base(Base::Bits(16))
        .mask(0x2000)
        .tfs("Supported", "Not supported")
    );
    pub static RSN_PMKID_COUNT: &F =
        field!(F::new("wlan.rsn.pmkid.count", Uint16, "PMKID Count").blurb(
            "Indicates the number of PMKID  selectors that are contained in the PMKID Suite List"
        ));
    pub static RSN_PMKID_COUNT_INVALID: &F = field!(F::new(
        "wlan.rsn.pmkid.count.invalid",
        None,
        "PMKID Count too large"
    ));
    pub static RSN_PMKID_LIST: &F = field!(
        F::new("wlan.rsn.pmkid.list", None, "PMKID List")
            .blurb("Contains a series of cipher suite selectors that indicate the AKM suites")
    );
    pub static QBSS_VERSION: &F = field!(F::new("wlan.qbss.version", Uint8, "QBSS Version"));
    pub static QBSS_SCOUNT: &F = field!(F::new("wlan.qbss.scount", Uint16, "Station Count"));
    pub static QBSS_CU: &F = field!(F::new("wlan.qbss.cu", Uint8, "Channel Utilization"));
    /// tshark puts the two bytes of version 2 in this 8-bit field.
    pub static QBSS_ADC: &F =
        field!(F::new("wlan.qbss.adc", Uint8, "Available Admission Capacity").wider_values());
    pub static PMKID_AKMS: &F = field!(F::new("wlan.pmkid.akms", Bytes, "PMKID"));
    pub static TAG_DATA_UNDECODED: &F = field!(F::new(
        "wlan.tag.data.undecoded",
        None,
        "Dissector for 802.11 IE Tag code not implemented, Contact Wireshark developers if you want this supported"
    ));
    pub static RSN_GMCS: &F = field!(F::new("wlan.rsn.gmcs", Uint32, "Group Management Cipher Suite").base(Base::Custom).blurb("Contains the cipher suite selector used by the BSS to protect broadcast/multicast traffic"));
    pub static RSN_GMCS_OUI: &F = field!(
        F::new(
            "wlan.rsn.gmcs.oui",
            Uint24,
            "Group Management Cipher Suite OUI"
        )
        .base(Base::Oui)
    );
    pub static RSN_GMCS_TYPE: &F = field!(
        F::new(
            "wlan.rsn.gmcs.type",
            Uint8,
            "Group Management Cipher Suite type"
        )
        .vals(RSN_GCS_TYPE_VALS)
    );
    pub static WFA_IE_TYPE: &F = field!(
        F::new("wlan.wfa.ie.type", Uint8, "Type")
            .base(Base::Hex)
            .vals(WFA_IE_TYPE_VALS)
    );
    pub static WFA_IE_WPA_VERSION: &F =
        field!(F::new("wlan.wfa.ie.wpa.version", Uint16, "WPA Version"));
    pub static WFA_IE_WPA_MCS: &F = field!(F::new("wlan.wfa.ie.wpa.mcs", Uint32, "Multicast Cipher Suite").base(Base::Custom).blurb("Contains the cipher suite selector used by the BSS to protect broadcast/multicasttraffic"));
    pub static WFA_IE_WPA_MCS_OUI: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.mcs.oui",
            Uint24,
            "Multicast Cipher Suite OUI"
        )
        .base(Base::Oui)
    );
    pub static WFA_IE_WPA_MCS_TYPE: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.mcs.type",
            Uint8,
            "Multicast Cipher Suite type"
        )
        .vals(WFA_IE_WPA_MCS_TYPE_VALS)
    );
    pub static WFA_IE_WPA_UCS_COUNT: &F = field!(F::new("wlan.wfa.ie.wpa.ucs.count", Uint16, "Unicast Cipher Suite Count").blurb("Indicates the number of pairwise cipher suite selectors that are contained in the Unicast Cipher Suite List"));
    pub static WFA_IE_WPA_UCS_LIST: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.ucs.list",
            None,
            "Unicast Cipher Suite List"
        )
        .blurb(
            "Contains a series of cipher suite selectors that indicate the Unicast cipher suites"
        )
    );
    pub static WFA_IE_WPA_UCS: &F =
        field!(F::new("wlan.wfa.ie.wpa.ucs", Uint32, "Unicast Cipher Suite").base(Base::Custom));
    pub static WFA_IE_WPA_UCS_OUI: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.ucs.oui",
            Uint24,
            "Unicast Cipher Suite OUI"
        )
        .base(Base::Oui)
    );
    pub static WFA_IE_WPA_UCS_TYPE: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.ucs.type",
            Uint8,
            "Unicast Cipher Suite type"
        )
        .vals(WFA_IE_WPA_MCS_TYPE_VALS)
    );
    pub static WFA_IE_WPA_AKMS_COUNT: &F = field!(F::new("wlan.wfa.ie.wpa.akms.count", Uint16, "Auth Key Management (AKM) Suite Count").blurb("Indicates the number of Auth Key Management suite selectors that are contained in the Auth Key Management Suite List"));
    pub static WFA_IE_WPA_AKMS_LIST: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.akms.list",
            None,
            "Auth Key Management (AKM) List"
        )
        .blurb("Contains a series of cipher suite selectors that indicate the AKM suites")
    );
    pub static WFA_IE_WPA_AKMS: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.akms",
            Uint32,
            "Auth Key Management (AKM) Suite"
        )
        .base(Base::Custom)
    );
    pub static WFA_IE_WPA_AKMS_OUI: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.akms.oui",
            Uint24,
            "Auth Key Management (AKM) OUI"
        )
        .base(Base::Oui)
    );
    pub static WFA_IE_WPA_TYPE: &F = field!(
        F::new(
            "wlan.wfa.ie.wpa.type",
            Uint8,
            "Auth Key Management (AKM) type"
        )
        .vals(WFA_IE_WPA_TYPE_VALS)
    );
    pub static WFA_IE_WME_SUBTYPE: &F = field!(
        F::new("wlan.wfa.ie.wme.subtype", Uint8, "WME Subtype").vals(WFA_IE_WME_SUBTYPE_VALS)
    );
    pub static WFA_IE_WME_VERSION: &F =
        field!(F::new("wlan.wfa.ie.wme.version", Uint8, "WME Version"));
    pub static WFA_IE_WME_QOS_INFO: &F =
        field!(F::new("wlan.wfa.ie.wme.qos_info", Uint8, "WME QoS Info").base(Base::Hex));
    pub static WFA_IE_WME_QOS_INFO_STA_MAX_SP_LENGTH: &F = field!(
        F::new(
            "wlan.wfa.ie.wme.qos_info.sta.max_sp_length",
            Uint8,
            "Max SP Length"
        )
        .base(Base::Hex)
        .mask(0x60)
        .vals(WFA_IE_WME_QOS_INFO_STA_MAX_SP_LENGTH_VALS)
    );
    pub static WFA_IE_WME_QOS_INFO_STA_AC_BE: &F = field!(
        F::new("wlan.wfa.ie.wme.qos_info.sta.ac_be", Boolean, "AC_BE")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("WMM delivery and trigger enabled", "non-WMM PS")
    );
    pub static WFA_IE_WME_QOS_INFO_STA_AC_BK: &F = field!(
        F::new("wlan.wfa.ie.wme.qos_info.sta.ac_bk", Boolean, "AC_BK")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("WMM delivery and trigger enabled", "non-WMM PS")
    );
    pub static WFA_IE_WME_QOS_INFO_STA_AC_VI: &F = field!(
        F::new("wlan.wfa.ie.wme.qos_info.sta.ac_vi", Boolean, "AC_VI")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("WMM delivery and trigger enabled", "non-WMM PS")
    );
    pub static WFA_IE_WME_QOS_INFO_STA_AC_VO: &F = field!(
        F::new("wlan.wfa.ie.wme.qos_info.sta.ac_vo", Boolean, "AC_VO")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("WMM delivery and trigger enabled", "non-WMM PS")
    );
    pub static WFA_IE_WME_QOS_INFO_STA_RESERVED: &F = field!(
        F::new("wlan.wfa.ie.wme.qos_info.sta.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0x90)
            .blurb("Must Be Zero")
    );
    pub static WFA_IE_WME_QOS_INFO_AP_U_APSD: &F = field!(F::new("wlan.wfa.ie.wme.qos_info.ap.u_apsd", Boolean, "U-APSD").base(Base::Bits(8)).mask(0x80).tfs("Enabled", "Disabled").blurb("Indicates the WMM AP is currently supporting unscheduled automatic power save delivery"));
    pub static WFA_IE_WME_QOS_INFO_AP_PARAMETER_SET_COUNT: &F = field!(
        F::new(
            "wlan.wfa.ie.wme.qos_info.ap.parameter_set_count",
            Uint8,
            "Parameter Set Count"
        )
        .base(Base::Hex)
        .mask(0xf)
    );
    pub static WFA_IE_WME_QOS_INFO_AP_RESERVED: &F = field!(
        F::new("wlan.wfa.ie.wme.qos_info.ap.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0x70)
            .blurb("Must Be Zero")
    );
    pub static WFA_IE_WME_QOS_INFO_BAD_FTYPE: &F = field!(F::new(
        "wlan.wfa.ie.wme.qos_info.bad_ftype",
        None,
        "Could not deduce direction to decode correctly"
    ));
    pub static WFA_IE_WME_RESERVED: &F =
        field!(F::new("wlan.wfa.ie.wme.reserved", Bytes, "Reserved").blurb("Must Be Zero"));
    pub static WFA_IE_WME_ACP: &F = field!(F::new("wlan.wfa.ie.wme.acp", None, "Ac Parameters"));
    pub static WFA_IE_WME_ACP_ACI_AIFSN: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.aci_aifsn", Uint8, "ACI / AIFSN Field").base(Base::Hex));
    pub static WFA_IE_WME_ACP_AIFSN: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.aifsn", Uint8, "AIFSN").mask(0xf));
    pub static WFA_IE_WME_ACP_ACM: &F = field!(
        F::new(
            "wlan.wfa.ie.wme.acp.acm",
            Boolean,
            "Admission Control Mandatory"
        )
        .base(Base::Bits(8))
        .mask(0x10)
        .tfs("Yes", "No")
    );
    pub static WFA_IE_WME_ACP_ACI: &F = field!(
        F::new("wlan.wfa.ie.wme.acp.aci", Uint8, "ACI")
            .mask(0x60)
            .vals(WFA_IE_WME_ACP_ACI_VALS)
    );
    pub static WFA_IE_WME_ACP_RESERVED: &F = field!(
        F::new("wlan.wfa.ie.wme.acp.reserved", Uint8, "Reserved")
            .mask(0x80)
            .blurb("Must be Zero")
    );
    pub static WFA_IE_WME_ACP_ECW: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.ecw", Uint8, "ECW").base(Base::Hex));
    pub static WFA_IE_WME_ACP_ECW_MAX: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.ecw.max", Uint8, "ECW Max").mask(0xf0));
    pub static WFA_IE_WME_ACP_ECW_MIN: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.ecw.min", Uint8, "ECW Min").mask(0xf));
    pub static WFA_IE_WME_ACP_CW_MAX: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.cw.max", Uint8, "CW Max").wider_values());
    pub static WFA_IE_WME_ACP_CW_MIN: &F =
        field!(F::new("wlan.wfa.ie.wme.acp.cw.min", Uint8, "CW Min").wider_values());
    pub static WFA_IE_WME_ACP_TXOP_LIMIT: &F = field!(F::new(
        "wlan.wfa.ie.wme.acp.txop_limit",
        Uint16,
        "TXOP Limit"
    ));

    pub static ALL: &[&F] = &[
        FIXED_ALL,
        FIXED_TIMESTAMP,
        FIXED_BEACON,
        FIXED_CAPABILITIES,
        FIXED_CAPABILITIES_ESS,
        FIXED_CAPABILITIES_IBSS,
        FIXED_CAPABILITIES_RESERVED1,
        FIXED_CAPABILITIES_RESERVED2,
        FIXED_CAPABILITIES_PRIVACY,
        FIXED_CAPABILITIES_SHORT_PREAMBLE,
        FIXED_CAPABILITIES_RESERVED3,
        FIXED_CAPABILITIES_RESERVED4,
        FIXED_CAPABILITIES_SPEC_MAN,
        FIXED_CAPABILITIES_QOS,
        FIXED_CAPABILITIES_SHORT_SLOT_TIME,
        FIXED_CAPABILITIES_APSD,
        FIXED_CAPABILITIES_RADIO_MEASUREMENT,
        FIXED_CAPABILITIES_EPD,
        FIXED_CAPABILITIES_RESERVED5,
        FIXED_CAPABILITIES_RESERVED6,
        FIXED_LISTEN_IVAL,
        FIXED_CURRENT_AP,
        FIXED_AUTH_ALG,
        FIXED_AUTH_SEQ,
        FIXED_STATUS_CODE,
        FIXED_AID,
        FIXED_REASON_CODE,
        FIXED_CATEGORY_CODE,
        TAGGED_ALL,
        TAG,
        TAG_NUMBER,
        TAG_LENGTH,
        SSID,
        SUPPORTED_RATES,
        EXTENDED_SUPPORTED_RATES,
        DS_CURRENT_CHANNEL,
        TIM_DTIM_COUNT,
        TIM_DTIM_PERIOD,
        TIM_BMAPCTL,
        TIM_BMAPCTL_MULTICAST,
        TIM_BMAPCTL_OFFSET,
        TIM_PARTIAL_VIRTUAL_BITMAP,
        ERP_INFO,
        ERP_INFO_ERP_PRESENT,
        ERP_INFO_USE_PROTECTION,
        ERP_INFO_BARKER_PREAMBLE_MODE,
        ERP_INFO_RESERVED,
        MESH_ID,
        POWERCON_LOCAL,
        TAG_DATA,
        TAG_OUI,
        TAG_VENDOR_OUI_TYPE,
        TAG_VENDOR_DATA,
        TAG_LENGTH_BAD,
        RSN_VERSION,
        RSN_GCS,
        RSN_GCS_OUI,
        RSN_GCS_TYPE,
        RSN_PCS_COUNT,
        RSN_PCS_COUNT_INVALID,
        RSN_PCS_LIST,
        RSN_PCS,
        RSN_PCS_OUI,
        RSN_PCS_TYPE,
        RSN_AKMS_COUNT,
        RSN_AKMS_COUNT_INVALID,
        RSN_AKMS_LIST,
        RSN_AKMS,
        RSN_AKMS_OUI,
        RSN_AKMS_TYPE,
        RSN_CAPABILITIES,
        RSN_CAPABILITIES_PREAUTH,
        RSN_CAPABILITIES_NO_PAIRWISE,
        RSN_CAPABILITIES_PTKSA_REPLAY_COUNTER,
        RSN_CAPABILITIES_GTKSA_REPLAY_COUNTER,
        RSN_CAPABILITIES_MFPR,
        RSN_CAPABILITIES_MFPC,
        RSN_CAPABILITIES_JMR,
        RSN_CAPABILITIES_PEERKEY,
        RSN_CAPABILITIES_EXTENDED_KEY_ID_IAF,
        RSN_PMKID_COUNT,
        RSN_PMKID_COUNT_INVALID,
        RSN_PMKID_LIST,
        QBSS_VERSION,
        QBSS_SCOUNT,
        QBSS_CU,
        QBSS_ADC,
        PMKID_AKMS,
        TAG_DATA_UNDECODED,
        RSN_GMCS,
        RSN_GMCS_OUI,
        RSN_GMCS_TYPE,
        WFA_IE_TYPE,
        WFA_IE_WPA_VERSION,
        WFA_IE_WPA_MCS,
        WFA_IE_WPA_MCS_OUI,
        WFA_IE_WPA_MCS_TYPE,
        WFA_IE_WPA_UCS_COUNT,
        WFA_IE_WPA_UCS_LIST,
        WFA_IE_WPA_UCS,
        WFA_IE_WPA_UCS_OUI,
        WFA_IE_WPA_UCS_TYPE,
        WFA_IE_WPA_AKMS_COUNT,
        WFA_IE_WPA_AKMS_LIST,
        WFA_IE_WPA_AKMS,
        WFA_IE_WPA_AKMS_OUI,
        WFA_IE_WPA_TYPE,
        WFA_IE_WME_SUBTYPE,
        WFA_IE_WME_VERSION,
        WFA_IE_WME_QOS_INFO,
        WFA_IE_WME_QOS_INFO_STA_MAX_SP_LENGTH,
        WFA_IE_WME_QOS_INFO_STA_AC_BE,
        WFA_IE_WME_QOS_INFO_STA_AC_BK,
        WFA_IE_WME_QOS_INFO_STA_AC_VI,
        WFA_IE_WME_QOS_INFO_STA_AC_VO,
        WFA_IE_WME_QOS_INFO_STA_RESERVED,
        WFA_IE_WME_QOS_INFO_AP_U_APSD,
        WFA_IE_WME_QOS_INFO_AP_PARAMETER_SET_COUNT,
        WFA_IE_WME_QOS_INFO_AP_RESERVED,
        WFA_IE_WME_QOS_INFO_BAD_FTYPE,
        WFA_IE_WME_RESERVED,
        WFA_IE_WME_ACP,
        WFA_IE_WME_ACP_ACI_AIFSN,
        WFA_IE_WME_ACP_AIFSN,
        WFA_IE_WME_ACP_ACM,
        WFA_IE_WME_ACP_ACI,
        WFA_IE_WME_ACP_RESERVED,
        WFA_IE_WME_ACP_ECW,
        WFA_IE_WME_ACP_ECW_MAX,
        WFA_IE_WME_ACP_ECW_MIN,
        WFA_IE_WME_ACP_CW_MAX,
        WFA_IE_WME_ACP_CW_MIN,
        WFA_IE_WME_ACP_TXOP_LIMIT,
    ];

    const FIXED_AUTH_ALG_VALS: &[(u64, &str)] = &[
        (0, "Open System"),
        (1, "Shared key"),
        (2, "Fast BSS Transition"),
        (3, "Simultaneous Authentication of Equals (SAE)"),
        (4, "FILS Shared Key authentication without PFS"),
        (5, "FILS Shared Key authentication with PFS"),
        (6, "FILS Public Key authentication"),
        (7, "Pre-Association Security Negotiation (PASN)"),
        (128, "Network EAP"),
    ];

    const FIXED_STATUS_CODE_VALS: &[(u64, &str)] = &[
        (0x0, "Successful"),
        (0x1, "Unspecified failure"),
        (
            0x2,
            "TDLS wakeup schedule rejected but alternative schedule provided",
        ),
        (0x3, "TDLS wakeup schedule rejected"),
        (0x4, "Reserved"),
        (0x5, "Security disabled"),
        (0x6, "Unacceptable lifetime"),
        (0x7, "Not in same BSS"),
        (0x8, "Reserved"),
        (0x9, "Reserved"),
        (
            0xa,
            "Cannot support all requested capabilities in the Capability Information field",
        ),
        (
            0xb,
            "Reassociation denied due to inability to confirm that association exists",
        ),
        (
            0xc,
            "Association denied due to reason outside the scope of this standard",
        ),
        (
            0xd,
            "Responding STA does not support the specified authentication algorithm",
        ),
        (
            0xe,
            "Received an Authentication frame with authentication transaction sequence number out of expected sequence",
        ),
        (0xf, "Authentication rejected because of challenge failure"),
        (
            0x10,
            "Authentication rejected due to timeout waiting for next frame in sequence",
        ),
        (
            0x11,
            "Association denied because AP is unable to handle additional associated STAs",
        ),
        (
            0x12,
            "Association denied due to requesting STA not supporting all of the data rates in the BSSBasicRateSet parameter, the Basic HT-MCS Set field of the HT Operation parameter, or the Basic VHT-MCS and NSS Set field in the VHT Operation parameter",
        ),
        (
            0x13,
            "Association denied due to requesting STA not supporting the short preamble option",
        ),
        (0x14, "Reserved"),
        (0x15, "Reserved"),
        (
            0x16,
            "Association request rejected because spectrum management capability is required",
        ),
        (
            0x17,
            "Association request rejected because the information in the Power Capability element is unacceptable",
        ),
        (
            0x18,
            "Association request rejected because the information in the Supported Channels element is unacceptable",
        ),
        (
            0x19,
            "Association denied due to requesting STA not supporting short slot time",
        ),
        (0x1a, "Reserved"),
        (
            0x1b,
            "Association denied because the requesting STA does not support HT features",
        ),
        (0x1c, "R0KH unreachable"),
        (0x1d, "Reserved"),
        (
            0x1e,
            "Association request rejected temporarily; try again later",
        ),
        (0x1f, "Robust management frame policy violation"),
        (0x20, "Unspecified, QoS-related failure"),
        (
            0x21,
            "Association denied because QoS AP or PCP has insufficient bandwidth to handle another QoS STA",
        ),
        (
            0x22,
            "Association denied due to excessive frame loss rates and/ or poor conditions on current operating channel",
        ),
        (
            0x23,
            "Association (with QoS BSS) denied because the requesting STA does not support the QoS facility",
        ),
        (0x24, "Reserved"),
        (0x25, "The request has been declined"),
        (
            0x26,
            "The request has not been successful as one or more parameters have invalid values",
        ),
        (
            0x27,
            "The allocation or TS has not been created because the request cannot be honored; however, a suggested TSPEC/DMG TSPEC is provided so that the initiating STA can attempt to set another allocation or TS with the suggested changes to the TSPEC/DMG TSPEC",
        ),
        (
            0x28,
            "Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9 (Frame formats)",
        ),
        (0x29, "Invalid group cipher"),
        (0x2a, "Invalid pairwise cipher"),
        (0x2b, "Invalid AKMP"),
        (0x2c, "Unsupported RSNE version"),
        (0x2d, "Invalid RSNE capabilities"),
        (0x2e, "Cipher suite rejected because of security policy"),
        (
            0x2f,
            "The TS or allocation has not been created; however, the HC or PCP might be capable of creating a TS or allocation, in response to a request, after the time indicated in the TS Delay element",
        ),
        (0x30, "Reserved"),
        (0x31, "The Destination STA is not present within this BSS"),
        (0x32, "The Destination STA is not a QoS STA"),
        (
            0x33,
            "Association denied because the listen interval is too large",
        ),
        (0x34, "Invalid FT Action frame count"),
        (0x35, "Invalid pairwise master key identifier (PMKID)"),
        (0x36, "Invalid MDE"),
        (0x37, "Invalid FTE"),
        (
            0x38,
            "Requested TCLAS processing is not supported by the AP or PCP",
        ),
        (
            0x39,
            "The AP or PCP has insufficient TCLAS processing resources to satisfy the request",
        ),
        (
            0x3a,
            "The TS has not been created because the request cannot be honored; however, the HC or PCP suggests that the STA transition to a different BSS to set up the TS",
        ),
        (0x3b, "GAS advertisement protocol not supported"),
        (0x3c, "No outstanding GAS request"),
        (
            0x3d,
            "GAS response not received from the advertisement server",
        ),
        (0x3e, "STA timed out waiting for GAS query response"),
        (
            0x3f,
            "GAS response is larger than query response length limit",
        ),
        (
            0x40,
            "Request refused because home network does not support request",
        ),
        (
            0x41,
            "Advertisement server in the network is not currently reachable",
        ),
        (0x42, "Reserved"),
        (
            0x43,
            "Request refused due to permissions received via SSPN interface",
        ),
        (
            0x44,
            "Request refused because the AP or PCP does not support unauthenticated access",
        ),
        (0x45, "Reserved"),
        (0x46, "Reserved"),
        (0x47, "Reserved"),
        (
            0x48,
            "Invalid contents of RSNE, other than unsupported RSNE version or invalid RSNE capabilities, AKMP or pairwise cipher",
        ),
        (0x49, "U-APSD coexistence is not supported"),
        (0x4a, "Requested U-APSD coexistence mode is not supported"),
        (
            0x4b,
            "Requested interval/duration value cannot be supported with U-APSD coexistence",
        ),
        (
            0x4c,
            "Authentication is rejected because an anti-clogging token is required",
        ),
        (
            0x4d,
            "Authentication is rejected because the offered finite cyclic group is not supported",
        ),
        (
            0x4e,
            "The TBTT adjustment request has not been successful because the STA could not find an alternative TBTT",
        ),
        (0x4f, "Transmission failure"),
        (0x50, "Requested TCLAS not supported"),
        (0x51, "TCLAS resources exhausted"),
        (0x52, "Rejected with suggested BSS transition"),
        (0x53, "Reject with recommended schedule"),
        (0x54, "Reject because no wakeup schedule specified"),
        (0x55, "Success, the destination STA is in power save mode"),
        (0x56, "FST pending, in process of admitting FST session"),
        (0x57, "Performing FST now"),
        (0x58, "FST pending, gap(s) in block ack window"),
        (0x59, "Reject because of U-PID setting"),
        (0x5a, "Reserved"),
        (0x5b, "Reserved"),
        (0x5c, "(Re)Association refused for some external reason"),
        (
            0x5d,
            "(Re)Association refused because of memory limits at the AP",
        ),
        (
            0x5e,
            "(Re)Association refused because emergency services are not supported at the AP",
        ),
        (0x5f, "GAS query response not yet received"),
        (
            0x60,
            "Reject since the request is for transition to a frequency band subject to DSE procedures and FST Initiator is a dependent STA",
        ),
        (
            0x61,
            "Requested TCLAS processing has been terminated by the AP",
        ),
        (
            0x62,
            "The TS schedule conflicts with an existing schedule; an alternative schedule is provided",
        ),
        (
            0x63,
            "The association has been denied; however, one or more Multi-band elements are included that can be used by the receiving STA to join the BSS",
        ),
        (0x64, "The request failed due to a reservation conflict"),
        (0x65, "The request failed due to exceeded MAF limit"),
        (0x66, "The request failed due to exceeded MCCA track limit"),
        (
            0x67,
            "Association denied because the information in the Spectrum Management field is unacceptable",
        ),
        (
            0x68,
            "Association denied because the requesting STA does not support VHT features",
        ),
        (0x69, "Enablement denied"),
        (
            0x6a,
            "Enablement denied due to restriction from an authorized GDB",
        ),
        (0x6b, "Authorization deenabled"),
        (
            0x6c,
            "Re(association) refused or disassociated because energy limited operation is not supported at the AP",
        ),
        (
            0x6d,
            "BlockAck negotiation refused because, due to buffer constraints and other unspecified reasons, the recipient prefers to generate only NDP BlockAck frames",
        ),
        (
            0x6e,
            "Association denied/disassociated because the suggested value for max away duration is unacceptable",
        ),
        (
            0x6f,
            "Re(association) refused or disassociated because flow control operation is not supported by the non-AP STA",
        ),
        (
            0x70,
            "Authentication rejected due to FILS authentication failure",
        ),
        (
            0x71,
            "Authentication rejected due to unknown Authentication Server",
        ),
        (0x72, "Reserved"),
        (0x73, "Reserved"),
        (
            0x74,
            "Request denied because the allocation of notification period is failed",
        ),
        (
            0x75,
            "Request denied because the request of channel splitting is failed",
        ),
        (
            0x76,
            "Request denied because the allocation request is failed",
        ),
        (
            0x77,
            "Association denied because the requesting STA does not support CMMG features",
        ),
        (0x78, "The requested GAS fragment is not available"),
        (
            0x79,
            "Success, the CAG Version provided by the requesting STA is the same as the latest CAG Version provided by the relevant server",
        ),
        (
            0x7a,
            "The STA is not authorized to use GLK per local policy",
        ),
        (
            0x7b,
            "Authentication rejected because the password identifier is unknown",
        ),
        (
            0x7c,
            "Requested TCLAS processing has been terminated by the AP due to insufficient QoS capacity",
        ),
        (
            0x7d,
            "Requested TCLAS processing has been terminated by the AP due to conflict with higher layer QoS policies",
        ),
        (
            0x7e,
            "SAE authentication uses direct hashing, instead of looping, to obtain the PWE",
        ),
        (0x7f, "Reserved"),
    ];

    const FIXED_REASON_CODE_VALS: &[(u64, &str)] = &[
        (0x1, "Unspecified reason"),
        (0x2, "Previous authentication no longer valid"),
        (
            0x3,
            "Deauthenticated because sending STA is leaving (or has left) the BSS",
        ),
        (0x4, "Disassociated due to inactivity"),
        (
            0x5,
            "Disassociated because AP is unable to handle all currently associated STAs",
        ),
        (0x6, "Class 2 frame received from nonauthenticated STA"),
        (0x7, "Class 3 frame received from nonassociated STA"),
        (
            0x8,
            "Disassociated because sending STA is leaving (or has left) BSS",
        ),
        (
            0x9,
            "STA requesting (re)association is not authenticated with responding STA",
        ),
        (
            0xa,
            "Disassociated because the information in the Power Capability element is unacceptable",
        ),
        (
            0xb,
            "Disassociated because the information in the Supported Channels element is unacceptable",
        ),
        (0xc, "Disassociated due to BSS transition management"),
        (
            0xd,
            "Invalid information element, i.e., an information element defined in this standard for which the content does not meet the specifications in Clause 9",
        ),
        (0xe, "Message integrity code (MIC) failure"),
        (0xf, "4-way handshake timeout"),
        (0x10, "Group key handshake timeout"),
        (
            0x11,
            "Element in 4-way handshake different from (Re)Association Request/Probe Response/Beacon frame",
        ),
        (0x12, "Invalid group cipher"),
        (0x13, "Invalid pairwise cipher"),
        (0x14, "Invalid AKMP"),
        (0x15, "Unsupported RSNE version"),
        (0x16, "Invalid RSNE capabilities"),
        (0x17, "IEEE 802.1X authentication failed"),
        (0x18, "Cipher suite rejected because of the security policy"),
        (
            0x19,
            "TDLS direct-link teardown due to TDLS peer STA unreachable via the TDLS direct link",
        ),
        (0x1a, "TDLS direct-link teardown for unspecified reason"),
        (
            0x1b,
            "Disassociated because session terminated by SSP request",
        ),
        (
            0x1c,
            "Disassociated because of lack of SSP roaming agreement",
        ),
        (
            0x1d,
            "Requested service rejected because of SSP cipher suite or AKM requirement ",
        ),
        (0x1e, "Requested service not authorized in this location"),
        (
            0x1f,
            "TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA due to a change in BSS service characteristics or operational mode",
        ),
        (0x20, "Disassociated for unspecified, QoS-related reason"),
        (
            0x21,
            "Disassociated because QoS AP lacks sufficient bandwidth for this QoS STA",
        ),
        (
            0x22,
            "Disassociated because excessive number of frames need to be acknowledged, but are not acknowledged due to AP transmissions and/or poor channel conditions",
        ),
        (
            0x23,
            "Disassociated because STA is transmitting outside the limits of its TXOPs",
        ),
        (
            0x24,
            "Requested from peer STA as the STA is leaving the BSS (or resetting)",
        ),
        (
            0x25,
            "Requesting STA is no longer using the stream or session",
        ),
        (
            0x26,
            "Requesting STA received frames using a mechanism for which a setup has not been completed",
        ),
        (0x27, "Requested from peer STA due to timeout"),
        (
            0x2e,
            "Disassociated because authorized access limit reached",
        ),
        (0x2f, "Disassociated due to external service requirements"),
        (0x30, "Invalid FT Action frame count"),
        (0x31, "Invalid pairwise master key identifier (PMKID)"),
        (0x32, "Invalid MDE"),
        (0x33, "Invalid FTE"),
        (0x34, "Mesh peering canceled for unknown reasons"),
        (
            0x35,
            "The mesh STA has reached the supported maximum number of peer mesh STAs",
        ),
        (
            0x36,
            "The received information violates the Mesh Configuration policy configured in the mesh STA profile",
        ),
        (
            0x37,
            "The mesh STA has received a Mesh Peering Close message requesting to close the mesh peering",
        ),
        (
            0x38,
            "The mesh STA has re-sent dot11MeshMaxRetries Mesh Peering Open messages, without receiving a Mesh Peering Confirm message",
        ),
        (
            0x39,
            "The confirmTimer for the mesh peering instance times out",
        ),
        (
            0x3a,
            "The mesh STA fails to unwrap the GTK or the values in the wrapped contents do not match",
        ),
        (
            0x3b,
            "The mesh STA receives inconsistent information about the mesh parameters between Mesh Peering Management frames",
        ),
        (
            0x3c,
            "The mesh STA fails the authenticated mesh peering exchange because due to failure in selecting either the pairwise ciphersuite or group ciphersuite",
        ),
        (
            0x3d,
            "The mesh STA does not have proxy information for this external destination",
        ),
        (
            0x3e,
            "The mesh STA does not have forwarding information for this destination",
        ),
        (
            0x3f,
            "The mesh STA determines that the link to the next hop of an active path in its forwarding information is no longer usable",
        ),
        (
            0x40,
            "The Deauthentication frame was sent because the MAC address of the STA already exists in the mesh BSS. See 11.3.3 (Additional mechanisms for an AP collocated with a mesh STA)",
        ),
        (
            0x41,
            "The mesh STA performs channel switch to meet regulatory requirements",
        ),
        (
            0x42,
            "The mesh STA performs channel switch with unspecified reason",
        ),
        (
            0x43,
            "Transmission link establishment in alternative channel failed",
        ),
        (0x44, "The alternative channel is occupied"),
        (0x47, "Disassociated due to poor RSSI"),
    ];

    const FIXED_CATEGORY_CODE_VALS: &[(u64, &str)] = &[
        (0, "Spectrum Management (SM)"),
        (1, "Quality of Service (QoS)"),
        (2, "Direct-Link Setup (DLS)"),
        (3, "Block Ack"),
        (4, "Public Action"),
        (5, "Radio Measurement"),
        (6, "Fast BSS Transition"),
        (7, "High Throughput"),
        (8, "SA Query"),
        (9, "Protected Dual of Public Action"),
        (10, "WNM"),
        (11, "Unprotected WNM"),
        (12, "TDLS"),
        (13, "MESH"),
        (14, "Multihop"),
        (15, "Self-protected"),
        (16, "DMG"),
        (17, "Management Notification"),
        (18, "Fast Session Transfer"),
        (19, "Robust AV Streaming"),
        (20, "Unprotected DMG"),
        (21, "VHT"),
        (22, "S1G"),
        (23, "S1G Relay"),
        (24, "Flow Control"),
        (25, "Control Response MCS Negotiation"),
        (26, "FILS"),
        (30, "HE"),
        (31, "Protected HE"),
        (34, "Protected FTM"),
        (126, "Vendor-specific Protected"),
        (127, "Vendor Specific"),
        (128, "Spectrum Management (SM) (error)"),
        (129, "Quality of Service (QoS (error))"),
        (130, "Direct-Link Setup (DLS) (error)"),
        (131, "Block Ack (error)"),
        (132, "Public Action (error)"),
        (133, "Radio Measurement (error)"),
        (134, "Fast BSS Transition (error)"),
        (135, "High Throughput (error)"),
        (136, "SA Query (error)"),
        (137, "Protected Dual of Public Action (error)"),
        (138, "WNM (error)"),
        (139, "Unprotected WNM (error)"),
        (140, "TDLS (error)"),
        (141, "Mesh (error)"),
        (142, "Multihop (error)"),
        (143, "Self-protected (error)"),
        (144, "DMG (error)"),
        (145, "Management Notification (error)"),
        (146, "Fast Session Transfer (error)"),
        (147, "Robust AV Streaming (error)"),
        (148, "Unprotected DMG (error)"),
        (149, "VHT (error)"),
        (158, "HE (error)"),
        (159, "Protected HE (error)"),
        (162, "Protected FTM (error)"),
        (254, "Vendor-specific Protected (error)"),
        (255, "Vendor Specific (error)"),
    ];

    const TAG_NUMBER_VALS: &[(u64, &str)] = &[
        (0, "SSID parameter set"),
        (1, "Supported Rates"),
        (2, "FH Parameter set"),
        (3, "DS Parameter set"),
        (4, "CF Parameter set"),
        (5, "Traffic Indication Map (TIM)"),
        (6, "IBSS Parameter set"),
        (7, "Country Information"),
        (8, "Hopping Pattern Parameters"),
        (9, "Hopping Pattern Table"),
        (10, "Request"),
        (11, "QBSS Load Element"),
        (12, "EDCA Parameter Set"),
        (13, "Traffic Specification"),
        (14, "Traffic Classification"),
        (15, "Schedule"),
        (16, "Challenge text"),
        (32, "Power Constraint"),
        (33, "Power Capability"),
        (34, "TPC Request"),
        (35, "TPC Report"),
        (36, "Supported Channels"),
        (37, "Channel Switch Announcement"),
        (38, "Measurement Request"),
        (39, "Measurement Report"),
        (40, "Quiet"),
        (41, "IBSS DFS"),
        (42, "ERP Information"),
        (43, "TS Delay"),
        (44, "TCLAS Processing"),
        (45, "HT Capabilities (802.11n D1.10)"),
        (46, "QoS Capability"),
        (47, "ERP Information"),
        (48, "RSN Information"),
        (50, "Extended Supported Rates"),
        (51, "AP Channel Report"),
        (52, "Neighbor Report"),
        (53, "RCPI"),
        (54, "Mobility Domain"),
        (55, "Fast BSS Transition"),
        (56, "Timeout Interval"),
        (57, "RIC Data"),
        (58, "DSE Registered Location"),
        (59, "Supported Operating Classes"),
        (60, "Extended Channel Switch Announcement"),
        (61, "HT Information (802.11n D1.10)"),
        (62, "Secondary Channel Offset (802.11n D1.10)"),
        (63, "BSS Average Access Delay"),
        (64, "Antenna"),
        (65, "RSNI"),
        (66, "Measurement Pilot Transmission"),
        (67, "BSS Available Admission Capacity"),
        (68, "BSS AC Access Delay/WAPI Parameter Set"),
        (69, "Time Advertisement"),
        (70, "RM Enabled Capabilities"),
        (71, "Multiple BSSID"),
        (72, "20/40 BSS Coexistence"),
        (73, "20/40 BSS Intolerant Channel Report"),
        (74, "Overlapping BSS Scan Parameters"),
        (75, "RIC Descriptor"),
        (76, "Management MIC"),
        (78, "Event Request"),
        (79, "Event Report"),
        (80, "Diagnostic Request"),
        (81, "Diagnostic Report"),
        (82, "Location Parameters"),
        (83, "Non Transmitted BSSID Capability"),
        (84, "SSID List"),
        (85, "Multiple BSSID Index"),
        (86, "FMS Descriptor"),
        (87, "FMS Request"),
        (88, "FMS Response"),
        (89, "QoS Traffic Capability"),
        (90, "BSS Max Idle Period"),
        (91, "TFS Request"),
        (92, "TFS Response"),
        (93, "WNM-Sleep Mode"),
        (94, "TIM Broadcast Request"),
        (95, "TIM Broadcast Response"),
        (96, "Collocated Interference Report"),
        (97, "Channel Usage"),
        (98, "Time Zone"),
        (99, "DMS Request"),
        (100, "DMS Response"),
        (101, "Link Identifier"),
        (102, "Wakeup Schedule"),
        (104, "Channel Switch Timing"),
        (105, "PTI Control"),
        (106, "PU Buffer Status"),
        (107, "Interworking"),
        (108, "Advertisement Protocol"),
        (109, "Expedited Bandwidth Request"),
        (110, "QoS Map Set"),
        (111, "Roaming Consortium"),
        (112, "Emergency Alert Identifier"),
        (113, "Mesh Configuration"),
        (114, "Mesh ID"),
        (115, "Mesh Link Metric Report"),
        (116, "Congestion Notification"),
        (117, "Mesh Peering Management"),
        (118, "Mesh Channel Switch Parameters"),
        (119, "Mesh Awake Window"),
        (120, "Beacon Timing"),
        (121, "MCCAOP Setup Request"),
        (122, "MCCAOP SETUP Reply"),
        (123, "MCCAOP Advertisement"),
        (124, "MCCAOP Teardown"),
        (125, "Gate Announcement"),
        (126, "Root Announcement"),
        (127, "Extended Capabilities"),
        (128, "Agere Proprietary"),
        (130, "Path Request"),
        (131, "Path Reply"),
        (132, "Path Error"),
        (133, "Cisco CCX1 CKIP + Device Name"),
        (136, "Cisco CCX2"),
        (137, "Proxy Update"),
        (138, "Proxy Update Confirmation"),
        (139, "Authenticated Mesh Peering Exchange"),
        (140, "MIC (Message Integrity Code)"),
        (141, "Destination URI"),
        (142, "U-APSD Coexistence"),
        (143, "Wakeup Schedule 802.11ad"),
        (144, "Extended Schedule"),
        (145, "STA Availability"),
        (146, "DMG TSPEC"),
        (147, "Next DMG ATI"),
        (148, "DMG Capabilities"),
        (149, "Cisco Unknown 95"),
        (150, "Vendor Specific"),
        (151, "DMG Operating"),
        (152, "DMG BSS Parameter Change"),
        (153, "DMG Beam Refinement"),
        (154, "Channel Measurement Feedback"),
        (157, "Awake Window"),
        (158, "Multi Band"),
        (159, "ADDBA Extension"),
        (160, "NEXTPCP List"),
        (161, "PCP Handover"),
        (162, "DMG Link Margin"),
        (163, "Switching Stream"),
        (164, "Session Transmission"),
        (165, "Dynamic Tone Pairing Report"),
        (166, "Cluster Report"),
        (167, "Relay Capabilities"),
        (168, "Relay Transfer Parameter"),
        (169, "Beamlink Maintenance"),
        (170, "Multiple MAC Sublayers"),
        (171, "U-PID"),
        (172, "DMG Link Adaption Acknowledgment"),
        (173, "Symbol Proprietary"),
        (174, "MCCAOP Advertisement Overview"),
        (175, "Quiet Period Request"),
        (177, "Quiet Period Response"),
        (182, "ECAPC Policy"),
        (183, "Cluster Time Offset"),
        (184, "Intra-Access Category Priority"),
        (185, "SCS Descriptor"),
        (190, "Antenna Sector ID"),
        (191, "VHT Capabilities"),
        (192, "VHT Operation"),
        (193, "Extended BSS Load"),
        (194, "Wide Bandwidth Channel Switch"),
        (195, "Tx Power Envelope"),
        (196, "Channel Switch Wrapper"),
        (199, "Operating Mode Notification"),
        (201, "Reduced Neighbor Report"),
        (206, "Fine Time Measurement Params"),
        (207, "S1G Open-Loop Link Margin Index"),
        (208, "RPS"),
        (209, "Page Slice"),
        (210, "AID Request"),
        (211, "AID Response"),
        (212, "Sector Operation"),
        (213, "S1G Beacon Compatibility"),
        (214, "Short Beacon Interval"),
        (215, "Change Sequence"),
        (216, "Target Wake Time"),
        (217, "S1G Capabilities"),
        (220, "Subchannel Selective Transmission"),
        (221, "Vendor Specific"),
        (222, "Authentication Control"),
        (223, "TSF Timer Accuracy"),
        (224, "S1G Relay"),
        (225, "Reachable Address"),
        (226, "S1G Relay Discovery"),
        (228, "AID Announcement"),
        (229, "PV1 Probe Response Option"),
        (230, "EL Operation"),
        (231, "Sectorized Group ID List"),
        (232, "S1G Operation"),
        (233, "Header Compression"),
        (234, "SST Operation"),
        (235, "MAD"),
        (236, "S1G Relay Activation"),
        (237, "CAG Number"),
        (239, "AP-CSN"),
        (240, "FILS Indication"),
        (241, "Differential Initial Link Setup"),
        (242, "Fragment"),
        (244, "RSN eXtension"),
        (255, "Element ID Extension"),
    ];

    const SUPPORTED_RATES_VALS: &[(u64, &str)] = &[
        (0x2, "1"),
        (0x3, "1.5"),
        (0x4, "2"),
        (0x5, "2.5"),
        (0x6, "3"),
        (0x9, "4.5"),
        (0xb, "5.5"),
        (0xc, "6"),
        (0x12, "9"),
        (0x16, "11"),
        (0x18, "12"),
        (0x1b, "13.5"),
        (0x24, "18"),
        (0x2c, "22"),
        (0x30, "24"),
        (0x36, "27"),
        (0x42, "33"),
        (0x48, "36"),
        (0x60, "48"),
        (0x6c, "54"),
        (0x82, "1(B)"),
        (0x83, "1.5(B)"),
        (0x84, "2(B)"),
        (0x85, "2.5(B)"),
        (0x86, "3(B)"),
        (0x89, "4.5(B)"),
        (0x8b, "5.5(B)"),
        (0x8c, "6(B)"),
        (0x92, "9(B)"),
        (0x96, "11(B)"),
        (0x98, "12(B)"),
        (0x9b, "13.5(B)"),
        (0xa4, "18(B)"),
        (0xac, "22(B)"),
        (0xb0, "24(B)"),
        (0xb6, "27(B)"),
        (0xc2, "33(B)"),
        (0xc8, "36(B)"),
        (0xe0, "48(B)"),
        (0xec, "54(B)"),
        (0xfb, "SAE Hash to Element Only"),
        (0xfc, "EPD"),
        (0xfd, "GLK"),
        (0xfe, "VHT PHY"),
        (0xff, "HT PHY"),
    ];

    const RSN_GCS_TYPE_VALS: &[(u64, &str)] = &[
        (0, "NONE"),
        (1, "WEP (40-bit)"),
        (2, "TKIP"),
        (3, "AES (OCB)"),
        (4, "AES (CCM)"),
        (5, "WEP (104-bit)"),
        (6, "BIP (128)"),
        (7, "Group addressed traffic not allowed"),
        (8, "GCMP (128)"),
        (9, "GCMP (256)"),
        (10, "CCMP (256)"),
        (11, "BIP (GMAC-128)"),
        (12, "BIP (GMAC-256)"),
        (13, "BIP (CMAC-256)"),
    ];

    const RSN_AKMS_TYPE_VALS: &[(u64, &str)] = &[
        (0, "NONE"),
        (1, "WPA"),
        (2, "PSK"),
        (3, "FT over IEEE 802.1X"),
        (4, "FT using PSK"),
        (5, "WPA (SHA256)"),
        (6, "PSK (SHA256)"),
        (7, "TDLS / TPK Handshake (SHA256)"),
        (8, "SAE (SHA256)"),
        (9, "FT using SAE (SHA256)"),
        (10, "APPeerKey (SHA256)"),
        (11, "WPA (SHA256-SuiteB)"),
        (12, "WPA (SHA384-SuiteB)"),
        (13, "FT over IEEE 802.1X (SHA384)"),
        (14, "FILS (SHA256 and AES-SIV-256)"),
        (15, "FILS (SHA384 and AES-SIV-512)"),
        (16, "FT over FILS (SHA256 and AES-SIV-256)"),
        (17, "FT over FILS (SHA384 and AES-SIV-512)"),
        (18, "Opportunistic Wireless Encryption"),
        (19, "FT using PSK (SHA384)"),
        (20, "PSK (SHA384)"),
        (21, "PASN"),
    ];

    const RSN_CAPABILITIES_PTKSA_REPLAY_COUNTER_VALS: &[(u64, &str)] = &[
        (0x0, "1 replay counter per PTKSA/GTKSA/STAKeySA"),
        (0x1, "2 replay counters per PTKSA/GTKSA/STAKeySA"),
        (0x2, "4 replay counters per PTKSA/GTKSA/STAKeySA"),
        (0x3, "16 replay counters per PTKSA/GTKSA/STAKeySA"),
    ];

    const WFA_IE_TYPE_VALS: &[(u64, &str)] = &[
        (0x1, "WPA Information Element"),
        (0x2, "WMM/WME"),
        (0x4, "WPS"),
    ];

    const WFA_IE_WPA_MCS_TYPE_VALS: &[(u64, &str)] = &[
        (0, "NONE"),
        (1, "WEP (40-bit)"),
        (2, "TKIP"),
        (3, "AES (OCB)"),
        (4, "AES (CCM)"),
        (5, "WEP (104-bit)"),
        (6, "BIP"),
        (7, "Group addressed traffic not allowed"),
    ];

    const WFA_IE_WPA_TYPE_VALS: &[(u64, &str)] = &[
        (0, "NONE"),
        (1, "WPA"),
        (2, "PSK"),
        (3, "FT over IEEE 802.1X"),
        (4, "FT using PSK"),
        (5, "WPA (SHA256)"),
        (6, "PSK (SHA256)"),
        (7, "TDLS / TPK Handshake"),
    ];

    const WFA_IE_WME_SUBTYPE_VALS: &[(u64, &str)] = &[
        (0, "Information Element"),
        (1, "Parameter Element"),
        (2, "TSPEC Element"),
    ];

    const WFA_IE_WME_QOS_INFO_STA_MAX_SP_LENGTH_VALS: &[(u64, &str)] = &[
        (
            0x0,
            "WMM AP may deliver all buffered frames (MSDUs and MMPDUs)",
        ),
        (
            0x1,
            "WMM AP may deliver a maximum of 2 buffered frames (MSDUs and MMPDUs) per USP",
        ),
        (
            0x2,
            "WMM AP may deliver a maximum of 4 buffered frames (MSDUs and MMPDUs) per USP",
        ),
        (
            0x3,
            "WMM AP may deliver a maximum of 6 buffered frames (MSDUs and MMPDUs) per USP",
        ),
    ];

    const WFA_IE_WME_ACP_ACI_VALS: &[(u64, &str)] = &[
        (0, "Best Effort"),
        (1, "Background"),
        (2, "Video"),
        (3, "Voice"),
    ];
}
