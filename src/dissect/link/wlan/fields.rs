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
    pub static FIXED_REASON_CODE: &F = field!(
        F::new("wlan.fixed.reason_code", Uint16, "Reason code")
            .base(Base::Hex)
            .vals(FIXED_REASON_CODE_VALS)
            .blurb("Reason for unsolicited notification")
    );
    pub static FIXED_STATUS_CODE: &F = field!(
        F::new("wlan.fixed.status_code", Uint16, "Status code")
            .base(Base::Hex)
            .vals(FIXED_STATUS_CODE_VALS)
            .blurb("Status of requested event")
    );

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
        FIXED_REASON_CODE,
        FIXED_STATUS_CODE,
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
}
