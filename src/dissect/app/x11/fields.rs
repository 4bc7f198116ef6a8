//! X11's fields, generated from tshark 4.0's registry by
//! `scripts/gen-fields.py`.

pub mod x11 {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static OPCODE: &F = field!(F::new("x11.opcode", Uint8, "opcode").vals(OPCODE_VALS));
    pub static REQUEST_LENGTH: &F =
        field!(F::new("x11.request-length", Uint16, "request-length").blurb("Request length"));
    pub static REQUEST_LENGTH_INVALID: &F =
        field!(F::new("x11.request-length.invalid", None, "Invalid Length"));
    pub static REPLY: &F = field!(F::new("x11.reply", Uint8, "reply"));
    pub static REPLY_SEQUENCENUMBER: &F = field!(
        F::new("x11.reply-sequencenumber", Uint16, "reply-sequencenumber").vals(OPCODE_VALS)
    );
    pub static REPLYLENGTH: &F = field!(F::new("x11.replylength", Uint32, "replylength"));
    pub static EVENTCODE: &F =
        field!(F::new("x11.eventcode", Uint8, "eventcode").vals(EVENTCODE_VALS));
    pub static EVENT_SEQUENCENUMBER: &F = field!(F::new(
        "x11.event-sequencenumber",
        Uint16,
        "event-sequencenumber"
    ));
    pub static ERROR: &F = field!(F::new("x11.error", Uint8, "error"));
    pub static ERRORCODE: &F =
        field!(F::new("x11.errorcode", Uint8, "errorcode").vals(ERRORCODE_VALS));
    pub static ERROR_SEQUENCENUMBER: &F = field!(
        F::new("x11.error_sequencenumber", Uint16, "error_sequencenumber")
            .blurb("error sequencenumber")
    );
    pub static ERROR_BADVALUE: &F =
        field!(F::new("x11.error-badvalue", Uint32, "error-badvalue").blurb("error badvalue"));
    pub static ERROR_BADRESOURCEID: &F = field!(
        F::new("x11.error-badresourceid", Uint32, "error-badresourceid")
            .base(Base::Hex)
            .blurb("error_badresourceid")
    );
    pub static MAJOR_OPCODE: &F =
        field!(F::new("x11.major-opcode", Uint16, "major-opcode").blurb("major opcode"));
    pub static MINOR_OPCODE: &F =
        field!(F::new("x11.minor-opcode", Uint16, "minor-opcode").blurb("minor opcode"));
    pub static UNDECODED: &F =
        field!(F::new("x11.undecoded", None, "undecoded").blurb("Yet undecoded by dissector"));
    pub static UNUSED: &F = field!(F::new("x11.unused", None, "unused"));
    pub static BYTE_ORDER: &F = field!(
        F::new("x11.byte-order", Char, "byte-order")
            .base(Base::Hex)
            .vals(BYTE_ORDER_VALS)
    );
    pub static PROTOCOL_MAJOR_VERSION: &F = field!(F::new(
        "x11.protocol-major-version",
        Uint16,
        "protocol-major-version"
    ));
    pub static PROTOCOL_MINOR_VERSION: &F = field!(F::new(
        "x11.protocol-minor-version",
        Uint16,
        "protocol-minor-version"
    ));
    pub static AUTHORIZATION_PROTOCOL_NAME_LENGTH: &F = field!(F::new(
        "x11.authorization-protocol-name-length",
        Uint16,
        "authorization-protocol-name-length"
    ));
    pub static AUTHORIZATION_PROTOCOL_DATA_LENGTH: &F = field!(F::new(
        "x11.authorization-protocol-data-length",
        Uint16,
        "authorization-protocol-data-length"
    ));
    pub static AUTHORIZATION_PROTOCOL_NAME: &F = field!(F::new(
        "x11.authorization-protocol-name",
        String,
        "authorization-protocol-name"
    ));
    pub static AUTHORIZATION_PROTOCOL_DATA: &F = field!(F::new(
        "x11.authorization-protocol-data",
        String,
        "authorization-protocol-data"
    ));
    pub static DEPTH: &F = field!(F::new("x11.depth", Uint8, "depth"));
    pub static PID: &F = field!(F::new("x11.pid", Uint32, "pid").base(Base::Hex));
    pub static DRAWABLE: &F = field!(F::new("x11.drawable", Uint32, "drawable").base(Base::Hex));
    pub static WIDTH: &F = field!(F::new("x11.width", Uint16, "width"));
    pub static HEIGHT: &F = field!(F::new("x11.height", Uint16, "height"));
    pub static GC: &F = field!(F::new("x11.gc", Uint32, "gc").base(Base::Hex));
    pub static WINDOW: &F = field!(F::new("x11.window", Uint32, "window").base(Base::Hex));
    pub static PROPERTY: &F = field!(F::new("x11.property", Uint32, "property").base(Base::Hex));
    pub static TYPE: &F = field!(F::new("x11.type", Uint32, "type").base(Base::Hex));
    pub static FORMAT: &F = field!(F::new("x11.format", Uint8, "format"));
    pub static DATA_LENGTH: &F = field!(F::new("x11.data-length", Uint32, "data-length"));
    pub static DATA: &F = field!(F::new("x11.data", Bytes, "data"));
    pub static DATA16: &F = field!(F::new("x11.data16", None, "data16"));
    pub static DATA16_ITEM: &F = field!(F::new("x11.data16.item", Uint16, "item").base(Base::Hex));
    pub static DATA32: &F = field!(F::new("x11.data32", None, "data32"));
    pub static DATA32_ITEM: &F = field!(F::new("x11.data32.item", Uint32, "item").base(Base::Hex));
    pub static MODE: &F = field!(F::new("x11.mode", Uint8, "mode").vals(MODE_VALS));
    pub static WINDOW_VALUE_MASK: &F =
        field!(F::new("x11.window-value-mask", Uint32, "window-value-mask").base(Base::Hex));
    pub static WINDOW_VALUE_MASK_BACKGROUND_PIXMAP: &F = field!(
        F::new(
            "x11.window-value-mask.background-pixmap",
            Boolean,
            "background-pixmap"
        )
        .base(Base::Bits(32))
        .mask(0x1)
    );
    pub static WINDOW_VALUE_MASK_BACKGROUND_PIXEL: &F = field!(
        F::new(
            "x11.window-value-mask.background-pixel",
            Boolean,
            "background-pixel"
        )
        .base(Base::Bits(32))
        .mask(0x2)
    );
    pub static WINDOW_VALUE_MASK_BORDER_PIXMAP: &F = field!(
        F::new(
            "x11.window-value-mask.border-pixmap",
            Boolean,
            "border-pixmap"
        )
        .base(Base::Bits(32))
        .mask(0x4)
    );
    pub static WINDOW_VALUE_MASK_BORDER_PIXEL: &F = field!(
        F::new(
            "x11.window-value-mask.border-pixel",
            Boolean,
            "border-pixel"
        )
        .base(Base::Bits(32))
        .mask(0x8)
    );
    pub static WINDOW_VALUE_MASK_BIT_GRAVITY: &F = field!(
        F::new("x11.window-value-mask.bit-gravity", Boolean, "bit-gravity")
            .base(Base::Bits(32))
            .mask(0x10)
    );
    pub static WINDOW_VALUE_MASK_WIN_GRAVITY: &F = field!(
        F::new("x11.window-value-mask.win-gravity", Boolean, "win-gravity")
            .base(Base::Bits(32))
            .mask(0x20)
    );
    pub static WINDOW_VALUE_MASK_BACKING_STORE: &F = field!(
        F::new(
            "x11.window-value-mask.backing-store",
            Boolean,
            "backing-store"
        )
        .base(Base::Bits(32))
        .mask(0x40)
    );
    pub static WINDOW_VALUE_MASK_BACKING_PLANES: &F = field!(
        F::new(
            "x11.window-value-mask.backing-planes",
            Boolean,
            "backing-planes"
        )
        .base(Base::Bits(32))
        .mask(0x80)
    );
    pub static WINDOW_VALUE_MASK_BACKING_PIXEL: &F = field!(
        F::new(
            "x11.window-value-mask.backing-pixel",
            Boolean,
            "backing-pixel"
        )
        .base(Base::Bits(32))
        .mask(0x100)
    );
    pub static WINDOW_VALUE_MASK_OVERRIDE_REDIRECT: &F = field!(
        F::new(
            "x11.window-value-mask.override-redirect",
            Boolean,
            "override-redirect"
        )
        .base(Base::Bits(32))
        .mask(0x200)
    );
    pub static WINDOW_VALUE_MASK_SAVE_UNDER: &F = field!(
        F::new("x11.window-value-mask.save-under", Boolean, "save-under")
            .base(Base::Bits(32))
            .mask(0x400)
    );
    pub static WINDOW_VALUE_MASK_EVENT_MASK: &F = field!(
        F::new("x11.window-value-mask.event-mask", Boolean, "event-mask")
            .base(Base::Bits(32))
            .mask(0x800)
    );
    pub static WINDOW_VALUE_MASK_DO_NOT_PROPAGATE_MASK: &F = field!(
        F::new(
            "x11.window-value-mask.do-not-propagate-mask",
            Boolean,
            "do-not-propagate-mask"
        )
        .base(Base::Bits(32))
        .mask(0x1000)
    );
    pub static WINDOW_VALUE_MASK_COLORMAP: &F = field!(
        F::new("x11.window-value-mask.colormap", Boolean, "colormap")
            .base(Base::Bits(32))
            .mask(0x2000)
    );
    pub static WINDOW_VALUE_MASK_CURSOR: &F = field!(
        F::new("x11.window-value-mask.cursor", Boolean, "cursor")
            .base(Base::Bits(32))
            .mask(0x4000)
    );
    pub static BACKGROUND_PIXMAP: &F = field!(
        F::new("x11.background-pixmap", Uint32, "background-pixmap")
            .base(Base::Hex)
            .vals(BACKGROUND_PIXMAP_VALS)
            .blurb("Background pixmap for a window")
    );
    pub static BACKGROUND_PIXEL: &F = field!(
        F::new("x11.background-pixel", Uint32, "background-pixel")
            .base(Base::Hex)
            .blurb("Background color for a window")
    );
    pub static BORDER_PIXMAP: &F = field!(
        F::new("x11.border-pixmap", Uint32, "border-pixmap")
            .base(Base::Hex)
            .vals(BORDER_PIXMAP_VALS)
    );
    pub static BORDER_PIXEL: &F =
        field!(F::new("x11.border-pixel", Uint32, "border-pixel").base(Base::Hex));
    pub static BIT_GRAVITY: &F =
        field!(F::new("x11.bit-gravity", Uint8, "bit-gravity").vals(BIT_GRAVITY_VALS));
    pub static WIN_GRAVITY: &F =
        field!(F::new("x11.win-gravity", Uint8, "win-gravity").vals(WIN_GRAVITY_VALS));
    pub static BACKING_STORE: &F =
        field!(F::new("x11.backing-store", Uint8, "backing-store").vals(BACKING_STORE_VALS));
    pub static BACKING_PLANES: &F =
        field!(F::new("x11.backing-planes", Uint32, "backing-planes").base(Base::Hex));
    pub static BACKING_PIXEL: &F =
        field!(F::new("x11.backing-pixel", Uint32, "backing-pixel").base(Base::Hex));
    pub static OVERRIDE_REDIRECT: &F = field!(
        F::new("x11.override-redirect", Boolean, "override-redirect")
            .blurb("Window manager doesn't manage this window when true")
    );
    pub static SAVE_UNDER: &F = field!(F::new("x11.save-under", Boolean, "save-under"));
    pub static COLORMAP: &F = field!(F::new("x11.colormap", Uint32, "colormap").base(Base::Hex));
    pub static CURSOR: &F = field!(
        F::new("x11.cursor", Uint32, "cursor")
            .base(Base::Hex)
            .vals(CURSOR_VALS)
    );
    pub static DELETE: &F =
        field!(F::new("x11.delete", Boolean, "delete").blurb("Delete this property after reading"));
    pub static GET_PROPERTY_TYPE: &F = field!(
        F::new("x11.get-property-type", Uint32, "get-property-type")
            .base(Base::Hex)
            .vals(GET_PROPERTY_TYPE_VALS)
    );
    pub static LONG_OFFSET: &F = field!(
        F::new("x11.long-offset", Uint32, "long-offset")
            .blurb("The starting position in the property bytes array")
    );
    pub static LONG_LENGTH: &F = field!(
        F::new("x11.long-length", Uint32, "long-length")
            .blurb("The maximum length of the property in bytes")
    );
    pub static SRC_WINDOW: &F =
        field!(F::new("x11.src-window", Uint32, "src-window").base(Base::Hex));
    pub static DST_WINDOW: &F =
        field!(F::new("x11.dst-window", Uint32, "dst-window").base(Base::Hex));
    pub static SRC_X: &F = field!(F::new("x11.src-x", Int16, "src-x"));
    pub static SRC_Y: &F = field!(F::new("x11.src-y", Int16, "src-y"));
    pub static CHILDWINDOW: &F =
        field!(F::new("x11.childwindow", Uint32, "childwindow").base(Base::Hex));
    pub static DST_X: &F = field!(F::new("x11.dst-x", Int16, "dst-x"));
    pub static DST_Y: &F = field!(F::new("x11.dst-y", Int16, "dst-y"));
    pub static SAME_SCREEN: &F =
        field!(F::new("x11.same-screen", Boolean, "same-screen").blurb("same screen"));
    pub static RECTANGLES: &F = field!(F::new("x11.rectangles", None, "rectangles"));
    pub static RECTANGLE: &F = field!(F::new("x11.rectangle", None, "rectangle"));
    pub static RECTANGLE_X: &F = field!(F::new("x11.rectangle-x", Int16, "rectangle-x"));
    pub static RECTANGLE_Y: &F = field!(F::new("x11.rectangle-y", Int16, "rectangle-y"));
    pub static RECTANGLE_WIDTH: &F =
        field!(F::new("x11.rectangle-width", Uint16, "rectangle-width"));
    pub static RECTANGLE_HEIGHT: &F =
        field!(F::new("x11.rectangle-height", Uint16, "rectangle-height"));
    pub static IMAGE_PIXMAP_FORMAT: &F = field!(
        F::new("x11.image-pixmap-format", Uint8, "image-pixmap-format")
            .vals(IMAGE_PIXMAP_FORMAT_VALS)
    );
    pub static X: &F = field!(F::new("x11.x", Int16, "x"));
    pub static Y: &F = field!(F::new("x11.y", Int16, "y"));
    pub static PLANE_MASK: &F = field!(
        F::new("x11.plane-mask", Uint32, "plane-mask")
            .base(Base::Hex)
            .vals(PLANE_MASK_VALS)
    );
    pub static KEYCODE: &F = field!(F::new("x11.keycode", Uint8, "keycode").base(Base::Hex));
    pub static TIME: &F = field!(F::new("x11.time", Uint32, "time"));
    pub static ROOTWINDOW: &F =
        field!(F::new("x11.rootwindow", Uint32, "rootwindow").base(Base::Hex));
    pub static EVENTWINDOW: &F =
        field!(F::new("x11.eventwindow", Uint32, "eventwindow").base(Base::Hex));
    pub static ROOT_X: &F = field!(F::new("x11.root-x", Uint16, "root-x").blurb("root x"));
    pub static ROOT_Y: &F = field!(F::new("x11.root-y", Uint16, "root-y").blurb("root y"));
    pub static EVENT_X: &F = field!(F::new("x11.event-x", Uint16, "event-x").blurb("event x"));
    pub static EVENT_Y: &F = field!(F::new("x11.event-y", Uint16, "event-y").blurb("event y"));
    pub static MODIFIERS_MASK: &F =
        field!(F::new("x11.modifiers-mask", Uint16, "modifiers-mask").base(Base::Hex));
    pub static MODIFIERS_MASK_SHIFT: &F = field!(
        F::new("x11.modifiers-mask.Shift", Boolean, "Shift")
            .base(Base::Bits(16))
            .mask(0x1)
    );
    pub static MODIFIERS_MASK_LOCK: &F = field!(
        F::new("x11.modifiers-mask.Lock", Boolean, "Lock")
            .base(Base::Bits(16))
            .mask(0x2)
    );
    pub static MODIFIERS_MASK_CONTROL: &F = field!(
        F::new("x11.modifiers-mask.Control", Boolean, "Control")
            .base(Base::Bits(16))
            .mask(0x4)
    );
    pub static MODIFIERS_MASK_MOD1: &F = field!(
        F::new("x11.modifiers-mask.Mod1", Boolean, "Mod1")
            .base(Base::Bits(16))
            .mask(0x8)
    );
    pub static MODIFIERS_MASK_MOD2: &F = field!(
        F::new("x11.modifiers-mask.Mod2", Boolean, "Mod2")
            .base(Base::Bits(16))
            .mask(0x10)
    );
    pub static MODIFIERS_MASK_MOD3: &F = field!(
        F::new("x11.modifiers-mask.Mod3", Boolean, "Mod3")
            .base(Base::Bits(16))
            .mask(0x20)
    );
    pub static MODIFIERS_MASK_MOD4: &F = field!(
        F::new("x11.modifiers-mask.Mod4", Boolean, "Mod4")
            .base(Base::Bits(16))
            .mask(0x40)
    );
    pub static MODIFIERS_MASK_MOD5: &F = field!(
        F::new("x11.modifiers-mask.Mod5", Boolean, "Mod5")
            .base(Base::Bits(16))
            .mask(0x80)
    );
    pub static MODIFIERS_MASK_BUTTON1: &F = field!(
        F::new("x11.modifiers-mask.Button1", Boolean, "Button1")
            .base(Base::Bits(16))
            .mask(0x100)
    );
    pub static MODIFIERS_MASK_BUTTON2: &F = field!(
        F::new("x11.modifiers-mask.Button2", Boolean, "Button2")
            .base(Base::Bits(16))
            .mask(0x200)
    );
    pub static MODIFIERS_MASK_BUTTON3: &F = field!(
        F::new("x11.modifiers-mask.Button3", Boolean, "Button3")
            .base(Base::Bits(16))
            .mask(0x400)
    );
    pub static MODIFIERS_MASK_BUTTON4: &F = field!(
        F::new("x11.modifiers-mask.Button4", Boolean, "Button4")
            .base(Base::Bits(16))
            .mask(0x800)
    );
    pub static MODIFIERS_MASK_BUTTON5: &F = field!(
        F::new("x11.modifiers-mask.Button5", Boolean, "Button5")
            .base(Base::Bits(16))
            .mask(0x1000)
    );
    pub static KEYBUT_MASK_ERRONEOUS_BITS: &F = field!(
        F::new(
            "x11.keybut-mask-erroneous-bits",
            Boolean,
            "keybut-mask-erroneous-bits"
        )
        .base(Base::Bits(16))
        .mask(0xe000)
        .blurb("keybut mask erroneous bits")
    );
    pub static EVENTBUTTON: &F = field!(F::new("x11.eventbutton", Uint8, "eventbutton"));
    pub static DETAIL: &F = field!(F::new("x11.detail", Uint8, "detail"));
    pub static EVENT_DETAIL: &F =
        field!(F::new("x11.event-detail", Uint8, "event-detail").vals(EVENT_DETAIL_VALS));
    pub static GRAB_MODE: &F =
        field!(F::new("x11.grab-mode", Uint8, "grab-mode").vals(GRAB_MODE_VALS));
    pub static SAME_SCREEN_FOCUS_MASK: &F = field!(
        F::new(
            "x11.same-screen-focus-mask",
            Uint8,
            "same-screen-focus-mask"
        )
        .base(Base::Hex)
    );
    pub static SAME_SCREEN_FOCUS_MASK_FOCUS: &F = field!(
        F::new("x11.same-screen-focus-mask.focus", Boolean, "focus")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static SAME_SCREEN_FOCUS_MASK_SAME_SCREEN: &F = field!(
        F::new(
            "x11.same-screen-focus-mask.same-screen",
            Boolean,
            "same-screen"
        )
        .base(Base::Bits(8))
        .mask(0x2)
    );
    pub static FOCUS_DETAIL: &F =
        field!(F::new("x11.focus-detail", Uint8, "focus-detail").vals(FOCUS_DETAIL_VALS));
    pub static FOCUS_MODE: &F =
        field!(F::new("x11.focus-mode", Uint8, "focus-mode").vals(FOCUS_MODE_VALS));
    pub static COUNT: &F = field!(F::new("x11.count", Uint8, "count"));
    pub static VISIBILITY_STATE: &F = field!(
        F::new("x11.visibility-state", Uint8, "visibility-state").vals(VISIBILITY_STATE_VALS)
    );
    pub static PARENT: &F = field!(F::new("x11.parent", Uint32, "parent").base(Base::Hex));
    pub static BORDER_WIDTH: &F = field!(F::new("x11.border-width", Uint16, "border-width"));
    pub static FROM_CONFIGURE: &F = field!(F::new("x11.from-configure", Boolean, "from-configure"));
    pub static ABOVE_SIBLING: &F =
        field!(F::new("x11.above-sibling", Uint32, "above-sibling").base(Base::Hex));
    pub static PLACE: &F = field!(F::new("x11.place", Uint8, "place").vals(PLACE_VALS));
    pub static ATOM: &F = field!(F::new("x11.atom", Uint32, "atom").base(Base::Hex));
    pub static PROPERTY_STATE: &F =
        field!(F::new("x11.property-state", Uint8, "property-state").vals(PROPERTY_STATE_VALS));
    pub static OWNER: &F = field!(
        F::new("x11.owner", Uint32, "owner")
            .base(Base::Hex)
            .vals(CURSOR_VALS)
    );
    pub static SELECTION: &F = field!(F::new("x11.selection", Uint32, "selection").base(Base::Hex));
    pub static REQUESTOR: &F = field!(F::new("x11.requestor", Uint32, "requestor").base(Base::Hex));
    pub static TARGET: &F = field!(F::new("x11.target", Uint32, "target").base(Base::Hex));
    pub static CMAP: &F = field!(F::new("x11.cmap", Uint32, "cmap").base(Base::Hex));
    pub static NEW: &F = field!(F::new("x11.new", Boolean, "new"));
    pub static COLORMAP_STATE: &F =
        field!(F::new("x11.colormap-state", Uint8, "colormap-state").vals(COLORMAP_STATE_VALS));
    pub static MAPPING_REQUEST: &F =
        field!(F::new("x11.mapping-request", Uint8, "mapping-request").vals(MAPPING_REQUEST_VALS));
    pub static FIRST_KEYCODE: &F = field!(F::new("x11.first-keycode", Uint8, "first-keycode"));
    pub static REVERT_TO: &F =
        field!(F::new("x11.revert-to", Uint8, "revert-to").vals(REVERT_TO_VALS));
    pub static FOCUS: &F = field!(F::new("x11.focus", Uint8, "focus").vals(FOCUS_VALS));
    pub static BYTES_AFTER: &F =
        field!(F::new("x11.bytes-after", Uint32, "bytes-after").blurb("bytes after"));
    pub static VALUELENGTH: &F = field!(F::new("x11.valuelength", Uint32, "valuelength"));
    pub static PRESENT: &F = field!(F::new("x11.present", Boolean, "present"));
    pub static FIRST_EVENT: &F = field!(F::new("x11.first-event", Uint8, "first-event"));
    pub static FIRST_ERROR: &F = field!(F::new("x11.first-error", Uint8, "first-error"));

    pub static SUCCESS: &F = field!(F::new("x11.success", Uint8, "success"));
    pub static LENGTH_OF_REASON: &F =
        field!(F::new("x11.length-of-reason", Uint8, "length-of-reason").blurb("length of reason"));
    pub static RELEASE_NUMBER: &F =
        field!(F::new("x11.release-number", Uint32, "release-number").blurb("release number"));
    pub static RESOURCE_ID_BASE: &F = field!(
        F::new("x11.resource-id-base", Uint32, "resource-id-base")
            .base(Base::Hex)
            .blurb("resource id base")
    );
    pub static RESOURCE_ID_MASK: &F = field!(
        F::new("x11.resource-id-mask", Uint32, "resource-id-mask")
            .base(Base::Hex)
            .blurb("resource id mask")
    );
    pub static LENGTH_OF_VENDOR: &F = field!(
        F::new("x11.length-of-vendor", Uint16, "length-of-vendor").blurb("length of vendor")
    );
    pub static MAXIMUM_REQUEST_LENGTH: &F = field!(
        F::new(
            "x11.maximum-request-length",
            Uint16,
            "maximum-request-length"
        )
        .blurb("maximum request length")
    );
    pub static NUMBER_OF_SCREENS_IN_ROOTS: &F = field!(
        F::new(
            "x11.number-of-screens-in-roots",
            Uint8,
            "number-of-screens-in-roots"
        )
        .blurb("number of screens in roots")
    );
    pub static NUMBER_OF_FORMATS_IN_PIXMAP_FORMATS: &F = field!(
        F::new(
            "x11.number-of-formats-in-pixmap-formats",
            Uint8,
            "number-of-formats-in-pixmap-formats"
        )
        .blurb("number of formats in pixmap formats")
    );
    pub static BITMAP_FORMAT_BIT_ORDER: &F = field!(
        F::new(
            "x11.bitmap-format-bit-order",
            Uint8,
            "bitmap-format-bit-order"
        )
        .base(Base::Hex)
        .vals(BITMAP_FORMAT_BIT_ORDER_VALS)
    );
    pub static BITMAP_FORMAT_SCANLINE_UNIT: &F = field!(
        F::new(
            "x11.bitmap-format-scanline-unit",
            Uint8,
            "bitmap-format-scanline-unit"
        )
        .blurb("bitmap format scanline unit")
    );
    pub static BITMAP_FORMAT_SCANLINE_PAD: &F = field!(
        F::new(
            "x11.bitmap-format-scanline-pad",
            Uint8,
            "bitmap-format-scanline-pad"
        )
        .blurb("bitmap format scanline-pad")
    );
    pub static MIN_KEYCODE: &F =
        field!(F::new("x11.min-keycode", Uint8, "min-keycode").blurb("min keycode"));
    pub static MAX_KEYCODE: &F =
        field!(F::new("x11.max-keycode", Uint8, "max-keycode").blurb("max keycode"));
    pub static VENDOR: &F = field!(F::new("x11.vendor", String, "vendor"));
    pub static REASON: &F = field!(F::new("x11.reason", String, "reason"));

    /// What tshark writes in the Info column for this message (its
    /// separator included: the call's first message names its kind).
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.x11.info", String, "Info").blurb("The Info column's text for this message")
    );

    /// The message is the first of a call of tshark's dissector (a
    /// segment's bytes, or what TCP reassembled): each call is listed in
    /// `frame.protocols`.
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.x11.call", None, "First message of a call")
            .blurb("The first message tshark's X11 dissector read in one call")
    );

    pub static ALL: &[&F] = &[
        OPCODE,
        REQUEST_LENGTH,
        REQUEST_LENGTH_INVALID,
        REPLY,
        REPLY_SEQUENCENUMBER,
        REPLYLENGTH,
        EVENTCODE,
        EVENT_SEQUENCENUMBER,
        ERROR,
        ERRORCODE,
        ERROR_SEQUENCENUMBER,
        ERROR_BADVALUE,
        ERROR_BADRESOURCEID,
        MAJOR_OPCODE,
        MINOR_OPCODE,
        UNDECODED,
        UNUSED,
        BYTE_ORDER,
        PROTOCOL_MAJOR_VERSION,
        PROTOCOL_MINOR_VERSION,
        AUTHORIZATION_PROTOCOL_NAME_LENGTH,
        AUTHORIZATION_PROTOCOL_DATA_LENGTH,
        AUTHORIZATION_PROTOCOL_NAME,
        AUTHORIZATION_PROTOCOL_DATA,
        DEPTH,
        PID,
        DRAWABLE,
        WIDTH,
        HEIGHT,
        GC,
        WINDOW,
        PROPERTY,
        TYPE,
        FORMAT,
        DATA_LENGTH,
        DATA,
        DATA16,
        DATA16_ITEM,
        DATA32,
        DATA32_ITEM,
        MODE,
        WINDOW_VALUE_MASK,
        WINDOW_VALUE_MASK_BACKGROUND_PIXMAP,
        WINDOW_VALUE_MASK_BACKGROUND_PIXEL,
        WINDOW_VALUE_MASK_BORDER_PIXMAP,
        WINDOW_VALUE_MASK_BORDER_PIXEL,
        WINDOW_VALUE_MASK_BIT_GRAVITY,
        WINDOW_VALUE_MASK_WIN_GRAVITY,
        WINDOW_VALUE_MASK_BACKING_STORE,
        WINDOW_VALUE_MASK_BACKING_PLANES,
        WINDOW_VALUE_MASK_BACKING_PIXEL,
        WINDOW_VALUE_MASK_OVERRIDE_REDIRECT,
        WINDOW_VALUE_MASK_SAVE_UNDER,
        WINDOW_VALUE_MASK_EVENT_MASK,
        WINDOW_VALUE_MASK_DO_NOT_PROPAGATE_MASK,
        WINDOW_VALUE_MASK_COLORMAP,
        WINDOW_VALUE_MASK_CURSOR,
        BACKGROUND_PIXMAP,
        BACKGROUND_PIXEL,
        BORDER_PIXMAP,
        BORDER_PIXEL,
        BIT_GRAVITY,
        WIN_GRAVITY,
        BACKING_STORE,
        BACKING_PLANES,
        BACKING_PIXEL,
        OVERRIDE_REDIRECT,
        SAVE_UNDER,
        COLORMAP,
        CURSOR,
        DELETE,
        GET_PROPERTY_TYPE,
        LONG_OFFSET,
        LONG_LENGTH,
        SRC_WINDOW,
        DST_WINDOW,
        SRC_X,
        SRC_Y,
        CHILDWINDOW,
        DST_X,
        DST_Y,
        SAME_SCREEN,
        RECTANGLES,
        RECTANGLE,
        RECTANGLE_X,
        RECTANGLE_Y,
        RECTANGLE_WIDTH,
        RECTANGLE_HEIGHT,
        IMAGE_PIXMAP_FORMAT,
        X,
        Y,
        PLANE_MASK,
        KEYCODE,
        TIME,
        ROOTWINDOW,
        EVENTWINDOW,
        ROOT_X,
        ROOT_Y,
        EVENT_X,
        EVENT_Y,
        MODIFIERS_MASK,
        MODIFIERS_MASK_SHIFT,
        MODIFIERS_MASK_LOCK,
        MODIFIERS_MASK_CONTROL,
        MODIFIERS_MASK_MOD1,
        MODIFIERS_MASK_MOD2,
        MODIFIERS_MASK_MOD3,
        MODIFIERS_MASK_MOD4,
        MODIFIERS_MASK_MOD5,
        MODIFIERS_MASK_BUTTON1,
        MODIFIERS_MASK_BUTTON2,
        MODIFIERS_MASK_BUTTON3,
        MODIFIERS_MASK_BUTTON4,
        MODIFIERS_MASK_BUTTON5,
        KEYBUT_MASK_ERRONEOUS_BITS,
        EVENTBUTTON,
        DETAIL,
        EVENT_DETAIL,
        GRAB_MODE,
        SAME_SCREEN_FOCUS_MASK,
        SAME_SCREEN_FOCUS_MASK_FOCUS,
        SAME_SCREEN_FOCUS_MASK_SAME_SCREEN,
        FOCUS_DETAIL,
        FOCUS_MODE,
        COUNT,
        VISIBILITY_STATE,
        PARENT,
        BORDER_WIDTH,
        FROM_CONFIGURE,
        ABOVE_SIBLING,
        PLACE,
        ATOM,
        PROPERTY_STATE,
        OWNER,
        SELECTION,
        REQUESTOR,
        TARGET,
        CMAP,
        NEW,
        COLORMAP_STATE,
        MAPPING_REQUEST,
        FIRST_KEYCODE,
        REVERT_TO,
        FOCUS,
        BYTES_AFTER,
        VALUELENGTH,
        PRESENT,
        FIRST_EVENT,
        FIRST_ERROR,
        SUCCESS,
        LENGTH_OF_REASON,
        RELEASE_NUMBER,
        RESOURCE_ID_BASE,
        RESOURCE_ID_MASK,
        LENGTH_OF_VENDOR,
        MAXIMUM_REQUEST_LENGTH,
        NUMBER_OF_SCREENS_IN_ROOTS,
        NUMBER_OF_FORMATS_IN_PIXMAP_FORMATS,
        BITMAP_FORMAT_BIT_ORDER,
        BITMAP_FORMAT_SCANLINE_UNIT,
        BITMAP_FORMAT_SCANLINE_PAD,
        MIN_KEYCODE,
        MAX_KEYCODE,
        VENDOR,
        REASON,
        OSIDUMP_INFO,
        OSIDUMP_CALL,
    ];

    const OPCODE_VALS: &[(u64, &str)] = &[
        (1, "CreateWindow"),
        (2, "ChangeWindowAttributes"),
        (3, "GetWindowAttributes"),
        (4, "DestroyWindow"),
        (5, "DestroySubwindows"),
        (6, "ChangeSaveSet"),
        (7, "ReparentWindow"),
        (8, "MapWindow"),
        (9, "MapSubwindows"),
        (10, "UnmapWindow"),
        (11, "UnmapSubwindows"),
        (12, "ConfigureWindow"),
        (13, "CirculateWindow"),
        (14, "GetGeometry"),
        (15, "QueryTree"),
        (16, "InternAtom"),
        (17, "GetAtomName"),
        (18, "ChangeProperty"),
        (19, "DeleteProperty"),
        (20, "GetProperty"),
        (21, "ListProperties"),
        (22, "SetSelectionOwner"),
        (23, "GetSelectionOwner"),
        (24, "ConvertSelection"),
        (25, "SendEvent"),
        (26, "GrabPointer"),
        (27, "UngrabPointer"),
        (28, "GrabButton"),
        (29, "UngrabButton"),
        (30, "ChangeActivePointerGrab"),
        (31, "GrabKeyboard"),
        (32, "UngrabKeyboard"),
        (33, "GrabKey"),
        (34, "UngrabKey"),
        (35, "AllowEvents"),
        (36, "GrabServer"),
        (37, "UngrabServer"),
        (38, "QueryPointer"),
        (39, "GetMotionEvents"),
        (40, "TranslateCoordinates"),
        (41, "WarpPointer"),
        (42, "SetInputFocus"),
        (43, "GetInputFocus"),
        (44, "QueryKeymap"),
        (45, "OpenFont"),
        (46, "CloseFont"),
        (47, "QueryFont"),
        (48, "QueryTextExtents"),
        (49, "ListFonts"),
        (50, "ListFontsWithInfo"),
        (51, "SetFontPath"),
        (52, "GetFontPath"),
        (53, "CreatePixmap"),
        (54, "FreePixmap"),
        (55, "CreateGC"),
        (56, "ChangeGC"),
        (57, "CopyGC"),
        (58, "SetDashes"),
        (59, "SetClipRectangles"),
        (60, "FreeGC"),
        (61, "ClearArea"),
        (62, "CopyArea"),
        (63, "CopyPlane"),
        (64, "PolyPoint"),
        (65, "PolyLine"),
        (66, "PolySegment"),
        (67, "PolyRectangle"),
        (68, "PolyArc"),
        (69, "FillPoly"),
        (70, "PolyFillRectangle"),
        (71, "PolyFillArc"),
        (72, "PutImage"),
        (73, "GetImage"),
        (74, "PolyText8"),
        (75, "PolyText16"),
        (76, "ImageText8"),
        (77, "ImageText16"),
        (78, "CreateColormap"),
        (79, "FreeColormap"),
        (80, "CopyColormapAndFree"),
        (81, "InstallColormap"),
        (82, "UninstallColormap"),
        (83, "ListInstalledColormaps"),
        (84, "AllocColor"),
        (85, "AllocNamedColor"),
        (86, "AllocColorCells"),
        (87, "AllocColorPlanes"),
        (88, "FreeColors"),
        (89, "StoreColors"),
        (90, "StoreNamedColor"),
        (91, "QueryColors"),
        (92, "LookupColor"),
        (93, "CreateCursor"),
        (94, "CreateGlyphCursor"),
        (95, "FreeCursor"),
        (96, "RecolorCursor"),
        (97, "QueryBestSize"),
        (98, "QueryExtension"),
        (99, "ListExtensions"),
        (100, "ChangeKeyboardMapping"),
        (101, "GetKeyboardMapping"),
        (102, "ChangeKeyboardControl"),
        (103, "GetKeyboardControl"),
        (104, "Bell"),
        (105, "ChangePointerControl"),
        (106, "GetPointerControl"),
        (107, "SetScreenSaver"),
        (108, "GetScreenSaver"),
        (109, "ChangeHosts"),
        (110, "ListHosts"),
        (111, "SetAccessControl"),
        (112, "SetCloseDownMode"),
        (113, "KillClient"),
        (114, "RotateProperties"),
        (115, "ForceScreenSaver"),
        (116, "SetPointerMapping"),
        (117, "GetPointerMapping"),
        (118, "SetModifierMapping"),
        (119, "GetModifierMapping"),
        (127, "NoOperation"),
        (4294967295, "Initial connection request"),
    ];

    const EVENTCODE_VALS: &[(u64, &str)] = &[
        (2, "KeyPress"),
        (3, "KeyRelease"),
        (4, "ButtonPress"),
        (5, "ButtonRelease"),
        (6, "MotionNotify"),
        (7, "EnterNotify"),
        (8, "LeaveNotify"),
        (9, "FocusIn"),
        (10, "FocusOut"),
        (11, "KeymapNotify"),
        (12, "Expose"),
        (13, "GraphicsExpose"),
        (14, "NoExpose"),
        (15, "VisibilityNotify"),
        (16, "CreateNotify"),
        (17, "DestroyNotify"),
        (18, "UnmapNotify"),
        (19, "MapNotify"),
        (20, "MapRequest"),
        (21, "ReparentNotify"),
        (22, "ConfigureNotify"),
        (23, "ConfigureRequest"),
        (24, "GravityNotify"),
        (25, "ResizeRequest"),
        (26, "CirculateNotify"),
        (27, "CirculateRequest"),
        (28, "PropertyNotify"),
        (29, "SelectionClear"),
        (30, "SelectionRequest"),
        (31, "SelectionNotify"),
        (32, "ColormapNotify"),
        (33, "ClientMessage"),
        (34, "MappingNotify"),
        (35, "GenericEvent"),
    ];

    const ERRORCODE_VALS: &[(u64, &str)] = &[
        (0, "Success"),
        (1, "BadRequest"),
        (2, "BadValue"),
        (3, "BadWindow"),
        (4, "BadPixmap"),
        (5, "BadAtom"),
        (6, "BadCursor"),
        (7, "BadFont"),
        (8, "BadMatch"),
        (9, "BadDrawable"),
        (10, "BadAccess"),
        (11, "BadAlloc"),
        (12, "BadColormap"),
        (13, "BadGC"),
        (14, "BadIDChoice"),
        (15, "BadName"),
        (16, "BadLength"),
        (17, "BadImplementation"),
    ];

    const BYTE_ORDER_VALS: &[(u64, &str)] = &[(0x42, "Big-endian"), (0x6c, "Little-endian")];

    const MODE_VALS: &[(u64, &str)] = &[(0, "Replace"), (1, "Prepend"), (2, "Append")];

    const BACKGROUND_PIXMAP_VALS: &[(u64, &str)] = &[(0x0, "None"), (0x1, "ParentRelative")];

    const BORDER_PIXMAP_VALS: &[(u64, &str)] = &[(0x0, "CopyFromParent")];

    const BIT_GRAVITY_VALS: &[(u64, &str)] = &[
        (0, "Forget"),
        (1, "NorthWest"),
        (2, "North"),
        (3, "NorthEast"),
        (4, "West"),
        (5, "Center"),
        (6, "East"),
        (7, "SouthWest"),
        (8, "South"),
        (9, "SouthEast"),
        (10, "Static"),
    ];

    const WIN_GRAVITY_VALS: &[(u64, &str)] = &[
        (0, "Unmap"),
        (1, "NorthWest"),
        (2, "North"),
        (3, "NorthEast"),
        (4, "West"),
        (5, "Center"),
        (6, "East"),
        (7, "SouthWest"),
        (8, "South"),
        (9, "SouthEast"),
        (10, "Static"),
    ];

    const BACKING_STORE_VALS: &[(u64, &str)] =
        &[(0, "NotUseful"), (1, "WhenMapped"), (2, "Always")];

    const CURSOR_VALS: &[(u64, &str)] = &[(0x0, "None")];

    const GET_PROPERTY_TYPE_VALS: &[(u64, &str)] = &[(0x0, "AnyPropertyType")];

    const IMAGE_PIXMAP_FORMAT_VALS: &[(u64, &str)] = &[(1, "XYPixmap"), (2, "ZPixmap")];

    const PLANE_MASK_VALS: &[(u64, &str)] = &[(0xffffffff, "AllPlanes")];

    const EVENT_DETAIL_VALS: &[(u64, &str)] = &[
        (0, "Ancestor"),
        (1, "Virtual"),
        (2, "Inferior"),
        (3, "Nonlinear"),
        (4, "NonlinearVirtual"),
    ];

    const GRAB_MODE_VALS: &[(u64, &str)] = &[(0, "Normal"), (1, "Grab"), (2, "Ungrab")];

    const FOCUS_DETAIL_VALS: &[(u64, &str)] = &[
        (0, "Ancestor"),
        (1, "Virtual"),
        (2, "Inferior"),
        (3, "Nonlinear"),
        (4, "NonlinearVirtual"),
        (5, "Pointer"),
        (6, "PointerRoot"),
        (7, "None"),
    ];

    const FOCUS_MODE_VALS: &[(u64, &str)] = &[
        (0, "Normal"),
        (1, "Grab"),
        (2, "Ungrab"),
        (3, "WhileGrabbed"),
    ];

    const VISIBILITY_STATE_VALS: &[(u64, &str)] = &[
        (0, "Unobscured"),
        (1, "PartiallyObscured"),
        (2, "FullyObscured"),
    ];

    const PLACE_VALS: &[(u64, &str)] = &[(0, "Top"), (1, "Bottom")];

    const PROPERTY_STATE_VALS: &[(u64, &str)] = &[(0, "NewValue"), (1, "Deleted")];

    const COLORMAP_STATE_VALS: &[(u64, &str)] = &[(0, "Uninstalled"), (1, "Installed")];

    const MAPPING_REQUEST_VALS: &[(u64, &str)] = &[
        (0, "MappingModifier"),
        (1, "MappingKeyboard"),
        (2, "MappingPointer"),
    ];

    const REVERT_TO_VALS: &[(u64, &str)] = &[(0, "None"), (1, "PointerRoot"), (2, "Parent")];

    const FOCUS_VALS: &[(u64, &str)] = &[(0, "None"), (1, "PointerRoot")];

    const BITMAP_FORMAT_BIT_ORDER_VALS: &[(u64, &str)] = &[(0x0, "LSBFirst"), (0x1, "MSBFirst")];
}
