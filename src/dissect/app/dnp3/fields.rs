//! DNP 3.0's fields, generated from tshark 4.0's registry by
//! `scripts/gen-fields.py dnp3 ...` (the 32-bit forms of the index,
//! range, counter and analog fields share their 8/16-bit names in tshark:
//! `wider_values`), and osidump's own Info and call marks.

pub mod dnp3 {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static START: &F = field!(F::new("dnp3.start", Uint16, "Start Bytes").base(Base::Hex));
    pub static LEN: &F = field!(F::new("dnp3.len", Uint8, "Length").blurb("Frame Data Length"));
    pub static CTL: &F = field!(
        F::new("dnp3.ctl", Uint8, "Control")
            .base(Base::Hex)
            .blurb("Frame Control Byte")
    );
    pub static CTL_PRIFUNC: &F = field!(
        F::new("dnp3.ctl.prifunc", Uint8, "Control Function Code")
            .mask(0xf)
            .vals(CTL_PRIFUNC_VALS)
            .blurb("Frame Control Function Code")
    );
    pub static CTL_SECFUNC: &F = field!(
        F::new("dnp3.ctl.secfunc", Uint8, "Control Function Code")
            .mask(0xf)
            .vals(CTL_SECFUNC_VALS)
            .blurb("Frame Control Function Code")
    );
    pub static CTL_OP: &F = field!(
        F::new("dnp3.ctl.op", Uint8, "Operation Type")
            .mask(0xf)
            .vals(CTL_OP_VALS)
            .blurb("Control Code, Operation Type")
    );
    pub static CTL_CLR: &F = field!(
        F::new("dnp3.ctl.clr", Uint8, "Queue / Clear Field")
            .mask(0x30)
            .vals(CTL_CLR_VALS)
            .blurb("Control Code, Clear Field")
    );
    pub static CTL_TRIP: &F = field!(
        F::new("dnp3.ctl.trip", Uint8, "Trip Control Code")
            .mask(0xc0)
            .vals(CTL_TRIP_VALS)
            .blurb("Control Code, Trip Close Control")
    );
    pub static CTL_DIR: &F = field!(
        F::new("dnp3.ctl.dir", Boolean, "Direction")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static CTL_PRM: &F = field!(
        F::new("dnp3.ctl.prm", Boolean, "Primary")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static CTL_FCB: &F = field!(
        F::new("dnp3.ctl.fcb", Boolean, "Frame Count Bit")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static CTL_FCV: &F = field!(
        F::new("dnp3.ctl.fcv", Boolean, "Frame Count Valid")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static CTL_DFC: &F = field!(
        F::new("dnp3.ctl.dfc", Boolean, "Data Flow Control")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static DST: &F =
        field!(F::new("dnp3.dst", Uint16, "Destination").blurb("Destination Address"));
    pub static SRC: &F = field!(F::new("dnp3.src", Uint16, "Source").blurb("Source Address"));
    pub static ADDR: &F =
        field!(F::new("dnp3.addr", Uint16, "Address").blurb("Source or Destination Address"));
    pub static HDR_CRC: &F =
        field!(F::new("dnp3.hdr.CRC", Uint16, "Data Link Header checksum").base(Base::Hex));
    pub static DNP_HDR_CRC_STATUS: &F = field!(
        F::new(
            "dnp.hdr.CRC.status",
            Uint8,
            "Data Link Header Checksum Status"
        )
        .base(Base::None)
        .vals(DNP_HDR_CRC_STATUS_VALS)
        .in_proto("dnp3")
    );
    pub static TR_CTL: &F = field!(
        F::new("dnp3.tr.ctl", Uint8, "Transport Control")
            .base(Base::Hex)
            .blurb("Transport Layer Control Byte")
    );
    pub static TR_FIN: &F = field!(
        F::new("dnp3.tr.fin", Boolean, "Final")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static TR_FIR: &F = field!(
        F::new("dnp3.tr.fir", Boolean, "First")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static TR_SEQ: &F = field!(
        F::new("dnp3.tr.seq", Uint8, "Sequence")
            .mask(0x3f)
            .blurb("Frame Sequence Number")
    );
    pub static DNP_DATA_CHUNK: &F =
        field!(F::new("dnp.data_chunk", Bytes, "Data Chunk").in_proto("dnp3"));
    pub static DNP_DATA_CHUNK_LEN: &F =
        field!(F::new("dnp.data_chunk_len", Uint16, "Data Chunk length").in_proto("dnp3"));
    pub static DNP_DATA_CHUNK_CRC: &F = field!(
        F::new("dnp.data_chunk.CRC", Uint16, "Data Chunk checksum")
            .base(Base::Hex)
            .in_proto("dnp3")
    );
    pub static DNP_DATA_CHUNK_CRC_STATUS: &F = field!(
        F::new(
            "dnp.data_chunk.CRC.status",
            Uint8,
            "Data Chunk Checksum Status"
        )
        .base(Base::None)
        .vals(DNP_HDR_CRC_STATUS_VALS)
        .in_proto("dnp3")
    );
    pub static AL_CTL: &F = field!(
        F::new("dnp3.al.ctl", Uint8, "Application Control")
            .base(Base::Hex)
            .blurb("Application Layer Control Byte")
    );
    pub static AL_FIR: &F = field!(
        F::new("dnp3.al.fir", Boolean, "First")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static AL_FIN: &F = field!(
        F::new("dnp3.al.fin", Boolean, "Final")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static AL_CON: &F = field!(
        F::new("dnp3.al.con", Boolean, "Confirm")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_UNS: &F = field!(
        F::new("dnp3.al.uns", Boolean, "Unsolicited")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_SEQ: &F = field!(
        F::new("dnp3.al.seq", Uint8, "Sequence")
            .mask(0xf)
            .blurb("Frame Sequence Number")
    );
    pub static AL_FUNC: &F = field!(
        F::new("dnp3.al.func", Uint8, "Application Layer Function Code")
            .mask(0xff)
            .vals(AL_FUNC_VALS)
            .blurb("Application Function Code")
    );
    pub static AL_IIN: &F = field!(
        F::new("dnp3.al.iin", Uint16, "Internal Indications")
            .base(Base::Hex)
            .blurb("Application Layer IIN")
    );
    pub static AL_IIN_BMSG: &F = field!(
        F::new("dnp3.al.iin.bmsg", Boolean, "Broadcast Msg Rx")
            .base(Base::Bits(16))
            .mask(0x100)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_CLS1D: &F = field!(
        F::new("dnp3.al.iin.cls1d", Boolean, "Class 1 Data Available")
            .base(Base::Bits(16))
            .mask(0x200)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_CLS2D: &F = field!(
        F::new("dnp3.al.iin.cls2d", Boolean, "Class 2 Data Available")
            .base(Base::Bits(16))
            .mask(0x400)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_CLS3D: &F = field!(
        F::new("dnp3.al.iin.cls3d", Boolean, "Class 3 Data Available")
            .base(Base::Bits(16))
            .mask(0x800)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_TSR: &F = field!(
        F::new("dnp3.al.iin.tsr", Boolean, "Time Sync Required")
            .base(Base::Bits(16))
            .mask(0x1000)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_DOL: &F = field!(
        F::new("dnp3.al.iin.dol", Boolean, "Digital Outputs in Local")
            .base(Base::Bits(16))
            .mask(0x2000)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_DT: &F = field!(
        F::new("dnp3.al.iin.dt", Boolean, "Device Trouble")
            .base(Base::Bits(16))
            .mask(0x4000)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_RST: &F = field!(
        F::new("dnp3.al.iin.rst", Boolean, "Device Restart")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_FCNI: &F = field!(
        F::new("dnp3.al.iin.fcni", Boolean, "Function Code not implemented")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_OBJU: &F = field!(
        F::new("dnp3.al.iin.obju", Boolean, "Requested Objects Unknown")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_PIOOR: &F = field!(
        F::new(
            "dnp3.al.iin.pioor",
            Boolean,
            "Parameters Invalid or Out of Range"
        )
        .base(Base::Bits(16))
        .mask(0x4)
        .tfs("Set", "Not set")
    );
    pub static AL_IIN_EBO: &F = field!(
        F::new("dnp3.al.iin.ebo", Boolean, "Event Buffer Overflow")
            .base(Base::Bits(16))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_OAE: &F = field!(
        F::new("dnp3.al.iin.oae", Boolean, "Operation Already Executing")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_IIN_CC: &F = field!(
        F::new("dnp3.al.iin.cc", Boolean, "Configuration Corrupt")
            .base(Base::Bits(16))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_OBJ: &F = field!(
        F::new("dnp3.al.obj", Uint16, "Object")
            .base(Base::Hex)
            .vals(AL_OBJ_VALS)
            .blurb("Application Layer Object")
    );
    pub static AL_OBJQ_PREFIX: &F = field!(
        F::new("dnp3.al.objq.prefix", Uint8, "Prefix Code")
            .mask(0x70)
            .vals(AL_OBJQ_PREFIX_VALS)
            .blurb("Object Prefix Code")
    );
    pub static AL_OBJQ_RANGE: &F = field!(
        F::new("dnp3.al.objq.range", Uint8, "Range Code")
            .mask(0xf)
            .vals(AL_OBJQ_RANGE_VALS)
            .blurb("Object Range Specifier Code")
    );
    pub static AL_RANGE_START: &F = field!(
        F::new("dnp3.al.range.start", Uint8, "Start (8 bit)")
            .blurb("Object Start Index")
            .wider_values()
    );
    pub static AL_RANGE_STOP: &F = field!(
        F::new("dnp3.al.range.stop", Uint8, "Stop (8 bit)")
            .blurb("Object Stop Index")
            .wider_values()
    );
    pub static AL_RANGE_ABS: &F = field!(
        F::new("dnp3.al.range.abs", Uint8, "Address (8 bit)")
            .blurb("Object Absolute Address")
            .wider_values()
    );
    pub static AL_RANGE_QUANTITY: &F = field!(
        F::new("dnp3.al.range.quantity", Uint8, "Quantity (8 bit)")
            .blurb("Object Quantity")
            .wider_values()
    );
    pub static AL_INDEX: &F = field!(
        F::new("dnp3.al.index", Uint8, "Index (8 bit)")
            .blurb("Object Index")
            .wider_values()
    );
    pub static AL_SIZE: &F = field!(
        F::new("dnp3.al.size", Uint8, "Size (8 bit)")
            .blurb("Object Size")
            .wider_values()
    );
    pub static AL_BOCS: &F = field!(
        F::new("dnp3.al.bocs", Boolean, "Commanded State")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("On", "Off")
            .blurb("Binary Output Commanded state")
    );
    pub static AL_BIT: &F = field!(
        F::new("dnp3.al.bit", Boolean, "Value (bit)")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("On", "Off")
            .blurb("Digital Value (1 bit)")
    );
    pub static AL_2BIT: &F =
        field!(F::new("dnp3.al.2bit", Uint8, "Value (two bit)").blurb("Digital Value (2 bit)"));
    pub static AL_ANA_INT: &F = field!(
        F::new("dnp3.al.ana.int", Int16, "Value (16 bit)")
            .blurb("Analog Value (16 bit)")
            .wider_values()
    );
    pub static AL_ANA_FLOAT: &F =
        field!(F::new("dnp3.al.ana.float", Float, "Value (float)").blurb("Analog Value (float)"));
    pub static AL_ANA_DOUBLE: &F = field!(
        F::new("dnp3.al.ana.double", Double, "Value (double)").blurb("Analog Value (double)")
    );
    pub static AL_ANAOUT_INT: &F =
        field!(F::new("dnp3.al.anaout.int", Int16, "Output Value (16 bit)").wider_values());
    pub static AL_ANAOUT_FLOAT: &F = field!(F::new(
        "dnp3.al.anaout.float",
        Float,
        "Output Value (float)"
    ));
    pub static AL_ANAOUT_DOUBLE: &F = field!(
        F::new("dnp3.al.anaout.double", Double, "Output (double)").blurb("Output Value (double)")
    );
    pub static AL_CNT: &F = field!(
        F::new("dnp3.al.cnt", Uint16, "Counter (16 bit)")
            .blurb("Counter Value (16 bit)")
            .wider_values()
    );
    pub static AL_CTRLSTATUS: &F = field!(
        F::new("dnp3.al.ctrlstatus", Uint8, "Control Status")
            .mask(0x7f)
            .vals(AL_CTRLSTATUS_VALS)
    );
    pub static AL_FILE_MODE: &F =
        field!(F::new("dnp3.al.file.mode", Uint16, "File Control Mode").vals(AL_FILE_MODE_VALS));
    pub static AL_FILE_AUTH: &F =
        field!(F::new("dnp3.al.file.auth", Uint32, "File Authentication Key").base(Base::Hex));
    pub static AL_FILE_SIZE: &F =
        field!(F::new("dnp3.al.file.size", Uint32, "File Size").base(Base::Hex));
    pub static AL_FILE_MAXBLOCK: &F = field!(F::new(
        "dnp3.al.file.maxblock",
        Uint16,
        "File Max Block Size"
    ));
    pub static AL_FILE_REQID: &F = field!(F::new(
        "dnp3.al.file.reqID",
        Uint16,
        "File Request Identifier"
    ));
    pub static AL_FILE_STATUS: &F = field!(
        F::new("dnp3.al.file.status", Uint8, "File Control Status").vals(AL_FILE_STATUS_VALS)
    );
    pub static AL_FILE_HANDLE: &F =
        field!(F::new("dnp3.al.file.handle", Uint32, "File Handle").base(Base::Hex));
    pub static AL_FILE_BLOCKNUM: &F = field!(
        F::new("dnp3.al.file.blocknum", Uint32, "File Block Number")
            .base(Base::Hex)
            .mask(0x7fffffff)
    );
    pub static AL_FILE_LASTBLOCK: &F = field!(
        F::new("dnp3.al.file.lastblock", Boolean, "File Last Block")
            .base(Base::Bits(32))
            .mask(0x80000000)
            .tfs("Set", "Not set")
    );
    pub static AL_FILE_DATA: &F = field!(F::new("dnp3.al.file.data", Bytes, "File Data"));
    pub static AL_BIQ_B0: &F = field!(
        F::new("dnp3.al.biq.b0", Boolean, "Online")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B1: &F = field!(
        F::new("dnp3.al.biq.b1", Boolean, "Restart")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B2: &F = field!(
        F::new("dnp3.al.biq.b2", Boolean, "Comm Fail")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B3: &F = field!(
        F::new("dnp3.al.biq.b3", Boolean, "Remote Force")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B4: &F = field!(
        F::new("dnp3.al.biq.b4", Boolean, "Local Force")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B5: &F = field!(
        F::new("dnp3.al.biq.b5", Boolean, "Chatter Filter")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B6: &F = field!(
        F::new("dnp3.al.biq.b6", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static AL_BIQ_B7: &F = field!(
        F::new("dnp3.al.biq.b7", Boolean, "Point Value")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B0: &F = field!(
        F::new("dnp3.al.boq.b0", Boolean, "Online")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B1: &F = field!(
        F::new("dnp3.al.boq.b1", Boolean, "Restart")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B2: &F = field!(
        F::new("dnp3.al.boq.b2", Boolean, "Comm Fail")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B3: &F = field!(
        F::new("dnp3.al.boq.b3", Boolean, "Remote Force")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B4: &F = field!(
        F::new("dnp3.al.boq.b4", Boolean, "Local Force")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B5: &F = field!(
        F::new("dnp3.al.boq.b5", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B6: &F = field!(
        F::new("dnp3.al.boq.b6", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static AL_BOQ_B7: &F = field!(
        F::new("dnp3.al.boq.b7", Boolean, "Point Value")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B0: &F = field!(
        F::new("dnp3.al.ctrq.b0", Boolean, "Online")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B1: &F = field!(
        F::new("dnp3.al.ctrq.b1", Boolean, "Restart")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B2: &F = field!(
        F::new("dnp3.al.ctrq.b2", Boolean, "Comm Fail")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B3: &F = field!(
        F::new("dnp3.al.ctrq.b3", Boolean, "Remote Force")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B4: &F = field!(
        F::new("dnp3.al.ctrq.b4", Boolean, "Local Force")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B5: &F = field!(
        F::new("dnp3.al.ctrq.b5", Boolean, "Roll-Over")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B6: &F = field!(
        F::new("dnp3.al.ctrq.b6", Boolean, "Discontinuity")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static AL_CTRQ_B7: &F = field!(
        F::new("dnp3.al.ctrq.b7", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B0: &F = field!(
        F::new("dnp3.al.aiq.b0", Boolean, "Online")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B1: &F = field!(
        F::new("dnp3.al.aiq.b1", Boolean, "Restart")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B2: &F = field!(
        F::new("dnp3.al.aiq.b2", Boolean, "Comm Fail")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B3: &F = field!(
        F::new("dnp3.al.aiq.b3", Boolean, "Remote Force")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B4: &F = field!(
        F::new("dnp3.al.aiq.b4", Boolean, "Local Force")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B5: &F = field!(
        F::new("dnp3.al.aiq.b5", Boolean, "Over-Range")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B6: &F = field!(
        F::new("dnp3.al.aiq.b6", Boolean, "Reference Check")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static AL_AIQ_B7: &F = field!(
        F::new("dnp3.al.aiq.b7", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B0: &F = field!(
        F::new("dnp3.al.aoq.b0", Boolean, "Online")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B1: &F = field!(
        F::new("dnp3.al.aoq.b1", Boolean, "Restart")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B2: &F = field!(
        F::new("dnp3.al.aoq.b2", Boolean, "Comm Fail")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B3: &F = field!(
        F::new("dnp3.al.aoq.b3", Boolean, "Remote Force")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B4: &F = field!(
        F::new("dnp3.al.aoq.b4", Boolean, "Local Force")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B5: &F = field!(
        F::new("dnp3.al.aoq.b5", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B6: &F = field!(
        F::new("dnp3.al.aoq.b6", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static AL_AOQ_B7: &F = field!(
        F::new("dnp3.al.aoq.b7", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static AL_TIMESTAMP: &F =
        field!(F::new("dnp3.al.timestamp", AbsoluteTime, "Timestamp").blurb("Object Timestamp"));
    pub static AL_FILE_PERMS: &F =
        field!(F::new("dnp3.al.file.perms", Uint16, "Permissions").base(Base::Oct));
    pub static AL_FILE_PERMS_READ_OWNER: &F = field!(
        F::new(
            "dnp3.al.file.perms.read_owner",
            Boolean,
            "Read permission for owner"
        )
        .base(Base::Bits(16))
        .mask(0x100)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_WRITE_OWNER: &F = field!(
        F::new(
            "dnp3.al.file.perms.write_owner",
            Boolean,
            "Write permission for owner"
        )
        .base(Base::Bits(16))
        .mask(0x80)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_EXEC_OWNER: &F = field!(
        F::new(
            "dnp3.al.file.perms.exec_owner",
            Boolean,
            "Execute permission for owner"
        )
        .base(Base::Bits(16))
        .mask(0x40)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_READ_GROUP: &F = field!(
        F::new(
            "dnp3.al.file.perms.read_group",
            Boolean,
            "Read permission for group"
        )
        .base(Base::Bits(16))
        .mask(0x20)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_WRITE_GROUP: &F = field!(
        F::new(
            "dnp3.al.file.perms.write_group",
            Boolean,
            "Write permission for group"
        )
        .base(Base::Bits(16))
        .mask(0x10)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_EXEC_GROUP: &F = field!(
        F::new(
            "dnp3.al.file.perms.exec_group",
            Boolean,
            "Execute permission for group"
        )
        .base(Base::Bits(16))
        .mask(0x8)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_READ_WORLD: &F = field!(
        F::new(
            "dnp3.al.file.perms.read_world",
            Boolean,
            "Read permission for world"
        )
        .base(Base::Bits(16))
        .mask(0x4)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_WRITE_WORLD: &F = field!(
        F::new(
            "dnp3.al.file.perms.write_world",
            Boolean,
            "Write permission for world"
        )
        .base(Base::Bits(16))
        .mask(0x2)
        .tfs("Yes", "No")
    );
    pub static AL_FILE_PERMS_EXEC_WORLD: &F = field!(
        F::new(
            "dnp3.al.file.perms.exec_world",
            Boolean,
            "Execute permission for world"
        )
        .base(Base::Bits(16))
        .mask(0x1)
        .tfs("Yes", "No")
    );
    pub static AL_RELTIMESTAMP: &F = field!(
        F::new("dnp3.al.reltimestamp", RelativeTime, "Relative Timestamp")
            .blurb("Object Relative Timestamp")
    );
    pub static AL_DATATYPE: &F = field!(
        F::new("dnp3.al.datatype", Uint8, "Data Type")
            .base(Base::Hex)
            .vals(AL_DATATYPE_VALS)
    );
    pub static AL_DA_LENGTH: &F = field!(F::new(
        "dnp3.al.da.length",
        Uint8,
        "Device Attribute Length"
    ));
    pub static AL_DA_UINT8: &F = field!(F::new(
        "dnp3.al.da.uint8",
        Uint8,
        "Device Attribute 8-Bit Unsigned Integer Value"
    ));
    pub static AL_DA_UINT16: &F = field!(F::new(
        "dnp3.al.da.uint16",
        Uint16,
        "Device Attribute 16-Bit Unsigned Integer Value"
    ));
    pub static AL_DA_UINT32: &F = field!(F::new(
        "dnp3.al.da.uint32",
        Uint32,
        "Device Attribute 32-Bit Unsigned Integer Value"
    ));
    pub static AL_DA_INT8: &F = field!(F::new(
        "dnp3.al.da.int8",
        Int8,
        "Device Attribute 8-Bit Integer Value"
    ));
    pub static AL_DA_INT16: &F = field!(F::new(
        "dnp3.al.da.int16",
        Int16,
        "Device Attribute 16-Bit Integer Value"
    ));
    pub static AL_DA_INT32: &F = field!(F::new(
        "dnp3.al.da.int32",
        Int32,
        "Device Attribute 32-Bit Integer Value"
    ));
    pub static AL_DA_FLOAT: &F = field!(F::new(
        "dnp3.al.da.float",
        Float,
        "Device Attribute Float Value"
    ));
    pub static AL_DA_DOUBLE: &F = field!(F::new(
        "dnp3.al.da.double",
        Double,
        "Device Attribute Double Value"
    ));
    pub static AL_FRAG_DATA: &F = field!(
        F::new("dnp3.al.frag_data", Bytes, "DNP3.0 AL Fragment Data")
            .blurb("DNP 3.0 Application Layer Fragment Data")
    );
    pub static AL_FRAGMENT: &F = field!(
        F::new("dnp3.al.fragment", FrameNum, "DNP 3.0 AL Fragment")
            .blurb("DNP 3.0 Application Layer Fragment")
    );
    pub static AL_FRAGMENTS: &F = field!(
        F::new("dnp3.al.fragments", None, "DNP 3.0 AL Fragments")
            .blurb("DNP 3.0 Application Layer Fragments")
    );
    pub static AL_FRAGMENT_OVERLAP: &F = field!(
        F::new("dnp3.al.fragment.overlap", Boolean, "Fragment overlap")
            .blurb("Fragment overlaps with other fragments")
    );
    pub static AL_FRAGMENT_OVERLAP_CONFLICT: &F = field!(
        F::new(
            "dnp3.al.fragment.overlap.conflict",
            Boolean,
            "Conflicting data in fragment overlap"
        )
        .blurb("Overlapping fragments contained conflicting data")
    );
    pub static AL_FRAGMENT_MULTIPLETAILS: &F = field!(
        F::new(
            "dnp3.al.fragment.multipletails",
            Boolean,
            "Multiple tail fragments found"
        )
        .blurb("Several tails were found when defragmenting the packet")
    );
    pub static AL_FRAGMENT_TOOLONGFRAGMENT: &F = field!(
        F::new(
            "dnp3.al.fragment.toolongfragment",
            Boolean,
            "Fragment too long"
        )
        .blurb("Fragment contained data past end of packet")
    );
    pub static AL_FRAGMENT_ERROR: &F = field!(
        F::new("dnp3.al.fragment.error", FrameNum, "Defragmentation error")
            .blurb("Defragmentation error due to illegal fragments")
    );
    pub static AL_FRAGMENT_COUNT: &F =
        field!(F::new("dnp3.al.fragment.count", Uint32, "Fragment count"));
    pub static AL_FRAGMENT_REASSEMBLED_IN: &F = field!(
        F::new(
            "dnp3.al.fragment.reassembled_in",
            FrameNum,
            "Reassembled PDU In Frame"
        )
        .blurb("This PDU is reassembled in this frame")
    );
    pub static AL_FRAGMENT_REASSEMBLED_LENGTH: &F = field!(
        F::new(
            "dnp3.al.fragment.reassembled.length",
            Uint32,
            "Reassembled DNP length"
        )
        .blurb("The total length of the reassembled payload")
    );
    pub static AL_POINT_INDEX: &F = field!(F::new("dnp3.al.point_index", Uint32, "Point Index"));
    pub static AL_DA_VALUE: &F = field!(F::new("dnp3.al.da.value", String, "Value"));
    pub static AL_COUNT: &F = field!(F::new("dnp3.al.count", Uint8, "Count"));
    pub static AL_ON_TIME: &F = field!(F::new("dnp3.al.on_time", Uint32, "On Time"));
    pub static AL_OFF_TIME: &F = field!(F::new("dnp3.al.off_time", Uint32, "Off Time"));
    pub static AL_TIME_DELAY: &F = field!(F::new("dnp3.al.time_delay", Uint16, "Time Delay"));
    pub static AL_FILE_STRING_OFFSET: &F = field!(F::new(
        "dnp3.al.file_string_offset",
        Uint16,
        "File String Offset"
    ));
    pub static AL_FILE_STRING_LENGTH: &F = field!(F::new(
        "dnp3.al.file_string_length",
        Uint16,
        "File String Length"
    ));
    pub static AL_FILE_NAME: &F = field!(F::new("dnp3.al.file_name", String, "File Name"));
    pub static AL_OCTET_STRING: &F = field!(F::new("dnp3.al.octet_string", Bytes, "Octet String"));
    pub static AL_UNKNOWN_DATA_CHUNK: &F = field!(F::new(
        "dnp3.al.unknown_data_chunk",
        Bytes,
        "Unknown Data Chunk"
    ));
    pub static NUM_ITEMS_NEG: &F = field!(F::new(
        "dnp3.num_items_neg",
        None,
        "Negative number of items"
    ));
    pub static INVALID_LENGTH: &F = field!(F::new("dnp3.invalid_length", None, "Invalid length"));
    pub static IIN_ABNORMAL: &F = field!(F::new("dnp3.iin_abnormal", None, "IIN Abnormality"));
    pub static HDR_CRC_INCORRECT: &F = field!(F::new(
        "dnp3.hdr.CRC.incorrect",
        None,
        "Data Link Header Checksum incorrect"
    ));
    pub static DATA_CHUNK_CRC_INCORRECT: &F = field!(F::new(
        "dnp3.data_chunk.CRC.incorrect",
        None,
        "Data Chunk Checksum incorrect"
    ));
    pub static UNKNOWN_OBJECT: &F = field!(F::new(
        "dnp3.unknown_object",
        None,
        "Unknown Object\\Variation"
    ));
    pub static UNKNOWN_GROUP0_VARIATION: &F = field!(F::new(
        "dnp3.unknown_group0_variation",
        None,
        "Unknown Group 0 Variation"
    ));
    pub static NUM_ITEMS_INVALID: &F = field!(F::new(
        "dnp3.num_items_invalid",
        None,
        "Number of items is invalid for normally empty object.  Potentially malicious packet"
    ));

    /// osidump's own: the first PDU of a call of tshark's dissector
    /// (listed in `frame.protocols`).
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.dnp3.call", None, "Call")
            .blurb("The first PDU of one call of tshark's DNP 3.0 dissector")
    );
    /// osidump's own: the Info text the link layer writes.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.dnp3.info", String, "Info")
            .blurb("The Info column text this PDU's link layer writes")
    );
    /// osidump's own: the Info text the application layer writes after
    /// clearing the column (its function, fenced, then its objects).
    pub static OSIDUMP_AL_INFO: &F = field!(
        F::new("osidump.dnp3.al_info", String, "Application layer Info")
            .blurb("The function name the application layer writes, fenced")
    );
    /// osidump's own: what the application layer appends after its fence.
    pub static OSIDUMP_AL_MORE: &F = field!(
        F::new(
            "osidump.dnp3.al_more",
            String,
            "Application layer Info objects"
        )
        .blurb("What the application layer appends after its fence")
    );

    pub static ALL: &[&F] = &[
        START,
        LEN,
        CTL,
        CTL_PRIFUNC,
        CTL_SECFUNC,
        CTL_OP,
        CTL_CLR,
        CTL_TRIP,
        CTL_DIR,
        CTL_PRM,
        CTL_FCB,
        CTL_FCV,
        CTL_DFC,
        DST,
        SRC,
        ADDR,
        HDR_CRC,
        DNP_HDR_CRC_STATUS,
        TR_CTL,
        TR_FIN,
        TR_FIR,
        TR_SEQ,
        DNP_DATA_CHUNK,
        DNP_DATA_CHUNK_LEN,
        DNP_DATA_CHUNK_CRC,
        DNP_DATA_CHUNK_CRC_STATUS,
        AL_CTL,
        AL_FIR,
        AL_FIN,
        AL_CON,
        AL_UNS,
        AL_SEQ,
        AL_FUNC,
        AL_IIN,
        AL_IIN_BMSG,
        AL_IIN_CLS1D,
        AL_IIN_CLS2D,
        AL_IIN_CLS3D,
        AL_IIN_TSR,
        AL_IIN_DOL,
        AL_IIN_DT,
        AL_IIN_RST,
        AL_IIN_FCNI,
        AL_IIN_OBJU,
        AL_IIN_PIOOR,
        AL_IIN_EBO,
        AL_IIN_OAE,
        AL_IIN_CC,
        AL_OBJ,
        AL_OBJQ_PREFIX,
        AL_OBJQ_RANGE,
        AL_RANGE_START,
        AL_RANGE_STOP,
        AL_RANGE_ABS,
        AL_RANGE_QUANTITY,
        AL_INDEX,
        AL_SIZE,
        AL_BOCS,
        AL_BIT,
        AL_2BIT,
        AL_ANA_INT,
        AL_ANA_FLOAT,
        AL_ANA_DOUBLE,
        AL_ANAOUT_INT,
        AL_ANAOUT_FLOAT,
        AL_ANAOUT_DOUBLE,
        AL_CNT,
        AL_CTRLSTATUS,
        AL_FILE_MODE,
        AL_FILE_AUTH,
        AL_FILE_SIZE,
        AL_FILE_MAXBLOCK,
        AL_FILE_REQID,
        AL_FILE_STATUS,
        AL_FILE_HANDLE,
        AL_FILE_BLOCKNUM,
        AL_FILE_LASTBLOCK,
        AL_FILE_DATA,
        AL_BIQ_B0,
        AL_BIQ_B1,
        AL_BIQ_B2,
        AL_BIQ_B3,
        AL_BIQ_B4,
        AL_BIQ_B5,
        AL_BIQ_B6,
        AL_BIQ_B7,
        AL_BOQ_B0,
        AL_BOQ_B1,
        AL_BOQ_B2,
        AL_BOQ_B3,
        AL_BOQ_B4,
        AL_BOQ_B5,
        AL_BOQ_B6,
        AL_BOQ_B7,
        AL_CTRQ_B0,
        AL_CTRQ_B1,
        AL_CTRQ_B2,
        AL_CTRQ_B3,
        AL_CTRQ_B4,
        AL_CTRQ_B5,
        AL_CTRQ_B6,
        AL_CTRQ_B7,
        AL_AIQ_B0,
        AL_AIQ_B1,
        AL_AIQ_B2,
        AL_AIQ_B3,
        AL_AIQ_B4,
        AL_AIQ_B5,
        AL_AIQ_B6,
        AL_AIQ_B7,
        AL_AOQ_B0,
        AL_AOQ_B1,
        AL_AOQ_B2,
        AL_AOQ_B3,
        AL_AOQ_B4,
        AL_AOQ_B5,
        AL_AOQ_B6,
        AL_AOQ_B7,
        AL_TIMESTAMP,
        AL_FILE_PERMS,
        AL_FILE_PERMS_READ_OWNER,
        AL_FILE_PERMS_WRITE_OWNER,
        AL_FILE_PERMS_EXEC_OWNER,
        AL_FILE_PERMS_READ_GROUP,
        AL_FILE_PERMS_WRITE_GROUP,
        AL_FILE_PERMS_EXEC_GROUP,
        AL_FILE_PERMS_READ_WORLD,
        AL_FILE_PERMS_WRITE_WORLD,
        AL_FILE_PERMS_EXEC_WORLD,
        AL_RELTIMESTAMP,
        AL_DATATYPE,
        AL_DA_LENGTH,
        AL_DA_UINT8,
        AL_DA_UINT16,
        AL_DA_UINT32,
        AL_DA_INT8,
        AL_DA_INT16,
        AL_DA_INT32,
        AL_DA_FLOAT,
        AL_DA_DOUBLE,
        AL_FRAG_DATA,
        AL_FRAGMENT,
        AL_FRAGMENTS,
        AL_FRAGMENT_OVERLAP,
        AL_FRAGMENT_OVERLAP_CONFLICT,
        AL_FRAGMENT_MULTIPLETAILS,
        AL_FRAGMENT_TOOLONGFRAGMENT,
        AL_FRAGMENT_ERROR,
        AL_FRAGMENT_COUNT,
        AL_FRAGMENT_REASSEMBLED_IN,
        AL_FRAGMENT_REASSEMBLED_LENGTH,
        AL_POINT_INDEX,
        AL_DA_VALUE,
        AL_COUNT,
        AL_ON_TIME,
        AL_OFF_TIME,
        AL_TIME_DELAY,
        AL_FILE_STRING_OFFSET,
        AL_FILE_STRING_LENGTH,
        AL_FILE_NAME,
        AL_OCTET_STRING,
        AL_UNKNOWN_DATA_CHUNK,
        NUM_ITEMS_NEG,
        INVALID_LENGTH,
        IIN_ABNORMAL,
        HDR_CRC_INCORRECT,
        DATA_CHUNK_CRC_INCORRECT,
        UNKNOWN_OBJECT,
        UNKNOWN_GROUP0_VARIATION,
        NUM_ITEMS_INVALID,
        OSIDUMP_CALL,
        OSIDUMP_INFO,
        OSIDUMP_AL_INFO,
        OSIDUMP_AL_MORE,
    ];

    const CTL_PRIFUNC_VALS: &[(u64, &str)] = &[
        (0, "Reset of Remote Link"),
        (1, "Reset of User Process"),
        (2, "Test Function For Link"),
        (3, "User Data"),
        (4, "Unconfirmed User Data"),
        (9, "Request Link Status"),
    ];

    const CTL_SECFUNC_VALS: &[(u64, &str)] = &[
        (0, "ACK"),
        (1, "NACK"),
        (11, "Status of Link"),
        (14, "Link Service Not Functioning"),
        (15, "Link Service Not Used or Implemented"),
    ];

    const CTL_OP_VALS: &[(u64, &str)] = &[
        (0, "NUL Operation"),
        (1, "Pulse On"),
        (2, "Pulse Off"),
        (3, "Latch On"),
        (4, "Latch Off"),
    ];

    const CTL_CLR_VALS: &[(u64, &str)] = &[
        (0, "Not Set"),
        (1, "Queue"),
        (2, "Clear"),
        (3, "Queue and Clear"),
    ];

    const CTL_TRIP_VALS: &[(u64, &str)] = &[(0, "NUL"), (1, "Close"), (2, "Trip"), (3, "Reserved")];

    const DNP_HDR_CRC_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];

    const AL_FUNC_VALS: &[(u64, &str)] = &[
        (0, "Confirm"),
        (1, "Read"),
        (2, "Write"),
        (3, "Select"),
        (4, "Operate"),
        (5, "Direct Operate"),
        (6, "Direct Operate No Ack"),
        (7, "Immediate Freeze"),
        (8, "Immediate Freeze No Ack"),
        (9, "Freeze and Clear"),
        (10, "Freeze and Clear No ACK"),
        (11, "Freeze With Time"),
        (12, "Freeze With Time No ACK"),
        (13, "Cold Restart"),
        (14, "Warm Restart"),
        (15, "Initialize Data"),
        (16, "Initialize Application"),
        (17, "Start Application"),
        (18, "Stop Application"),
        (19, "Save Configuration"),
        (20, "Enable Spontaneous Messages"),
        (21, "Disable Spontaneous Messages"),
        (22, "Assign Classes"),
        (23, "Delay Measurement"),
        (24, "Record Current Time"),
        (25, "Open File"),
        (26, "Close File"),
        (27, "Delete File"),
        (28, "Get File Info"),
        (29, "Authenticate File"),
        (30, "Abort File"),
        (31, "Activate Config"),
        (32, "Authentication Request"),
        (33, "Authentication Error"),
        (129, "Response"),
        (130, "Unsolicited Response"),
        (131, "Authentication Response"),
    ];

    const AL_OBJ_VALS: &[(u64, &str)] = &[
        (
            0xc4,
            "Device Attributes - Configuration ID (Obj:00, Var:196)",
        ),
        (
            0xc5,
            "Device Attributes - Configuration version (Obj:00, Var:197)",
        ),
        (
            0xc6,
            "Device Attributes - Configuration build date (Obj:00, Var:198)",
        ),
        (
            0xc7,
            "Device Attributes - Configuration last change date (Obj:00, Var:199)",
        ),
        (
            0xc8,
            "Device Attributes - Configuration signature (Obj:00, Var:200)",
        ),
        (
            0xc9,
            "Device Attributes - Configuration signature algorithm (Obj:00, Var:201)",
        ),
        (
            0xca,
            "Device Attributes - Master Resource ID (mRID) (Obj:00, Var:202)",
        ),
        (
            0xcb,
            "Device Attributes - Device altitude (Obj:00, Var:203)",
        ),
        (
            0xcc,
            "Device Attributes - Device longitude (Obj:00, Var:204)",
        ),
        (
            0xcd,
            "Device Attributes - Device latitude (Obj:00, Var:205)",
        ),
        (
            0xce,
            "Device Attributes - User-assigned secondary operator name (Obj:00, Var:206)",
        ),
        (
            0xcf,
            "Device Attributes - User-assigned primary operator name (Obj:00, Var:207)",
        ),
        (
            0xd0,
            "Device Attributes - User-assigned system name (Obj:00, Var:208)",
        ),
        (
            0xd1,
            "Device Attributes - Secure authentication version (Obj:00, Var:209)",
        ),
        (
            0xd2,
            "Device Attributes - Number of security statistics per association (Obj:00, Var:210)",
        ),
        (
            0xd3,
            "Device Attributes - Identifier of support for user-specific attributes (Obj:00, Var:211)",
        ),
        (
            0xd4,
            "Device Attributes - Number of master-defined data set prototypes (Obj:00, Var:212)",
        ),
        (
            0xd5,
            "Device Attributes - Number of outstation-defined data set prototypes (Obj:00, Var:213)",
        ),
        (
            0xd6,
            "Device Attributes - Number of master-defined data sets (Obj:00, Var:214)",
        ),
        (
            0xd7,
            "Device Attributes - Number of outstation-defined data sets (Obj:00, Var:215)",
        ),
        (
            0xd8,
            "Device Attributes - Max number of binary outputs per request (Obj:00, Var:216)",
        ),
        (
            0xd9,
            "Device Attributes - Local timing accuracy (Obj:00, Var:217)",
        ),
        (
            0xda,
            "Device Attributes - Duration of timing accuracy (Obj:00, Var:218)",
        ),
        (
            0xdb,
            "Device Attributes - Support for analog output events (Obj:00, Var:219)",
        ),
        (
            0xdc,
            "Device Attributes - Max analog output index (Obj:00, Var:220)",
        ),
        (
            0xdd,
            "Device Attributes - Number of analog outputs (Obj:00, Var:221)",
        ),
        (
            0xde,
            "Device Attributes - Support for binary output events (Obj:00, Var:222)",
        ),
        (
            0xdf,
            "Device Attributes - Max binary output index (Obj:00, Var:223)",
        ),
        (
            0xe0,
            "Device Attributes - Number of binary outputs (Obj:00, Var:224)",
        ),
        (
            0xe1,
            "Device Attributes - Support for frozen counter events (Obj:00, Var:225)",
        ),
        (
            0xe2,
            "Device Attributes - Support for frozen counters (Obj:00, Var:226)",
        ),
        (
            0xe3,
            "Device Attributes - Support for counter events (Obj:00, Var:227)",
        ),
        (
            0xe4,
            "Device Attributes - Max counter index (Obj:00, Var:228)",
        ),
        (
            0xe5,
            "Device Attributes - Number of counter points (Obj:00, Var:229)",
        ),
        (
            0xe6,
            "Device Attributes - Support for frozen analog inputs (Obj:00, Var:230)",
        ),
        (
            0xe7,
            "Device Attributes - Support for analog input events (Obj:00, Var:231)",
        ),
        (
            0xe8,
            "Device Attributes - Maximum analog input index (Obj:00, Var:232)",
        ),
        (
            0xe9,
            "Device Attributes - Number of analog input points (Obj:00, Var:233)",
        ),
        (
            0xea,
            "Device Attributes - Support for Double-Bit BI Events (Obj:00, Var:234)",
        ),
        (
            0xeb,
            "Device Attributes - Max Double-bit BI Point Index (Obj:00, Var:235)",
        ),
        (
            0xec,
            "Device Attributes - Number of Double-bit BI Points (Obj:00, Var:236)",
        ),
        (
            0xed,
            "Device Attributes - Support for Binary Input Events (Obj:00, Var:237)",
        ),
        (
            0xee,
            "Device Attributes - Max Binary Input Point Index (Obj:00, Var:238)",
        ),
        (
            0xef,
            "Device Attributes - Number of Binary Input Points (Obj:00, Var:239)",
        ),
        (
            0xf0,
            "Device Attributes - Maximum Transmit Fragment Size (Obj:00, Var:240)",
        ),
        (
            0xf1,
            "Device Attributes - Maximum Receive Fragment Size (Obj:00, Var:241)",
        ),
        (
            0xf2,
            "Device Attributes - Device Manufacturers SW Version (Obj:00, Var:242)",
        ),
        (
            0xf3,
            "Device Attributes - Device Manufacturers HW Version (Obj:00, Var:243)",
        ),
        (
            0xf5,
            "Device Attributes - User-Assigned Location (Obj:00, Var:245)",
        ),
        (
            0xf6,
            "Device Attributes - User-Assigned ID code/number (Obj:00, Var:246)",
        ),
        (
            0xf7,
            "Device Attributes - User-Assigned Device Name (Obj:00, Var:247)",
        ),
        (
            0xf8,
            "Device Attributes - Device Serial Number (Obj:00, Var:248)",
        ),
        (
            0xf9,
            "Device Attributes - DNP Subset and Conformance (Obj:00, Var:249)",
        ),
        (
            0xfa,
            "Device Attributes - Device Product Name and Model (Obj:00, Var:250)",
        ),
        (
            0xfc,
            "Device Attributes - Device Manufacturers Name (Obj:00, Var:252)",
        ),
        (
            0xfe,
            "Device Attributes - Non-specific All-attributes Request (Obj:00, Var:254)",
        ),
        (
            0xff,
            "Device Attributes - List of Attribute Variations (Obj:00, Var:255)",
        ),
        (
            0x100,
            "Binary Input Default Variation (Obj:01, Var:Default)",
        ),
        (0x101, "Single-Bit Binary Input (Obj:01, Var:01)"),
        (0x102, "Binary Input With Status (Obj:01, Var:02)"),
        (
            0x200,
            "Binary Input Change Default Variation (Obj:02, Var:Default)",
        ),
        (0x201, "Binary Input Change Without Time (Obj:02, Var:01)"),
        (0x202, "Binary Input Change With Time (Obj:02, Var:02)"),
        (
            0x203,
            "Binary Input Change With Relative Time (Obj:02, Var:03)",
        ),
        (
            0x300,
            "Double-bit Input Default Variation (Obj:03, Var:Default)",
        ),
        (0x301, "Double-bit Input No Flags (Obj:03, Var:01)"),
        (0x302, "Double-bit Input With Status (Obj:03, Var:02)"),
        (
            0x400,
            "Double-bit Input Change Default Variation (Obj:04, Var:Default)",
        ),
        (
            0x401,
            "Double-bit Input Change Without Time (Obj:04, Var:01)",
        ),
        (0x402, "Double-bit Input Change With Time (Obj:04, Var:02)"),
        (
            0x403,
            "Double-bit Input Change With Relative Time (Obj:04, Var:03)",
        ),
        (
            0xa00,
            "Binary Output Default Variation (Obj:10, Var:Default)",
        ),
        (0xa01, "Binary Output (Obj:10, Var:01)"),
        (0xa02, "Binary Output Status (Obj:10, Var:02)"),
        (
            0xb00,
            "Binary Output Change Default Variation (Obj:11, Var:Default)",
        ),
        (0xb01, "Binary Output Change Without Time (Obj:11, Var:01)"),
        (0xb02, "Binary Output Change With Time (Obj:11, Var:02)"),
        (0xc01, "Control Relay Output Block (Obj:12, Var:01)"),
        (0xc02, "Pattern Control Block (Obj:12, Var:02)"),
        (0xc03, "Pattern Mask (Obj:12, Var:03)"),
        (0xd01, "Binary Command Event Without Time (Obj 13, Var:01)"),
        (0xd02, "Binary Command Event With Time (Obj 13, Var:02)"),
        (
            0x1400,
            "Binary Counter Default Variation (Obj:20, Var:Default)",
        ),
        (0x1401, "32-Bit Binary Counter (Obj:20, Var:01)"),
        (0x1402, "16-Bit Binary Counter (Obj:20, Var:02)"),
        (0x1403, "32-Bit Binary Delta Counter (Obj:20, Var:03)"),
        (0x1404, "16-Bit Binary Delta Counter (Obj:20, Var:04)"),
        (
            0x1405,
            "32-Bit Binary Counter Without Flag (Obj:20, Var:05)",
        ),
        (
            0x1406,
            "16-Bit Binary Counter Without Flag (Obj:20, Var:06)",
        ),
        (
            0x1407,
            "32-Bit Binary Delta Counter Without Flag (Obj:20, Var:07)",
        ),
        (
            0x1408,
            "16-Bit Binary Delta Counter Without Flag (Obj:20, Var:08)",
        ),
        (
            0x1500,
            "Frozen Binary Counter Default Variation (Obj:21, Var:Default)",
        ),
        (0x1501, "32-Bit Frozen Binary Counter (Obj:21, Var:01)"),
        (0x1502, "16-Bit Frozen Binary Counter (Obj:21, Var:02)"),
        (
            0x1503,
            "32-Bit Frozen Binary Delta Counter (Obj:21, Var:03)",
        ),
        (
            0x1504,
            "16-Bit Frozen Binary Delta Counter (Obj:21, Var:04)",
        ),
        (
            0x1505,
            "32-Bit Frozen Binary Counter With Flag and Time (Obj:21, Var:05)",
        ),
        (
            0x1506,
            "16-Bit Frozen Binary Counter With Flag and Time (Obj:21, Var:06)",
        ),
        (
            0x1507,
            "32-Bit Frozen Binary Delta Counter With Flag and Time (Obj:21, Var:07)",
        ),
        (
            0x1508,
            "16-Bit Frozen Binary Delta Counter With Flag and Time (Obj:21, Var:08)",
        ),
        (
            0x1509,
            "32-Bit Frozen Binary Counter Without Flag (Obj:21, Var:09)",
        ),
        (
            0x150a,
            "16-Bit Frozen Binary Counter Without Flag (Obj:21, Var:10)",
        ),
        (
            0x150b,
            "32-Bit Frozen Binary Delta Counter Without Flag (Obj:21, Var:11)",
        ),
        (
            0x150c,
            "16-Bit Frozen Binary Delta Counter Without Flag (Obj:21, Var:12)",
        ),
        (
            0x1600,
            "Binary Counter Change Default Variation (Obj:22, Var:Default)",
        ),
        (
            0x1601,
            "32-Bit Counter Change Event w/o Time (Obj:22, Var:01)",
        ),
        (
            0x1602,
            "16-Bit Counter Change Event w/o Time (Obj:22, Var:02)",
        ),
        (
            0x1603,
            "32-Bit Delta Counter Change Event w/o Time (Obj:22, Var:03)",
        ),
        (
            0x1604,
            "16-Bit Delta Counter Change Event w/o Time (Obj:22, Var:04)",
        ),
        (
            0x1605,
            "32-Bit Counter Change Event with Time (Obj:22, Var:05)",
        ),
        (
            0x1606,
            "16-Bit Counter Change Event with Time (Obj:22, Var:06)",
        ),
        (
            0x1607,
            "32-Bit Delta Counter Change Event with Time (Obj:22, Var:07)",
        ),
        (
            0x1608,
            "16-Bit Delta Counter Change Event with Time (Obj:22, Var:08)",
        ),
        (
            0x1700,
            "Frozen Binary Counter Change Default Variation (Obj:23, Var:Default)",
        ),
        (
            0x1701,
            "32-Bit Frozen Counter Change Event w/o Time (Obj:23, Var:01)",
        ),
        (
            0x1702,
            "16-Bit Frozen Counter Change Event w/o Time (Obj:23, Var:02)",
        ),
        (
            0x1703,
            "32-Bit Frozen Delta Counter Change Event w/o Time (Obj:23, Var:03)",
        ),
        (
            0x1704,
            "16-Bit Frozen Delta Counter Change Event w/o Time (Obj:23, Var:04)",
        ),
        (
            0x1705,
            "32-Bit Frozen Counter Change Event with Time (Obj:23, Var:05)",
        ),
        (
            0x1706,
            "16-Bit Frozen Counter Change Event with Time (Obj:23, Var:06)",
        ),
        (
            0x1707,
            "32-Bit Frozen Delta Counter Change Event with Time (Obj:23, Var:07)",
        ),
        (
            0x1708,
            "16-Bit Frozen Delta Counter Change Event with Time (Obj:23, Var:08)",
        ),
        (
            0x1e00,
            "Analog Input Default Variation (Obj:30, Var:Default)",
        ),
        (0x1e01, "32-Bit Analog Input (Obj:30, Var:01)"),
        (0x1e02, "16-Bit Analog Input (Obj:30, Var:02)"),
        (0x1e03, "32-Bit Analog Input Without Flag (Obj:30, Var:03)"),
        (0x1e04, "16-Bit Analog Input Without Flag (Obj:30, Var:04)"),
        (0x1e05, "32-Bit Floating Point Input (Obj:30, Var:05)"),
        (0x1e06, "64-Bit Floating Point Input (Obj:30, Var:06)"),
        (
            0x1f07,
            "32-Bit Frozen Floating Point Input (Obj:31, Var:07)",
        ),
        (
            0x1f08,
            "64-Bit Frozen Floating Point Input (Obj:31, Var:08)",
        ),
        (
            0x2000,
            "Analog Input Change Default Variation (Obj:32, Var:Default)",
        ),
        (
            0x2001,
            "32-Bit Analog Change Event w/o Time (Obj:32, Var:01)",
        ),
        (
            0x2002,
            "16-Bit Analog Change Event w/o Time (Obj:32, Var:02)",
        ),
        (
            0x2003,
            "32-Bit Analog Change Event with Time (Obj:32, Var:03)",
        ),
        (
            0x2004,
            "16-Bit Analog Change Event with Time (Obj:32, Var:04)",
        ),
        (
            0x2005,
            "32-Bit Floating Point Change Event w/o Time (Obj:32, Var:05)",
        ),
        (
            0x2006,
            "64-Bit Floating Point Change Event w/o Time (Obj:32, Var:06)",
        ),
        (
            0x2007,
            "32-Bit Floating Point Change Event w/ Time (Obj:32, Var:07)",
        ),
        (
            0x2008,
            "64-Bit Floating Point Change Event w/ Time (Obj:32, Var:08)",
        ),
        (
            0x2105,
            "32-Bit Floating Point Frozen Change Event w/o Time (Obj:33, Var:05)",
        ),
        (
            0x2106,
            "64-Bit Floating Point Frozen Change Event w/o Time (Obj:33, Var:06)",
        ),
        (
            0x2107,
            "32-Bit Floating Point Frozen Change Event w/ Time (Obj:33, Var:07)",
        ),
        (
            0x2108,
            "64-Bit Floating Point Frozen Change Event w/ Time (Obj:33, Var:08)",
        ),
        (
            0x2200,
            "Analog Input Deadband Default Variation (Obj:34, Var:Default)",
        ),
        (0x2201, "16-Bit Analog Input Deadband (Obj:34, Var:01)"),
        (0x2202, "32-Bit Analog Input Deadband (Obj:34, Var:02)"),
        (
            0x2203,
            "32-Bit Floating Point Analog Input Deadband (Obj:34, Var:03)",
        ),
        (
            0x2800,
            "Analog Output Default Variation (Obj:40, Var:Default)",
        ),
        (0x2801, "32-Bit Analog Output Status (Obj:40, Var:01)"),
        (0x2802, "16-Bit Analog Output Status (Obj:40, Var:02)"),
        (
            0x2803,
            "32-Bit Floating Point Output Status (Obj:40, Var:03)",
        ),
        (
            0x2804,
            "64-Bit Floating Point Output Status (Obj:40, Var:04)",
        ),
        (0x2901, "32-Bit Analog Output Block (Obj:41, Var:01)"),
        (0x2902, "16-Bit Analog Output Block (Obj:41, Var:02)"),
        (
            0x2903,
            "32-Bit Floating Point Output Block (Obj:41, Var:03)",
        ),
        (
            0x2904,
            "64-Bit Floating Point Output Block (Obj:41, Var:04)",
        ),
        (
            0x2a00,
            "Analog Output Event Default Variation (Obj:42, Var:Default)",
        ),
        (
            0x2a01,
            "32-Bit Analog Output Event w/o Time (Obj:42, Var:01)",
        ),
        (
            0x2a02,
            "16-Bit Analog Output Event w/o Time (Obj:42, Var:02)",
        ),
        (
            0x2a03,
            "32-Bit Analog Output Event with Time (Obj:42, Var:03)",
        ),
        (
            0x2a04,
            "16-Bit Analog Output Event with Time (Obj:42, Var:04)",
        ),
        (
            0x2a05,
            "32-Bit Floating Point Output Event w/o Time (Obj:42, Var:05)",
        ),
        (
            0x2a06,
            "64-Bit Floating Point Output Event w/o Time (Obj:42, Var:06)",
        ),
        (
            0x2a07,
            "32-Bit Floating Point Output Event w/ Time (Obj:42, Var:07)",
        ),
        (
            0x2a08,
            "64-Bit Floating Point Output Event w/ Time (Obj:42, Var:08)",
        ),
        (
            0x2b01,
            "32-Bit Analog Output Event w/o Time (Obj:43, Var:01)",
        ),
        (
            0x2b02,
            "16-Bit Analog Output Event w/o Time (Obj:43, Var:02)",
        ),
        (
            0x2b03,
            "32-Bit Analog Output Event with Time (Obj:43, Var:03)",
        ),
        (
            0x2b04,
            "16-Bit Analog Output Event with Time (Obj:43, Var:04)",
        ),
        (
            0x2b05,
            "32-Bit Floating Point Output Event w/o Time (Obj:43, Var:05)",
        ),
        (
            0x2b06,
            "64-Bit Floating Point Output Event w/o Time (Obj:43, Var:06)",
        ),
        (
            0x2b07,
            "32-Bit Floating Point Output Event w/ Time (Obj:43, Var:07)",
        ),
        (
            0x2b08,
            "64-Bit Floating Point Output Event w/ Time (Obj:43, Var:08)",
        ),
        (
            0x3200,
            "Time and Date Default Variations (Obj:50, Var:Default)",
        ),
        (0x3201, "Time and Date (Obj:50, Var:01)"),
        (0x3202, "Time and Date w/Interval (Obj:50, Var:02)"),
        (0x3203, "Last Recorded Time and Date (Obj:50, Var:03)"),
        (0x3301, "Time and Date CTO (Obj:51, Var:01)"),
        (0x3402, "Time Delay - Fine (Obj:52, Var:02)"),
        (0x3c01, "Class 0 Data (Obj:60, Var:01)"),
        (0x3c02, "Class 1 Data (Obj:60, Var:02)"),
        (0x3c03, "Class 2 Data (Obj:60, Var:03)"),
        (0x3c04, "Class 3 Data (Obj:60, Var:04)"),
        (0x4603, "File Control - File Command (Obj:70, Var:03)"),
        (0x4604, "File Control - File Status (Obj:70, Var:04)"),
        (0x4605, "File Control - File Transport (Obj:70, Var:05)"),
        (
            0x4606,
            "File Control - File Transport Status (Obj:70, Var:06)",
        ),
        (0x5001, "Internal Indications (Obj:80, Var:01)"),
        (0x5501, "Data-Set Prototype, with UUID (Obj:85, Var:01)"),
        (
            0x5601,
            "Data-Set Descriptor, Data-Set Contents (Obj:86, Var:01)",
        ),
        (
            0x5602,
            "Data-Set Descriptor, Characteristics (Obj:86, Var:02)",
        ),
        (
            0x5603,
            "Data-Set Descriptor, Point Index Attributes (Obj:86, Var:03)",
        ),
        (0x5701, "Data-Set, Present Value (Obj:87, Var:01)"),
        (0x5801, "Data-Set, Snapshot (Obj:88, Var:01)"),
        (0x6e00, "Octet String (Obj:110)"),
        (0x6f00, "Octet String Event (Obj:111)"),
        (0x7000, "Virtual Terminal Output Block (Obj:112)"),
        (0x7100, "Virtual Terminal Event Data (Obj:113)"),
    ];

    const AL_OBJQ_PREFIX_VALS: &[(u64, &str)] = &[
        (0, "None"),
        (1, "1-Octet Index Prefix"),
        (2, "2-Octet Index Prefix"),
        (3, "4-Octet Index Prefix"),
        (4, "1-Octet Object Size Prefix"),
        (5, "2-Octet Object Size Prefix"),
        (6, "4-Octet Object Size Prefix"),
    ];

    const AL_OBJQ_RANGE_VALS: &[(u64, &str)] = &[
        (0, "8-bit Start and Stop Indices"),
        (1, "16-bit Start and Stop Indices"),
        (2, "32-bit Start and Stop Indices"),
        (3, "8-bit Absolute Address in Range Field"),
        (4, "16-bit Absolute Address in Range Field"),
        (5, "32-bit Absolute Address in Range Field"),
        (6, "No Range Field"),
        (7, "8-bit Single Field Quantity"),
        (8, "16-bit Single Field Quantity"),
        (9, "32-bit Single Field Quantity"),
        (10, "Reserved"),
        (11, "Free-format Qualifier"),
    ];

    const AL_CTRLSTATUS_VALS: &[(u64, &str)] = &[
        (0, "Req. Accepted/Init/Queued"),
        (1, "Req. Not Accepted; Arm-Timer Expired"),
        (2, "Req. Not Accepted; No 'SELECT' Received"),
        (3, "Req. Not Accepted; Format Err. in Ctl Req."),
        (4, "Ctl Oper. Not Supported For This Point"),
        (5, "Req. Not Accepted; Ctrl Queue Full/Point Active"),
        (6, "Req. Not Accepted; Ctrl Hardware Problems"),
        (7, "Req. Not Accepted; Local/Remote switch in Local"),
        (8, "Req. Not Accepted; Too many operations"),
        (9, "Req. Not Accepted; Insufficient authorization"),
        (10, "Req. Not Accepted; Local automation proc active"),
        (11, "Req. Not Accepted; Processing limited"),
        (12, "Req. Not Accepted; Out of range value"),
        (126, "Req. Not Accepted; Non-participating (NOP request)"),
        (127, "Req. Not Accepted; Undefined error"),
    ];

    const AL_FILE_MODE_VALS: &[(u64, &str)] =
        &[(0, "NULL"), (1, "READ"), (2, "WRITE"), (3, "APPEND")];

    const AL_FILE_STATUS_VALS: &[(u64, &str)] = &[
        (0, "SUCCESS"),
        (1, "PERMISSION DENIED"),
        (2, "INVALID MODE"),
        (3, "FILE NOT FOUND"),
        (4, "FILE LOCKED"),
        (5, "TOO MANY OPEN"),
        (6, "INVALID HANDLE"),
        (7, "WRITE BLOCK SIZE"),
        (8, "COMM LOST"),
        (9, "CANNOT ABORT"),
        (16, "NOT OPENED"),
        (17, "HANDLE EXPIRED"),
        (18, "BUFFER OVERRUN"),
        (19, "FATAL"),
        (20, "BLOCK SEQUENCE"),
        (255, "UNDEFINED"),
    ];

    const AL_DATATYPE_VALS: &[(u64, &str)] = &[
        (0x0, "NONE (Placeholder)"),
        (0x1, "VSTR (Visible ASCII String)"),
        (0x2, "UINT (Unsigned Integer)"),
        (0x3, "INT (Signed Integer)"),
        (0x4, "FLT (Floating Point)"),
        (0x5, "OSTR (Octet String)"),
        (0x6, "BSTR (Bit String)"),
        (0x7, "TIME (DNP3 Time UINT48)"),
        (0x8, "UNCD (Unicode String)"),
        (0xfe, "U8BS8LIST (List of UINT8 - BSTR8 pairs)"),
        (0xff, "U8BS8EXLIST (Extended List of UINT8 - BSTR8 pairs)"),
    ];
}
