//! The capture formats' wire numbers, shared by the reader (`file`) and the
//! writer (`writer`): pcap magics, pcapng block types and option codes.

/// Legacy pcap magic numbers (as read in the file's own byte order).
pub(crate) const PCAP_MICRO_MAGIC: u32 = 0xA1B2_C3D4;
pub(crate) const PCAP_NANO_MAGIC: u32 = 0xA1B2_3C4D;
/// Kuznetzov's "modified" pcap: 24-byte records.
pub(crate) const PCAP_MODIFIED_MAGIC: u32 = 0xA1B2_CD34;

/// pcapng block types.
pub(crate) const SHB: u32 = 0x0A0D_0D0A;
pub(crate) const IDB: u32 = 0x0000_0001;
pub(crate) const OPB: u32 = 0x0000_0002;
pub(crate) const SPB: u32 = 0x0000_0003;
pub(crate) const EPB: u32 = 0x0000_0006;
/// Custom blocks (copyable and not): tshark lists each as a frame of data.
pub(crate) const CB_COPY: u32 = 0x0000_0BAD;
pub(crate) const CB_NOCOPY: u32 = 0x4000_0BAD;
/// The section header's byte-order magic.
pub(crate) const BYTE_ORDER_MAGIC: u32 = 0x1A2B_3C4D;

/// pcapng option codes.
pub(crate) const OPT_ENDOFOPT: u16 = 0;
pub(crate) const OPT_SHB_USERAPPL: u16 = 4;
pub(crate) const OPT_IF_NAME: u16 = 2;
pub(crate) const OPT_IF_TSRESOL: u16 = 9;
pub(crate) const OPT_IF_TSOFFSET: u16 = 14;
