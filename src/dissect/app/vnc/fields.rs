pub mod vnc {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PADDING: &F = field!(F::new("vnc.padding", None, "Padding").blurb("Unused space"));
    pub static SERVER_PROTO_VER: &F = field!(
        F::new("vnc.server_proto_ver", String, "Server protocol version")
            .blurb("VNC protocol version on server")
    );
    pub static CLIENT_PROTO_VER: &F = field!(
        F::new("vnc.client_proto_ver", String, "Client protocol version")
            .blurb("VNC protocol version on client")
    );
    pub static NUM_SECURITY_TYPES: &F = field!(
        F::new("vnc.num_security_types", Uint8, "Number of security types")
            .blurb("Number of security (authentication) types supported by the server")
    );
    pub static SECURITY_TYPE: &F = field!(
        F::new("vnc.security_type", Uint8, "Security type")
            .vals(SECURITY_TYPE_VALS)
            .blurb("Security types offered by the server (VNC versions => 3.007")
    );
    pub static SERVER_SECURITY_TYPE: &F = field!(
        F::new("vnc.server_security_type", Uint32, "Security type")
            .vals(SECURITY_TYPE_VALS)
            .blurb("Security type mandated by the server")
    );
    pub static CLIENT_SECURITY_TYPE: &F = field!(
        F::new("vnc.client_security_type", Uint8, "Security type selected")
            .vals(SECURITY_TYPE_VALS)
            .blurb("Security type selected by the client")
    );
    pub static NUM_TUNNEL_TYPES: &F = field!(
        F::new(
            "vnc.num_tunnel_types",
            Uint32,
            "Number of supported tunnel types"
        )
        .blurb("Number of tunnel types for TightVNC")
    );
    pub static TUNNEL_TYPE_CODE: &F = field!(
        F::new("vnc.tunnel_type_code", Uint32, "Tunnel type code")
            .blurb("Tunnel type code specific to TightVNC")
    );
    pub static TUNNEL_TYPE_VENDOR: &F = field!(
        F::new("vnc.tunnel_type_vendor", String, "Tunnel type vendor")
            .blurb("Tunnel type vendor specific to TightVNC")
    );
    pub static TUNNEL_TYPE_SIGNATURE: &F = field!(
        F::new("vnc.tunnel_type_signature", String, "Tunnel type signature")
            .blurb("Tunnel type signature specific to TightVNC")
    );
    pub static NUM_AUTH_TYPES: &F = field!(
        F::new(
            "vnc.num_auth_types",
            Uint32,
            "Number of supported authentication types"
        )
        .blurb("Authentication types specific to TightVNC")
    );
    pub static TIGHT_AUTH_CODE: &F = field!(
        F::new("vnc.tight_auth_code", Uint32, "Authentication code")
            .vals(SECURITY_TYPE_VALS)
            .blurb("Authentication code specific to TightVNC")
    );
    pub static TIGHT_SERVER_MESSAGE_TYPE: &F = field!(
        F::new(
            "vnc.tight_server_message_type",
            Int32,
            "Server message type (TightVNC)"
        )
        .blurb("Server message type specific to TightVNC")
    );
    pub static SERVER_VENDOR: &F = field!(
        F::new("vnc.server_vendor", String, "Server vendor code")
            .blurb("Server vendor code specific to TightVNC")
    );
    pub static SIGNATURE: &F = field!(F::new("vnc.signature", String, "Signature"));
    pub static SERVER_NAME: &F = field!(
        F::new("vnc.server_name", String, "Server name").blurb("Server name specific to TightVNC")
    );
    pub static TIGHT_CLIENT_MESSAGE_TYPE: &F = field!(
        F::new(
            "vnc.tight_client_message_type",
            Int32,
            "Client message type (TightVNC)"
        )
        .blurb("Client message type specific to TightVNC")
    );
    pub static CLIENT_VENDOR: &F = field!(
        F::new("vnc.client_vendor", String, "Client vendor code")
            .blurb("Client vendor code specific to TightVNC")
    );
    pub static CLIENT_NAME: &F = field!(
        F::new("vnc.client_name", String, "Client name").blurb("Client name specific to TightVNC")
    );
    pub static ENCODING_TYPE: &F = field!(
        F::new("vnc.encoding_type", Int32, "Encoding type")
            .vals(ENCODING_TYPE_VALS)
            .blurb("Encoding type specific to TightVNC")
    );
    pub static ENCODING_VENDOR: &F = field!(
        F::new("vnc.encoding_vendor", String, "Encoding vendor code")
            .blurb("Encoding vendor code specific to TightVNC")
    );
    pub static ENCODING_NAME: &F = field!(
        F::new("vnc.encoding_name", String, "Encoding name")
            .blurb("Encoding name specific to TightVNC")
    );
    pub static TIGHT_RESET_STREAM0: &F = field!(
        F::new(
            "vnc.tight_reset_stream0",
            Boolean,
            "Reset compression stream 0"
        )
        .blurb("Tight compression, reset compression stream 0")
    );
    pub static TIGHT_RESET_STREAM1: &F = field!(
        F::new(
            "vnc.tight_reset_stream1",
            Boolean,
            "Reset compression stream 1"
        )
        .blurb("Tight compression, reset compression stream 1")
    );
    pub static TIGHT_RESET_STREAM2: &F = field!(
        F::new(
            "vnc.tight_reset_stream2",
            Boolean,
            "Reset compression stream 2"
        )
        .blurb("Tight compression, reset compression stream 2")
    );
    pub static TIGHT_RESET_STREAM3: &F = field!(
        F::new(
            "vnc.tight_reset_stream3",
            Boolean,
            "Reset compression stream 3"
        )
        .blurb("Tight compression, reset compression stream 3")
    );
    pub static TIGHT_RECT_TYPE: &F = field!(
        F::new("vnc.tight_rect_type", Uint8, "Rectangle type")
            .base(Base::Hex)
            .blurb("Tight compression, rectangle type")
    );
    pub static TIGHT_IMAGE_LEN: &F = field!(
        F::new("vnc.tight_image_len", Uint32, "Image data length")
            .blurb("Tight compression, length of image data")
    );
    pub static TIGHT_IMAGE_DATA: &F = field!(
        F::new("vnc.tight_image_data", Bytes, "Image data").blurb("Tight compression, image data")
    );
    pub static TIGHT_FILL_COLOR: &F = field!(
        F::new("vnc.tight_fill_color", Bytes, "Fill color (RGB)")
            .blurb("Tight compression, fill color for solid rectangle")
    );
    pub static TIGHT_FILTER_FLAG: &F = field!(
        F::new("vnc.tight_filter_flag", Boolean, "Explicit filter flag")
            .blurb("Tight compression, explicit filter flag")
    );
    pub static TIGHT_FILTER_ID: &F = field!(
        F::new("vnc.tight_filter_id", Uint8, "Filter ID")
            .vals(TIGHT_FILTER_ID_VALS)
            .blurb("Tight compression, filter ID")
    );
    pub static TIGHT_PALETTE_NUM_COLORS: &F = field!(
        F::new(
            "vnc.tight_palette_num_colors",
            Uint8,
            "Number of colors in palette"
        )
        .blurb("Tight compression, number of colors in rectangle's palette")
    );
    pub static TIGHT_PALETTE_DATA: &F = field!(
        F::new("vnc.tight_palette_data", Bytes, "Palette data")
            .blurb("Tight compression, palette data for a rectangle")
    );
    pub static AUTH_CHALLENGE: &F = field!(
        F::new("vnc.auth_challenge", Bytes, "Authentication challenge")
            .blurb("Random authentication challenge from server to client")
    );
    pub static AUTH_RESPONSE: &F = field!(
        F::new("vnc.auth_response", Bytes, "Authentication response")
            .blurb("Client's encrypted response to the server's authentication challenge")
    );
    pub static AUTH_RESULT: &F = field!(
        F::new("vnc.auth_result", Boolean, "Authentication result")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Failed", "OK")
    );
    pub static AUTH_ERROR_LEN: &F = field!(
        F::new(
            "vnc.auth_error_len",
            Uint32,
            "Length of authentication error"
        )
        .blurb("Authentication error length (present only if the authentication result is fail")
    );
    pub static AUTH_ERROR: &F = field!(
        F::new("vnc.auth_error", String, "Authentication error")
            .blurb("Authentication error (present only if the authentication result is fail")
    );
    pub static ARD_AUTH_GENERATOR: &F = field!(
        F::new("vnc.ard_auth_generator", Uint16, "Generator")
            .blurb("Generator for Diffie-Hellman key exchange")
    );
    pub static ARD_AUTH_KEY_LEN: &F = field!(
        F::new("vnc.ard_auth_key_len", Uint16, "Key length").blurb("Diffie-Hellman key length")
    );
    pub static ARD_AUTH_MODULUS: &F = field!(
        F::new("vnc.ard_auth_modulus", Bytes, "Prime modulus")
            .blurb("Prime modulus for Diffie-Hellman key exchange")
    );
    pub static ARD_AUTH_SERVER_KEY: &F = field!(
        F::new("vnc.ard_auth_server_key", Bytes, "Server public key")
            .blurb("Server's public Diffie-Hellman key")
    );
    pub static ARD_AUTH_CREDENTIALS: &F = field!(
        F::new("vnc.ard_auth_credentials", Bytes, "Encrypted credentials")
            .blurb("Encrypted client username and password")
    );
    pub static ARD_AUTH_CLIENT_KEY: &F = field!(
        F::new("vnc.ard_auth_client_key", Bytes, "Client public key")
            .blurb("Client's public Diffie-Hellman key")
    );
    pub static VENCRYPT_SERVER_MAJOR_VER: &F = field!(F::new(
        "vnc.vencrypt_server_major_ver",
        Uint8,
        "VeNCrypt server major version"
    ));
    pub static VENCRYPT_SERVER_MINOR_VER: &F = field!(F::new(
        "vnc.vencrypt_server_minor_ver",
        Uint8,
        "VeNCrypt server minor version"
    ));
    pub static VENCRYPT_CLIENT_MAJOR_VER: &F = field!(F::new(
        "vnc.vencrypt_client_major_ver",
        Uint8,
        "VeNCrypt client major version"
    ));
    pub static VENCRYPT_CLIENT_MINOR_VER: &F = field!(F::new(
        "vnc.vencrypt_client_minor_ver",
        Uint8,
        "VeNCrypt client minor version"
    ));
    pub static VENCRYPT_VERSION_ACK: &F = field!(
        F::new("vnc.vencrypt_version_ack", Boolean, "VeNCrypt version ack")
            .base(Base::Bits(8))
            .mask(0xff)
            .tfs("Error", "Ok")
    );
    pub static VENCRYPT_AUTH_TYPE: &F = field!(
        F::new(
            "vnc.vencrypt_auth_type",
            Uint32,
            "VeNCrypt authentication type"
        )
        .vals(VENCRYPT_AUTH_TYPE_VALS)
        .blurb("Authentication type specific to VeNCrypt")
    );
    pub static VENCRYPT_NUM_AUTH_TYPES: &F = field!(F::new(
        "vnc.vencrypt_num_auth_types",
        Uint32,
        "VeNCrypt Number of supported authentication types"
    ));
    pub static VENCRYPT_AUTH_TYPE_ACK: &F = field!(
        F::new(
            "vnc.vencrypt_auth_type_ack",
            Boolean,
            "VeNCrypt Authorization type ack"
        )
        .base(Base::Bits(8))
        .mask(0xff)
        .tfs("Ok", "Error")
    );
    pub static SHARE_DESKTOP_FLAG: &F = field!(
        F::new("vnc.share_desktop_flag", Boolean, "Share desktop flag")
            .blurb("Client's desire to share the server's desktop with other clients")
    );
    pub static WIDTH: &F = field!(
        F::new("vnc.width", Uint16, "Framebuffer width")
            .blurb("Width of the framebuffer (screen) in pixels")
    );
    pub static HEIGHT: &F = field!(
        F::new("vnc.height", Uint16, "Framebuffer height")
            .blurb("Height of the framebuffer (screen) in pixels")
    );
    pub static SERVER_BITS_PER_PIXEL: &F = field!(
        F::new("vnc.server_bits_per_pixel", Uint8, "Bits per pixel").blurb(
            "Number of bits used by server for each pixel value on the wire from the server"
        )
    );
    pub static SERVER_DEPTH: &F = field!(
        F::new("vnc.server_depth", Uint8, "Depth")
            .blurb("Number of useful bits in the pixel value on server")
    );
    pub static SERVER_BIG_ENDIAN_FLAG: &F = field!(
        F::new("vnc.server_big_endian_flag", Boolean, "Big endian flag")
            .blurb("True if multi-byte pixels are interpreted as big endian by server")
    );
    pub static SERVER_TRUE_COLOR_FLAG: &F = field!(F::new("vnc.server_true_color_flag", Boolean, "True color flag").blurb("If true, then the next six items specify how to extract the red, green and blue intensities from the pixel value on the server."));
    pub static SERVER_RED_MAX: &F = field!(
        F::new("vnc.server_red_max", Uint16, "Red maximum")
            .blurb("Maximum red value on server as n: 2^n - 1")
    );
    pub static SERVER_GREEN_MAX: &F = field!(
        F::new("vnc.server_green_max", Uint16, "Green maximum")
            .blurb("Maximum green value on server as n: 2^n - 1")
    );
    pub static SERVER_BLUE_MAX: &F = field!(
        F::new("vnc.server_blue_max", Uint16, "Blue maximum")
            .blurb("Maximum blue value on server as n: 2^n - 1")
    );
    pub static SERVER_RED_SHIFT: &F = field!(F::new("vnc.server_red_shift", Uint8, "Red shift").blurb("Number of shifts needed to get the red value in a pixel to the least significant bit on the server"));
    pub static SERVER_GREEN_SHIFT: &F = field!(F::new("vnc.server_green_shift", Uint8, "Green shift").blurb("Number of shifts needed to get the green value in a pixel to the least significant bit on the server"));
    pub static SERVER_BLUE_SHIFT: &F = field!(F::new("vnc.server_blue_shift", Uint8, "Blue shift").blurb("Number of shifts needed to get the blue value in a pixel to the least significant bit on the server"));
    pub static DESKTOP_NAME_LEN: &F = field!(
        F::new("vnc.desktop_name_len", Uint32, "Desktop name length")
            .blurb("Length of desktop name in bytes")
    );
    pub static SCREEN_NUM: &F = field!(F::new("vnc.screen_num", Uint8, "Number of screens"));
    pub static SCREEN_ID: &F =
        field!(F::new("vnc.screen_id", Uint32, "Screen ID").blurb("ID of screen"));
    pub static SCREEN_X: &F =
        field!(F::new("vnc.screen_x", Uint16, "Screen X position").blurb("X coordinate of screen"));
    pub static SCREEN_Y: &F =
        field!(F::new("vnc.screen_y", Uint16, "Screen Y position").blurb("Y coordinate of screen"));
    pub static SCREEN_WIDTH: &F =
        field!(F::new("vnc.screen_width", Uint16, "Screen width").blurb("Width of screen"));
    pub static SCREEN_HEIGHT: &F =
        field!(F::new("vnc.screen_height", Uint16, "Screen height").blurb("Height of screen"));
    pub static SCREEN_FLAGS: &F =
        field!(F::new("vnc.screen_flags", Uint32, "Screen flags").blurb("Flags of screen"));
    pub static DESKTOP_NAME: &F = field!(
        F::new("vnc.desktop_name", String, "Desktop name")
            .blurb("Name of the VNC desktop on the server")
    );
    pub static NUM_SERVER_MESSAGE_TYPES: &F = field!(
        F::new(
            "vnc.num_server_message_types",
            Uint16,
            "Server message types"
        )
        .blurb("Unknown")
    );
    pub static NUM_CLIENT_MESSAGE_TYPES: &F = field!(
        F::new(
            "vnc.num_client_message_types",
            Uint16,
            "Client message types"
        )
        .blurb("Unknown")
    );
    pub static NUM_ENCODING_TYPES: &F =
        field!(F::new("vnc.num_encoding_types", Uint16, "Encoding types").blurb("Unknown"));
    pub static CLIENT_MESSAGE_TYPE: &F = field!(
        F::new("vnc.client_message_type", Uint8, "Client Message Type")
            .vals(CLIENT_MESSAGE_TYPE_VALS)
            .blurb("Message type from client")
    );
    pub static CLIENT_BITS_PER_PIXEL: &F = field!(
        F::new("vnc.client_bits_per_pixel", Uint8, "Bits per pixel").blurb(
            "Number of bits used by server for each pixel value on the wire from the client"
        )
    );
    pub static CLIENT_DEPTH: &F = field!(
        F::new("vnc.client_depth", Uint8, "Depth")
            .blurb("Number of useful bits in the pixel value on client")
    );
    pub static CLIENT_BIG_ENDIAN_FLAG: &F = field!(
        F::new("vnc.client_big_endian_flag", Boolean, "Big endian flag")
            .blurb("True if multi-byte pixels are interpreted as big endian by client")
    );
    pub static CLIENT_TRUE_COLOR_FLAG: &F = field!(F::new("vnc.client_true_color_flag", Boolean, "True color flag").blurb("If true, then the next six items specify how to extract the red, green and blue intensities from the pixel value on the client."));
    pub static CLIENT_RED_MAX: &F = field!(
        F::new("vnc.client_red_max", Uint16, "Red maximum")
            .blurb("Maximum red value on client as n: 2^n - 1")
    );
    pub static CLIENT_GREEN_MAX: &F = field!(
        F::new("vnc.client_green_max", Uint16, "Green maximum")
            .blurb("Maximum green value on client as n: 2^n - 1")
    );
    pub static CLIENT_BLUE_MAX: &F = field!(
        F::new("vnc.client_blue_max", Uint16, "Blue maximum")
            .blurb("Maximum blue value on client as n: 2^n - 1")
    );
    pub static CLIENT_RED_SHIFT: &F = field!(F::new("vnc.client_red_shift", Uint8, "Red shift").blurb("Number of shifts needed to get the red value in a pixel to the least significant bit on the client"));
    pub static CLIENT_GREEN_SHIFT: &F = field!(F::new("vnc.client_green_shift", Uint8, "Green shift").blurb("Number of shifts needed to get the green value in a pixel to the least significant bit on the client"));
    pub static CLIENT_BLUE_SHIFT: &F = field!(F::new("vnc.client_blue_shift", Uint8, "Blue shift").blurb("Number of shifts needed to get the blue value in a pixel to the least significant bit on the client"));
    pub static KEY_DOWN: &F = field!(
        F::new("vnc.key_down", Boolean, "Key down")
            .tfs("Yes", "No")
            .blurb("Specifies whether the key is being pressed or not")
    );
    pub static KEY: &F = field!(
        F::new("vnc.key", Uint32, "Key")
            .base(Base::Hex)
            .vals(KEY_VALS)
            .blurb("Key being pressed/depressed")
    );
    pub static BUTTON_1_POS: &F = field!(
        F::new("vnc.button_1_pos", Boolean, "Mouse button #1 position")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #1 is being pressed or not")
    );
    pub static BUTTON_2_POS: &F = field!(
        F::new("vnc.button_2_pos", Boolean, "Mouse button #2 position")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #2 is being pressed or not")
    );
    pub static BUTTON_3_POS: &F = field!(
        F::new("vnc.button_3_pos", Boolean, "Mouse button #3 position")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #3 is being pressed or not")
    );
    pub static BUTTON_4_POS: &F = field!(
        F::new("vnc.button_4_pos", Boolean, "Mouse button #4 position")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #4 is being pressed or not")
    );
    pub static BUTTON_5_POS: &F = field!(
        F::new("vnc.button_5_pos", Boolean, "Mouse button #5 position")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #5 is being pressed or not")
    );
    pub static BUTTON_6_POS: &F = field!(
        F::new("vnc.button_6_pos", Boolean, "Mouse button #6 position")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #6 is being pressed or not")
    );
    pub static BUTTON_7_POS: &F = field!(
        F::new("vnc.button_7_pos", Boolean, "Mouse button #7 position")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #7 is being pressed or not")
    );
    pub static BUTTON_8_POS: &F = field!(
        F::new("vnc.button_8_pos", Boolean, "Mouse button #8 position")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Pressed", "Not pressed")
            .blurb("Whether mouse button #8 is being pressed or not")
    );
    pub static POINTER_X_POS: &F = field!(
        F::new("vnc.pointer_x_pos", Uint16, "X position")
            .blurb("Position of mouse cursor on the x-axis")
    );
    pub static POINTER_Y_POS: &F = field!(
        F::new("vnc.pointer_y_pos", Uint16, "Y position")
            .blurb("Position of mouse cursor on the y-axis")
    );
    pub static CLIENT_SET_ENCODINGS_NUM: &F = field!(
        F::new(
            "vnc.client_set_encodings_num",
            Uint16,
            "Number of encodings"
        )
        .blurb("Number of encodings used to send pixel data from server to client")
    );
    pub static CLIENT_SET_ENCODINGS_ENCODING_TYPE: &F = field!(
        F::new(
            "vnc.client_set_encodings_encoding_type",
            Int32,
            "Encoding type"
        )
        .vals(ENCODING_TYPE_VALS)
        .blurb("Type of encoding used to send pixel data from server to client")
    );
    pub static UPDATE_REQ_INCREMENTAL: &F = field!(
        F::new("vnc.update_req_incremental", Boolean, "Incremental update")
            .blurb("Specifies if the client wants an incremental update instead of a full one")
    );
    pub static UPDATE_REQ_X_POS: &F = field!(
        F::new("vnc.update_req_x_pos", Uint16, "X position")
            .blurb("X position of framebuffer (screen) update requested")
    );
    pub static UPDATE_REQ_Y_POS: &F = field!(
        F::new("vnc.update_req_y_pos", Uint16, "Y position")
            .blurb("Y position of framebuffer (screen) update request")
    );
    pub static UPDATE_REQ_WIDTH: &F = field!(
        F::new("vnc.update_req_width", Uint16, "Width")
            .blurb("Width of framebuffer (screen) update request")
    );
    pub static UPDATE_REQ_HEIGHT: &F = field!(
        F::new("vnc.update_req_height", Uint16, "Height")
            .blurb("Height of framebuffer (screen) update request")
    );
    pub static CLIENT_CUT_TEXT_LEN: &F = field!(
        F::new("vnc.client_cut_text_len", Uint32, "Length")
            .blurb("Length of client's copy/cut text (clipboard) string in bytes")
    );
    pub static CLIENT_CUT_TEXT: &F = field!(
        F::new("vnc.client_cut_text", String, "Text")
            .blurb("Text string in the client's copy/cut text (clipboard)")
    );
    pub static SERVER_MESSAGE_TYPE: &F = field!(
        F::new("vnc.server_message_type", Uint8, "Server Message Type")
            .vals(SERVER_MESSAGE_TYPE_VALS)
            .blurb("Message type from server")
    );
    pub static FB_UPDATE_NUM_RECTS: &F = field!(
        F::new("vnc.fb_update_num_rects", Uint16, "Number of rectangles")
            .blurb("Number of rectangles of this server framebuffer update")
    );
    pub static FB_UPDATE_X_POS: &F = field!(
        F::new("vnc.fb_update_x_pos", Uint16, "X position")
            .blurb("X position of this server framebuffer update")
    );
    pub static FB_UPDATE_Y_POS: &F = field!(
        F::new("vnc.fb_update_y_pos", Uint16, "Y position")
            .blurb("Y position of this server framebuffer update")
    );
    pub static FB_UPDATE_WIDTH: &F = field!(
        F::new("vnc.fb_update_width", Uint16, "Width")
            .blurb("Width of this server framebuffer update")
    );
    pub static FB_UPDATE_HEIGHT: &F = field!(
        F::new("vnc.fb_update_height", Uint16, "Height")
            .blurb("Height of this server framebuffer update")
    );
    pub static FB_UPDATE_ENCODING_TYPE: &F = field!(
        F::new("vnc.fb_update_encoding_type", Int32, "Encoding type")
            .vals(ENCODING_TYPE_VALS)
            .blurb("Encoding type of this server framebuffer update")
    );
    pub static CURSOR_X_FORE_BACK: &F = field!(
        F::new(
            "vnc.cursor_x_fore_back",
            Bytes,
            "X Cursor foreground RGB / background RGB"
        )
        .blurb("RGB values for the X cursor's foreground and background")
    );
    pub static CURSOR_ENCODING_PIXELS: &F = field!(
        F::new(
            "vnc.cursor_encoding_pixels",
            Bytes,
            "Cursor encoding pixels"
        )
        .blurb("Cursor encoding pixel data")
    );
    pub static CURSOR_ENCODING_BITMASK: &F = field!(
        F::new(
            "vnc.cursor_encoding_bitmask",
            Bytes,
            "Cursor encoding bitmask"
        )
        .blurb("Cursor encoding pixel bitmask")
    );
    pub static RAW_PIXEL_DATA: &F =
        field!(F::new("vnc.raw_pixel_data", Bytes, "Pixel data").blurb("Raw pixel data."));
    pub static COPYRECT_SRC_X_POS: &F = field!(
        F::new("vnc.copyrect_src_x_pos", Uint16, "Source x position")
            .blurb("X position of the rectangle to copy from")
    );
    pub static COPYRECT_SRC_Y_POS: &F = field!(
        F::new("vnc.copyrect_src_y_pos", Uint16, "Source y position")
            .blurb("Y position of the rectangle to copy from")
    );
    pub static RRE_NUM_SUBRECTS: &F = field!(
        F::new("vnc.rre_num_subrects", Uint32, "Number of subrectangles")
            .blurb("Number of subrectangles contained in this encoding type")
    );
    pub static RRE_BG_PIXEL: &F =
        field!(F::new("vnc.rre_bg_pixel", Bytes, "Background pixel value"));
    pub static RRE_SUBRECT_PIXEL: &F = field!(
        F::new("vnc.rre_subrect_pixel", Bytes, "Pixel value").blurb("Subrectangle pixel value")
    );
    pub static RRE_SUBRECT_X_POS: &F = field!(
        F::new("vnc.rre_subrect_x_pos", Uint16, "X position")
            .blurb("Position of this subrectangle on the x axis")
    );
    pub static RRE_SUBRECT_Y_POS: &F = field!(
        F::new("vnc.rre_subrect_y_pos", Uint16, "Y position")
            .blurb("Position of this subrectangle on the y axis")
    );
    pub static RRE_SUBRECT_WIDTH: &F = field!(
        F::new("vnc.rre_subrect_width", Uint16, "Width").blurb("Width of this subrectangle")
    );
    pub static RRE_SUBRECT_HEIGHT: &F = field!(
        F::new("vnc.rre_subrect_height", Uint16, "Height").blurb("Height of this subrectangle")
    );
    pub static HEXTILE_SUBENCODING: &F = field!(
        F::new("vnc.hextile_subencoding", Uint8, "Subencoding type")
            .blurb("Hextile subencoding type.")
    );
    pub static HEXTILE_RAW: &F = field!(
        F::new("vnc.hextile_raw", Boolean, "Raw")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Yes", "No")
            .blurb("Raw subencoding is used in this tile")
    );
    pub static HEXTILE_RAW_VALUE: &F = field!(
        F::new("vnc.hextile_raw_value", Bytes, "Raw pixel values")
            .blurb("Raw subencoding pixel values")
    );
    pub static HEXTILE_BG: &F = field!(
        F::new("vnc.hextile_bg", Boolean, "Background Specified")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Yes", "No")
            .blurb("Background Specified subencoding is used in this tile")
    );
    pub static HEXTILE_BG_VALUE: &F = field!(
        F::new("vnc.hextile_bg_value", Bytes, "Background pixel value")
            .blurb("Background color for this tile")
    );
    pub static HEXTILE_FG: &F = field!(
        F::new("vnc.hextile_fg", Boolean, "Foreground Specified")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Yes", "No")
            .blurb("Foreground Specified subencoding is used in this tile")
    );
    pub static HEXTILE_FG_VALUE: &F = field!(
        F::new("vnc.hextile_fg_value", Bytes, "Foreground pixel value")
            .blurb("Foreground color for this tile")
    );
    pub static HEXTILE_ANYSUBRECTS: &F = field!(
        F::new("vnc.hextile_anysubrects", Boolean, "Any Subrects")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Yes", "No")
            .blurb("Any subrects subencoding is used in this tile")
    );
    pub static HEXTILE_NUM_SUBRECTS: &F = field!(
        F::new("vnc.hextile_num_subrects", Uint8, "Number of subrectangles")
            .blurb("Number of subrectangles that follow")
    );
    pub static HEXTILE_SUBRECTSCOLORED: &F = field!(
        F::new("vnc.hextile_subrectscolored", Boolean, "Subrects Colored")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Yes", "No")
            .blurb("Subrects colored subencoding is used in this tile")
    );
    pub static HEXTILE_SUBRECT_PIXEL_VALUE: &F = field!(
        F::new("vnc.hextile_subrect_pixel_value", Bytes, "Pixel value")
            .blurb("Pixel value of this subrectangle")
    );
    pub static HEXTILE_SUBRECT_X_POS: &F = field!(
        F::new("vnc.hextile_subrect_x_pos", Uint8, "X position")
            .mask(0xf0)
            .blurb("X position of this subrectangle")
    );
    pub static HEXTILE_SUBRECT_Y_POS: &F = field!(
        F::new("vnc.hextile_subrect_y_pos", Uint8, "Y position")
            .mask(0xf)
            .blurb("Y position of this subrectangle")
    );
    pub static HEXTILE_SUBRECT_WIDTH: &F = field!(
        F::new("vnc.hextile_subrect_width", Uint8, "Width")
            .mask(0xf0)
            .blurb("Subrectangle width minus one")
    );
    pub static HEXTILE_SUBRECT_HEIGHT: &F = field!(
        F::new("vnc.hextile_subrect_height", Uint8, "Height")
            .mask(0xf)
            .blurb("Subrectangle height minus one")
    );
    pub static ZRLE_LEN: &F = field!(
        F::new("vnc.zrle_len", Uint32, "ZRLE compressed length")
            .blurb("Length of compressed ZRLE data that follows")
    );
    pub static ZRLE_SUBENCODING: &F = field!(
        F::new("vnc.zrle_subencoding", Uint8, "Subencoding type").blurb("Subencoding type byte")
    );
    pub static ZRLE_RLE: &F = field!(
        F::new("vnc.zrle_rle", Uint8, "RLE")
            .mask(0x80)
            .vals(ZRLE_RLE_VALS)
            .blurb("Specifies that data is run-length encoded")
    );
    pub static ZRLE_PALETTE_SIZE: &F =
        field!(F::new("vnc.zrle_palette_size", Uint8, "Palette size").mask(0x7f));
    pub static ZRLE_DATA: &F = field!(F::new("vnc.zrle_data", Bytes, "ZRLE compressed data").blurb("Compressed ZRLE data.  Compiling with zlib support will uncompress and dissect this data"));
    pub static ZRLE_RAW: &F = field!(
        F::new("vnc.zrle_raw", Bytes, "Pixel values").blurb("Raw pixel values for this tile")
    );
    pub static ZRLE_PALETTE: &F =
        field!(F::new("vnc.zrle_palette", Bytes, "Palette").blurb("Palette pixel values"));
    pub static COLORMAP_FIRST_COLOR: &F = field!(
        F::new("vnc.colormap_first_color", Uint16, "First color")
            .blurb("First color that should be mapped to given RGB intensities")
    );
    pub static COLOR_GROUPS: &F = field!(F::new("vnc.color_groups", None, "Color groups"));
    pub static COLORMAP_GROUPS: &F = field!(
        F::new("vnc.colormap_groups", Uint16, "Number of color groups")
            .blurb("Number of red/green/blue color groups")
    );
    pub static COLORMAP_RED: &F =
        field!(F::new("vnc.colormap_red", Uint16, "Red").blurb("Red intensity"));
    pub static COLORMAP_GREEN: &F =
        field!(F::new("vnc.colormap_green", Uint16, "Green").blurb("Green intensity"));
    pub static COLORMAP_BLUE: &F =
        field!(F::new("vnc.colormap_blue", Uint16, "Blue").blurb("Blue intensity"));
    pub static SERVER_CUT_TEXT_LEN: &F = field!(
        F::new("vnc.server_cut_text_len", Uint32, "Length")
            .blurb("Length of server's copy/cut text (clipboard) string in bytes")
    );
    pub static SERVER_CUT_TEXT: &F = field!(
        F::new("vnc.server_cut_text", String, "Text")
            .blurb("Text string in the server's copy/cut text (clipboard)")
    );
    pub static SUPPORTED_MESSAGES_CLIENT2SERVER: &F = field!(
        F::new(
            "vnc.supported_messages_client2server",
            Bytes,
            "Client2server"
        )
        .blurb("Supported client to server messages (bit flags)")
    );
    pub static SUPPORTED_MESSAGES_SERVER2CLIENT: &F = field!(
        F::new(
            "vnc.supported_messages_server2client",
            Bytes,
            "Server2client"
        )
        .blurb("Supported server to client messages (bit flags)")
    );
    pub static NUM_SUPPORTED_ENCODINGS: &F = field!(F::new(
        "vnc.num_supported_encodings",
        Uint16,
        "Number of supported encodings"
    ));
    pub static SUPPORTED_ENCODINGS: &F = field!(
        F::new("vnc.supported_encodings", Uint32, "Encoding")
            .base(Base::Hex)
            .blurb("Supported encoding")
    );
    pub static SERVER_IDENTITY: &F = field!(
        F::new("vnc.server_identity", String, "Server Identity").blurb("Server identity string")
    );
    pub static MIRRORLINK_TYPE: &F = field!(
        F::new("vnc.mirrorlink_type", Uint8, "Type")
            .vals(MIRRORLINK_TYPE_VALS)
            .blurb("MirrorLink extension message type")
    );
    pub static MIRRORLINK_LENGTH: &F =
        field!(F::new("vnc.mirrorlink_length", Uint16, "Length").blurb("Payload length"));
    pub static MIRRORLINK_VERSION_MAJOR: &F = field!(
        F::new("vnc.mirrorlink_version_major", Uint8, "Major Version")
            .blurb("MirrorLink major version")
    );
    pub static MIRRORLINK_VERSION_MINOR: &F = field!(
        F::new("vnc.mirrorlink_version_minor", Uint8, "Minor Version")
            .blurb("MirrorLink minor version")
    );
    pub static MIRRORLINK_FRAMEBUFFER_CONFIGURATION: &F = field!(
        F::new(
            "vnc.mirrorlink_framebuffer_configuration",
            Uint16,
            "Configuration"
        )
        .base(Base::Hex)
        .blurb("Framebuffer configuration")
    );
    pub static MIRRORLINK_PIXEL_WIDTH: &F = field!(
        F::new("vnc.mirrorlink_pixel_width", Uint16, "Pixel Width").blurb("Display width [pixel]")
    );
    pub static MIRRORLINK_PIXEL_HEIGHT: &F = field!(
        F::new("vnc.mirrorlink_pixel_height", Uint16, "Pixel Height")
            .blurb("Display height [pixel]")
    );
    pub static MIRRORLINK_PIXEL_FORMAT: &F = field!(
        F::new("vnc.mirrorlink_pixel_format", Uint16, "Pixel Format")
            .base(Base::Hex)
            .blurb("Pixel format support")
    );
    pub static MIRRORLINK_DISPLAY_WIDTH: &F = field!(
        F::new("vnc.mirrorlink_display_width", Uint16, "Display Width").blurb("Display width [mm]")
    );
    pub static MIRRORLINK_DISPLAY_HEIGHT: &F = field!(
        F::new("vnc.mirrorlink_display_height", Uint16, "Display Height")
            .blurb("Display height [mm]")
    );
    pub static MIRRORLINK_DISPLAY_DISTANCE: &F = field!(
        F::new(
            "vnc.mirrorlink_display_distance",
            Uint16,
            "Display Distance"
        )
        .blurb("Display distance [mm]")
    );
    pub static MIRRORLINK_KEYBOARD_LANGUAGE: &F = field!(
        F::new(
            "vnc.mirrorlink_keyboard_language",
            String,
            "Keyboard Language"
        )
        .blurb("Keyboard layout - Language code (according ISO 639-1)")
    );
    pub static MIRRORLINK_KEYBOARD_COUNTRY: &F = field!(
        F::new(
            "vnc.mirrorlink_keyboard_country",
            String,
            "Keyboard Country"
        )
        .blurb("Keyboard layout - Country code (according ISO 3166-1 alpha-2)")
    );
    pub static MIRRORLINK_UI_LANGUAGE: &F = field!(
        F::new("vnc.mirrorlink_ui_language", String, "UI Language")
            .blurb("UI language - Language code (according ISO 639-1)")
    );
    pub static MIRRORLINK_UI_COUNTRY: &F = field!(
        F::new("vnc.mirrorlink_ui_country", String, "UI Country")
            .blurb("UI language - Country code (according ISO 3166-1 alpha 2)")
    );
    pub static MIRRORLINK_KNOB_KEYS: &F = field!(
        F::new("vnc.mirrorlink_knob_keys", Uint32, "Knob Keys")
            .base(Base::Hex)
            .blurb("Supported knob keys")
    );
    pub static MIRRORLINK_DEVICE_KEYS: &F = field!(
        F::new("vnc.mirrorlink_device_keys", Uint32, "Device Keys")
            .base(Base::Hex)
            .blurb("Supported device keys")
    );
    pub static MIRRORLINK_MULTIMEDIA_KEYS: &F = field!(
        F::new("vnc.mirrorlink_multimedia_keys", Uint32, "Multimedia Keys")
            .base(Base::Hex)
            .blurb("Supported multimedia keys")
    );
    pub static MIRRORLINK_KEY_RELATED: &F = field!(
        F::new("vnc.mirrorlink_key_related", Uint32, "Keyboard")
            .base(Base::Hex)
            .blurb("Keyboard related")
    );
    pub static MIRRORLINK_POINTER_RELATED: &F = field!(
        F::new("vnc.mirrorlink_pointer_related", Uint32, "Pointer")
            .base(Base::Hex)
            .blurb("Pointer related")
    );
    pub static MIRRORLINK_KEY_SYMBOL_VALUE_CLIENT: &F = field!(
        F::new(
            "vnc.mirrorlink_key_symbol_value_client",
            Uint32,
            "Client KeySymValue"
        )
        .base(Base::Hex)
        .blurb("Client key symbol value")
    );
    pub static MIRRORLINK_KEY_SYMBOL_VALUE_SERVER: &F = field!(
        F::new(
            "vnc.mirrorlink_key_symbol_value_server",
            Uint32,
            "Server KeySymValue"
        )
        .base(Base::Hex)
        .blurb("Server key symbol value")
    );
    pub static MIRRORLINK_KEY_CONFIGURATION: &F = field!(
        F::new("vnc.mirrorlink_key_configuration", Uint8, "Configuration")
            .base(Base::Hex)
            .blurb("Key event listing configuration")
    );
    pub static MIRRORLINK_KEY_NUM_EVENTS: &F = field!(
        F::new(
            "vnc.mirrorlink_key_num_events",
            Uint8,
            "Number of Key Events"
        )
        .blurb("Number of key events in list")
    );
    pub static MIRRORLINK_KEY_EVENT_COUNTER: &F = field!(
        F::new(
            "vnc.mirrorlink_key_event_counter",
            Uint16,
            "Key Event Counter"
        )
        .blurb("Key event listing counter")
    );
    pub static MIRRORLINK_KEY_SYMBOL_VALUE: &F = field!(
        F::new("vnc.mirrorlink_key_symbol_value", Uint32, "KeySymValue")
            .base(Base::Hex)
            .blurb("Key symbol value")
    );
    pub static MIRRORLINK_KEY_REQUEST_CONFIGURATION: &F = field!(
        F::new(
            "vnc.mirrorlink_key_request_configuration",
            Uint32,
            "Configuration"
        )
        .base(Base::Hex)
        .blurb("Key event listing request configuration")
    );
    pub static MIRRORLINK_KEYBOARD_CONFIGURATION: &F = field!(
        F::new(
            "vnc.mirrorlink_keyboard_configuration",
            Uint32,
            "Configuration"
        )
        .base(Base::Hex)
        .blurb("Virtual keyboard configuration")
    );
    pub static MIRRORLINK_CURSOR_X: &F =
        field!(F::new("vnc.mirrorlink_cursor_x", Uint16, "Cursor X").blurb("Cursor - X position"));
    pub static MIRRORLINK_CURSOR_Y: &F =
        field!(F::new("vnc.mirrorlink_cursor_y", Uint16, "Cursor Y").blurb("Cursor - Y position"));
    pub static MIRRORLINK_TEXT_X: &F = field!(
        F::new("vnc.mirrorlink_text_x", Uint16, "Text X").blurb("Text input area - X position")
    );
    pub static MIRRORLINK_TEXT_Y: &F = field!(
        F::new("vnc.mirrorlink_text_y", Uint16, "Text Y").blurb("Text input area - Y position")
    );
    pub static MIRRORLINK_TEXT_WIDTH: &F = field!(
        F::new("vnc.mirrorlink_text_width", Uint16, "Text Width").blurb("Text input area - Width")
    );
    pub static MIRRORLINK_TEXT_HEIGHT: &F = field!(
        F::new("vnc.mirrorlink_text_height", Uint16, "Text Height")
            .blurb("Text input area - Height")
    );
    pub static MIRRORLINK_KEYBOARD_REQUEST_CONFIGURATION: &F = field!(
        F::new(
            "vnc.mirrorlink_keyboard_request_configuration",
            Uint32,
            "Configuration"
        )
        .base(Base::Hex)
        .blurb("Virtual keyboard request configuration")
    );
    pub static MIRRORLINK_DEVICE_STATUS: &F = field!(
        F::new("vnc.mirrorlink_device_status", Uint32, "Device Status")
            .base(Base::Hex)
            .blurb("Status of Device Features")
    );
    pub static MIRRORLINK_APP_ID: &F = field!(
        F::new("vnc.mirrorlink_app_id", Uint32, "App Id")
            .base(Base::Hex)
            .blurb("Unique application id")
    );
    pub static MIRRORLINK_FB_BLOCK_X: &F = field!(
        F::new("vnc.mirrorlink_fb_block_x", Uint16, "Frambuffer X")
            .blurb("Frambuffer blocking - X position")
    );
    pub static MIRRORLINK_FB_BLOCK_Y: &F = field!(
        F::new("vnc.mirrorlink_fb_block_y", Uint16, "Frambuffer Y")
            .blurb("Frambuffer blocking - Y position")
    );
    pub static MIRRORLINK_FB_BLOCK_WIDTH: &F = field!(
        F::new("vnc.mirrorlink_fb_block_width", Uint16, "Frambuffer Width")
            .blurb("Frambuffer blocking - Width")
    );
    pub static MIRRORLINK_FB_BLOCK_HEIGHT: &F = field!(
        F::new(
            "vnc.mirrorlink_fb_block_height",
            Uint16,
            "Frambuffer Height"
        )
        .blurb("Frambuffer blocking - Height")
    );
    pub static MIRRORLINK_FB_BLOCK_REASON: &F = field!(
        F::new("vnc.mirrorlink_fb_block_reason", Uint16, "Reason")
            .base(Base::Hex)
            .blurb("Reason for blocking")
    );
    pub static MIRRORLINK_AUDIO_BLOCK_REASON: &F = field!(
        F::new("vnc.mirrorlink_audio_block_reason", Uint16, "Reason")
            .base(Base::Hex)
            .blurb("Reason for blocking")
    );
    pub static MIRRORLINK_TOUCH_NUM_EVENTS: &F = field!(
        F::new(
            "vnc.mirrorlink_touch_num_events",
            Uint8,
            "Number of Touch Events"
        )
        .blurb("Number of touch events in list")
    );
    pub static MIRRORLINK_TOUCH_X: &F = field!(
        F::new("vnc.mirrorlink_touch_x", Uint16, "Touch X").blurb("Touch event - X position")
    );
    pub static MIRRORLINK_TOUCH_Y: &F = field!(
        F::new("vnc.mirrorlink_touch_y", Uint16, "Touch Y").blurb("Touch event - Y position")
    );
    pub static MIRRORLINK_TOUCH_ID: &F = field!(
        F::new("vnc.mirrorlink_touch_id", Uint8, "Touch Id").blurb("Touch event - identifier")
    );
    pub static MIRRORLINK_TOUCH_PRESSURE: &F = field!(
        F::new("vnc.mirrorlink_touch_pressure", Uint8, "Touch Pressure")
            .blurb("Touch event - pressure value")
    );
    pub static MIRRORLINK_TEXT: &F =
        field!(F::new("vnc.mirrorlink_text", String, "Text").blurb("Textual information"));
    pub static MIRRORLINK_TEXT_LENGTH: &F = field!(
        F::new("vnc.mirrorlink_text_length", Uint16, "Length")
            .blurb("Length of textual information")
    );
    pub static MIRRORLINK_TEXT_MAX_LENGTH: &F = field!(
        F::new("vnc.mirrorlink_text_max_length", Uint16, "Max Length")
            .blurb("Maximum length of textual information")
    );
    pub static MIRRORLINK_UNKNOWN: &F =
        field!(F::new("vnc.mirrorlink_unknown", Bytes, "Unknown").blurb("Unknown data"));
    pub static FENCE_FLAGS: &F =
        field!(F::new("vnc.fence_flags", Uint32, "Fence flags").base(Base::Hex));
    pub static FENCE_REQUEST: &F = field!(
        F::new("vnc.fence_request", Boolean, "Fence_request")
            .base(Base::Bits(32))
            .mask(0x80000000)
    );
    pub static FENCE_SYNC_NEXT: &F = field!(
        F::new("vnc.fence_sync_next", Boolean, "Fence_sync_next")
            .base(Base::Bits(32))
            .mask(0x4)
    );
    pub static FENCE_BLOCK_AFTER: &F = field!(
        F::new("vnc.fence_block_after", Boolean, "Fence_block_after")
            .base(Base::Bits(32))
            .mask(0x2)
    );
    pub static FENCE_BLOCK_BEFORE: &F = field!(
        F::new("vnc.fence_block_before", Boolean, "Fence block_before")
            .base(Base::Bits(32))
            .mask(0x1)
    );
    pub static FENCE_PAYLOAD_LENGTH: &F = field!(F::new(
        "vnc.fence_payload_length",
        Uint8,
        "Fence payload length"
    ));
    pub static FENCE_PAYLOAD: &F = field!(F::new("vnc.fence_payload", Bytes, "Fence payload"));
    pub static CONTEXT_INFORMATION_APP_ID: &F = field!(
        F::new("vnc.context_information_app_id", Uint32, "App Id")
            .base(Base::Hex)
            .blurb("Unique application id")
    );
    pub static CONTEXT_INFORMATION_APP_TRUST_LEVEL: &F = field!(
        F::new(
            "vnc.context_information_app_trust_level",
            Uint16,
            "App Trust Level"
        )
        .base(Base::Hex)
        .blurb("Trust Level for Application Category")
    );
    pub static CONTEXT_INFORMATION_CONTENT_TRUST_LEVEL: &F = field!(
        F::new(
            "vnc.context_information_content_trust_level",
            Uint16,
            "Content Trust Level"
        )
        .base(Base::Hex)
        .blurb("Trust Level for Content Category")
    );
    pub static CONTEXT_INFORMATION_APP_CATEGORY: &F = field!(
        F::new(
            "vnc.context_information_app_category",
            Uint32,
            "App Category"
        )
        .base(Base::Hex)
        .blurb("Application Category")
    );
    pub static CONTEXT_INFORMATION_CONTENT_CATEGORY: &F = field!(
        F::new(
            "vnc.context_information_content_category",
            Uint32,
            "Content Category"
        )
        .base(Base::Hex)
        .blurb("Visual content category")
    );
    pub static CONTEXT_INFORMATION_CONTENT_RULES: &F = field!(
        F::new(
            "vnc.context_information_content_rules",
            Uint32,
            "Content Rules"
        )
        .base(Base::Hex)
        .blurb("Visual content rules")
    );
    pub static SLRLE_RUN_NUM: &F = field!(
        F::new("vnc.slrle_run_num", Uint16, "Number of Runs").blurb("Number of Runs within Line")
    );
    pub static SLRLE_RUN_DATA: &F = field!(
        F::new("vnc.slrle_run_data", Bytes, "Raw RLE data")
            .blurb("Raw Run-Length encoded data within Line")
    );
    pub static H264_SLICE_TYPE: &F = field!(
        F::new("vnc.h264_slice_type", Uint32, "Slice Type")
            .vals(H264_SLICE_TYPE_VALS)
            .blurb("Frame slice type")
    );
    pub static H264_NBYTES: &F = field!(
        F::new("vnc.h264_nbytes", Uint32, "Number of Bytes").blurb("Number of bytes within frame")
    );
    pub static H264_WIDTH: &F =
        field!(F::new("vnc.h264_width", Uint32, "Width").blurb("Frame Width"));
    pub static H264_HEIGHT: &F =
        field!(F::new("vnc.h264_height", Uint32, "Height").blurb("Frame Height"));
    pub static H264_DATA: &F =
        field!(F::new("vnc.h264_data", Bytes, "Data").blurb("Frame H.264 data"));
    pub static POSSIBLE_GTK_VNC_BUG: &F = field!(F::new(
        "vnc.possible_gtk_vnc_bug",
        None,
        "NULL found in greeting. client -> server greeting must be 12 bytes (possible gtk-vnc bug)"
    ));
    pub static AUTH_CODE_MISMATCH: &F = field!(F::new(
        "vnc.auth_code_mismatch",
        None,
        "Authentication code does not match vendor or signature"
    ));
    pub static UNKNOWN_TIGHT_VNC_AUTH: &F = field!(F::new(
        "vnc.unknown_tight_vnc_auth",
        None,
        "Unknown TIGHT VNC authentication"
    ));
    pub static TOO_MANY_RECTANGLES: &F = field!(F::new(
        "vnc.too_many_rectangles",
        None,
        "Too many rectangles, aborting dissection"
    ));
    pub static TOO_MANY_SUB_RECTANGLES: &F = field!(F::new(
        "vnc.too_many_sub_rectangles",
        None,
        "Too many sub-rectangles, aborting dissection"
    ));
    pub static INVALID_ENCODING: &F =
        field!(F::new("vnc.invalid_encoding", None, "Invalid encoding"));
    pub static TOO_MANY_COLORS: &F = field!(F::new(
        "vnc.too_many_colors",
        None,
        "Too many colors, aborting dissection"
    ));
    pub static TOO_MANY_CUT_TEXT: &F = field!(F::new(
        "vnc.too_many_cut_text",
        None,
        "Too much cut text, aborting dissection"
    ));
    pub static ZRLE_FAILED: &F = field!(F::new(
        "vnc.zrle_failed",
        None,
        "Decompression of ZRLE data failed"
    ));
    pub static UNKNOWN_TIGHT_PACKET: &F = field!(F::new(
        "vnc.unknown_tight_packet",
        None,
        "Unknown packet (TightVNC)"
    ));
    pub static REASSEMBLE: &F = field!(F::new(
        "vnc.reassemble",
        None,
        "See further on for dissection of the complete (reassembled) PDU"
    ));

    /// What tshark writes in the Info column for this segment.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.vnc.info", String, "Info").blurb("The Info column's text for this segment")
    );

    /// The segment starts a server message VNC asked TCP one more segment
    /// for: TCP names it in the Protocol column and adds its note to the
    /// Info.
    pub static OSIDUMP_TCP_SEGMENT: &F = field!(
        F::new(
            "osidump.vnc.tcp_segment",
            Boolean,
            "TCP segment of a reassembled PDU"
        )
        .blurb("The segment starts a server message VNC asked one more segment for")
    );

    pub static ALL: &[&F] = &[
        PADDING,
        SERVER_PROTO_VER,
        CLIENT_PROTO_VER,
        NUM_SECURITY_TYPES,
        SECURITY_TYPE,
        SERVER_SECURITY_TYPE,
        CLIENT_SECURITY_TYPE,
        NUM_TUNNEL_TYPES,
        TUNNEL_TYPE_CODE,
        TUNNEL_TYPE_VENDOR,
        TUNNEL_TYPE_SIGNATURE,
        NUM_AUTH_TYPES,
        TIGHT_AUTH_CODE,
        TIGHT_SERVER_MESSAGE_TYPE,
        SERVER_VENDOR,
        SIGNATURE,
        SERVER_NAME,
        TIGHT_CLIENT_MESSAGE_TYPE,
        CLIENT_VENDOR,
        CLIENT_NAME,
        ENCODING_TYPE,
        ENCODING_VENDOR,
        ENCODING_NAME,
        TIGHT_RESET_STREAM0,
        TIGHT_RESET_STREAM1,
        TIGHT_RESET_STREAM2,
        TIGHT_RESET_STREAM3,
        TIGHT_RECT_TYPE,
        TIGHT_IMAGE_LEN,
        TIGHT_IMAGE_DATA,
        TIGHT_FILL_COLOR,
        TIGHT_FILTER_FLAG,
        TIGHT_FILTER_ID,
        TIGHT_PALETTE_NUM_COLORS,
        TIGHT_PALETTE_DATA,
        AUTH_CHALLENGE,
        AUTH_RESPONSE,
        AUTH_RESULT,
        AUTH_ERROR_LEN,
        AUTH_ERROR,
        ARD_AUTH_GENERATOR,
        ARD_AUTH_KEY_LEN,
        ARD_AUTH_MODULUS,
        ARD_AUTH_SERVER_KEY,
        ARD_AUTH_CREDENTIALS,
        ARD_AUTH_CLIENT_KEY,
        VENCRYPT_SERVER_MAJOR_VER,
        VENCRYPT_SERVER_MINOR_VER,
        VENCRYPT_CLIENT_MAJOR_VER,
        VENCRYPT_CLIENT_MINOR_VER,
        VENCRYPT_VERSION_ACK,
        VENCRYPT_AUTH_TYPE,
        VENCRYPT_NUM_AUTH_TYPES,
        VENCRYPT_AUTH_TYPE_ACK,
        SHARE_DESKTOP_FLAG,
        WIDTH,
        HEIGHT,
        SERVER_BITS_PER_PIXEL,
        SERVER_DEPTH,
        SERVER_BIG_ENDIAN_FLAG,
        SERVER_TRUE_COLOR_FLAG,
        SERVER_RED_MAX,
        SERVER_GREEN_MAX,
        SERVER_BLUE_MAX,
        SERVER_RED_SHIFT,
        SERVER_GREEN_SHIFT,
        SERVER_BLUE_SHIFT,
        DESKTOP_NAME_LEN,
        SCREEN_NUM,
        SCREEN_ID,
        SCREEN_X,
        SCREEN_Y,
        SCREEN_WIDTH,
        SCREEN_HEIGHT,
        SCREEN_FLAGS,
        DESKTOP_NAME,
        NUM_SERVER_MESSAGE_TYPES,
        NUM_CLIENT_MESSAGE_TYPES,
        NUM_ENCODING_TYPES,
        CLIENT_MESSAGE_TYPE,
        CLIENT_BITS_PER_PIXEL,
        CLIENT_DEPTH,
        CLIENT_BIG_ENDIAN_FLAG,
        CLIENT_TRUE_COLOR_FLAG,
        CLIENT_RED_MAX,
        CLIENT_GREEN_MAX,
        CLIENT_BLUE_MAX,
        CLIENT_RED_SHIFT,
        CLIENT_GREEN_SHIFT,
        CLIENT_BLUE_SHIFT,
        KEY_DOWN,
        KEY,
        BUTTON_1_POS,
        BUTTON_2_POS,
        BUTTON_3_POS,
        BUTTON_4_POS,
        BUTTON_5_POS,
        BUTTON_6_POS,
        BUTTON_7_POS,
        BUTTON_8_POS,
        POINTER_X_POS,
        POINTER_Y_POS,
        CLIENT_SET_ENCODINGS_NUM,
        CLIENT_SET_ENCODINGS_ENCODING_TYPE,
        UPDATE_REQ_INCREMENTAL,
        UPDATE_REQ_X_POS,
        UPDATE_REQ_Y_POS,
        UPDATE_REQ_WIDTH,
        UPDATE_REQ_HEIGHT,
        CLIENT_CUT_TEXT_LEN,
        CLIENT_CUT_TEXT,
        SERVER_MESSAGE_TYPE,
        FB_UPDATE_NUM_RECTS,
        FB_UPDATE_X_POS,
        FB_UPDATE_Y_POS,
        FB_UPDATE_WIDTH,
        FB_UPDATE_HEIGHT,
        FB_UPDATE_ENCODING_TYPE,
        CURSOR_X_FORE_BACK,
        CURSOR_ENCODING_PIXELS,
        CURSOR_ENCODING_BITMASK,
        RAW_PIXEL_DATA,
        COPYRECT_SRC_X_POS,
        COPYRECT_SRC_Y_POS,
        RRE_NUM_SUBRECTS,
        RRE_BG_PIXEL,
        RRE_SUBRECT_PIXEL,
        RRE_SUBRECT_X_POS,
        RRE_SUBRECT_Y_POS,
        RRE_SUBRECT_WIDTH,
        RRE_SUBRECT_HEIGHT,
        HEXTILE_SUBENCODING,
        HEXTILE_RAW,
        HEXTILE_RAW_VALUE,
        HEXTILE_BG,
        HEXTILE_BG_VALUE,
        HEXTILE_FG,
        HEXTILE_FG_VALUE,
        HEXTILE_ANYSUBRECTS,
        HEXTILE_NUM_SUBRECTS,
        HEXTILE_SUBRECTSCOLORED,
        HEXTILE_SUBRECT_PIXEL_VALUE,
        HEXTILE_SUBRECT_X_POS,
        HEXTILE_SUBRECT_Y_POS,
        HEXTILE_SUBRECT_WIDTH,
        HEXTILE_SUBRECT_HEIGHT,
        ZRLE_LEN,
        ZRLE_SUBENCODING,
        ZRLE_RLE,
        ZRLE_PALETTE_SIZE,
        ZRLE_DATA,
        ZRLE_RAW,
        ZRLE_PALETTE,
        COLORMAP_FIRST_COLOR,
        COLOR_GROUPS,
        COLORMAP_GROUPS,
        COLORMAP_RED,
        COLORMAP_GREEN,
        COLORMAP_BLUE,
        SERVER_CUT_TEXT_LEN,
        SERVER_CUT_TEXT,
        SUPPORTED_MESSAGES_CLIENT2SERVER,
        SUPPORTED_MESSAGES_SERVER2CLIENT,
        NUM_SUPPORTED_ENCODINGS,
        SUPPORTED_ENCODINGS,
        SERVER_IDENTITY,
        MIRRORLINK_TYPE,
        MIRRORLINK_LENGTH,
        MIRRORLINK_VERSION_MAJOR,
        MIRRORLINK_VERSION_MINOR,
        MIRRORLINK_FRAMEBUFFER_CONFIGURATION,
        MIRRORLINK_PIXEL_WIDTH,
        MIRRORLINK_PIXEL_HEIGHT,
        MIRRORLINK_PIXEL_FORMAT,
        MIRRORLINK_DISPLAY_WIDTH,
        MIRRORLINK_DISPLAY_HEIGHT,
        MIRRORLINK_DISPLAY_DISTANCE,
        MIRRORLINK_KEYBOARD_LANGUAGE,
        MIRRORLINK_KEYBOARD_COUNTRY,
        MIRRORLINK_UI_LANGUAGE,
        MIRRORLINK_UI_COUNTRY,
        MIRRORLINK_KNOB_KEYS,
        MIRRORLINK_DEVICE_KEYS,
        MIRRORLINK_MULTIMEDIA_KEYS,
        MIRRORLINK_KEY_RELATED,
        MIRRORLINK_POINTER_RELATED,
        MIRRORLINK_KEY_SYMBOL_VALUE_CLIENT,
        MIRRORLINK_KEY_SYMBOL_VALUE_SERVER,
        MIRRORLINK_KEY_CONFIGURATION,
        MIRRORLINK_KEY_NUM_EVENTS,
        MIRRORLINK_KEY_EVENT_COUNTER,
        MIRRORLINK_KEY_SYMBOL_VALUE,
        MIRRORLINK_KEY_REQUEST_CONFIGURATION,
        MIRRORLINK_KEYBOARD_CONFIGURATION,
        MIRRORLINK_CURSOR_X,
        MIRRORLINK_CURSOR_Y,
        MIRRORLINK_TEXT_X,
        MIRRORLINK_TEXT_Y,
        MIRRORLINK_TEXT_WIDTH,
        MIRRORLINK_TEXT_HEIGHT,
        MIRRORLINK_KEYBOARD_REQUEST_CONFIGURATION,
        MIRRORLINK_DEVICE_STATUS,
        MIRRORLINK_APP_ID,
        MIRRORLINK_FB_BLOCK_X,
        MIRRORLINK_FB_BLOCK_Y,
        MIRRORLINK_FB_BLOCK_WIDTH,
        MIRRORLINK_FB_BLOCK_HEIGHT,
        MIRRORLINK_FB_BLOCK_REASON,
        MIRRORLINK_AUDIO_BLOCK_REASON,
        MIRRORLINK_TOUCH_NUM_EVENTS,
        MIRRORLINK_TOUCH_X,
        MIRRORLINK_TOUCH_Y,
        MIRRORLINK_TOUCH_ID,
        MIRRORLINK_TOUCH_PRESSURE,
        MIRRORLINK_TEXT,
        MIRRORLINK_TEXT_LENGTH,
        MIRRORLINK_TEXT_MAX_LENGTH,
        MIRRORLINK_UNKNOWN,
        FENCE_FLAGS,
        FENCE_REQUEST,
        FENCE_SYNC_NEXT,
        FENCE_BLOCK_AFTER,
        FENCE_BLOCK_BEFORE,
        FENCE_PAYLOAD_LENGTH,
        FENCE_PAYLOAD,
        CONTEXT_INFORMATION_APP_ID,
        CONTEXT_INFORMATION_APP_TRUST_LEVEL,
        CONTEXT_INFORMATION_CONTENT_TRUST_LEVEL,
        CONTEXT_INFORMATION_APP_CATEGORY,
        CONTEXT_INFORMATION_CONTENT_CATEGORY,
        CONTEXT_INFORMATION_CONTENT_RULES,
        SLRLE_RUN_NUM,
        SLRLE_RUN_DATA,
        H264_SLICE_TYPE,
        H264_NBYTES,
        H264_WIDTH,
        H264_HEIGHT,
        H264_DATA,
        POSSIBLE_GTK_VNC_BUG,
        AUTH_CODE_MISMATCH,
        UNKNOWN_TIGHT_VNC_AUTH,
        TOO_MANY_RECTANGLES,
        TOO_MANY_SUB_RECTANGLES,
        INVALID_ENCODING,
        TOO_MANY_COLORS,
        TOO_MANY_CUT_TEXT,
        ZRLE_FAILED,
        UNKNOWN_TIGHT_PACKET,
        REASSEMBLE,
        OSIDUMP_INFO,
        OSIDUMP_TCP_SEGMENT,
    ];

    const SECURITY_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Invalid"),
        (1, "None"),
        (2, "VNC"),
        (5, "RA2"),
        (6, "RA2ne"),
        (16, "Tight"),
        (17, "Ultra"),
        (18, "TLS"),
        (19, "VeNCrypt"),
        (20, "GTK-VNC SASL"),
        (30, "Apple Remote Desktop"),
    ];

    const ENCODING_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Raw"),
        (1, "CopyRect"),
        (2, "RRE"),
        (4, "CoRRE"),
        (5, "Hextile"),
        (6, "Zlib"),
        (7, "Tight"),
        (8, "ZlibHex"),
        (9, "Ultra"),
        (16, "ZRLE"),
        (17, "Hitachi ZYWRLE"),
        (1211250228, "H264"),
        (4294836224, "Keyboard LED State"),
        (4294836225, "Supported Messages"),
        (4294836226, "Supported Encodings"),
        (4294836227, "Server Identity"),
        (4294901761, "Enable Caching"),
        (4294934528, "Server State"),
        (4294934529, "Enable Keep Alive"),
        (4294934530, "FTP protocol version"),
        (4294966769, "HSML"),
        (4294966770, "Transform"),
        (4294966771, "SLRLE"),
        (4294966772, "Context Information"),
        (4294966773, "MirrorLink"),
        (4294966988, "Extended Desktop Size"),
        (4294966989, "Desktop Name"),
        (4294967040, "Compression level 0"),
        (4294967041, "Compression level 1"),
        (4294967042, "Compression level 2"),
        (4294967043, "Compression level 3"),
        (4294967044, "Compression level 4"),
        (4294967045, "Compression level 5"),
        (4294967046, "Compression level 6"),
        (4294967047, "Compression level 7"),
        (4294967048, "Compression level 8"),
        (4294967049, "Compression level 9"),
        (4294967056, "X Cursor (pseudo)"),
        (4294967057, "Rich Cursor (pseudo)"),
        (4294967064, "Pointer pos (pseudo)"),
        (4294967072, "LastRect (pseudo)"),
        (4294967073, "DesktopSize (pseudo)"),
        (4294967264, "JPEG quality level 0"),
        (4294967265, "JPEG quality level 1"),
        (4294967266, "JPEG quality level 2"),
        (4294967267, "JPEG quality level 3"),
        (4294967268, "JPEG quality level 4"),
        (4294967269, "JPEG quality level 5"),
        (4294967270, "JPEG quality level 6"),
        (4294967271, "JPEG quality level 7"),
        (4294967272, "JPEG quality level 8"),
        (4294967273, "JPEG quality level 9"),
    ];

    const TIGHT_FILTER_ID_VALS: &[(u64, &str)] = &[(0, "Copy"), (1, "Palette"), (2, "Gradient")];

    const VENCRYPT_AUTH_TYPE_VALS: &[(u64, &str)] = &[
        (1, "None"),
        (2, "VNC"),
        (256, "Plain"),
        (257, "TLS None"),
        (258, "TLS VNC"),
        (259, "TLS Plain"),
        (260, "X.509 None"),
        (261, "X.509 VNC"),
        (262, "X.509 Plain"),
        (263, "TLS SASL"),
        (264, "X.509 SASL"),
    ];

    const CLIENT_MESSAGE_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Set Pixel Format"),
        (2, "Set Encodings"),
        (3, "Framebuffer Update Request"),
        (4, "Key Event"),
        (5, "Pointer Event"),
        (6, "Cut Text"),
        (128, "MirrorLink"),
        (150, "Enable Continuous Updates"),
        (248, "Fence"),
        (250, "Xvp"),
        (251, "Setr Desktop Size"),
        (252, "Tight"),
        (253, "Gii"),
        (255, "Qemu"),
    ];

    const KEY_VALS: &[(u64, &str)] = &[
        (0x0, "NoSymbol"),
        (0x20, "space"),
        (0x21, "!"),
        (0x22, "\""),
        (0x23, "#"),
        (0x24, "$"),
        (0x25, "%"),
        (0x26, "&"),
        (0x27, "'"),
        (0x28, "("),
        (0x29, ")"),
        (0x2a, "*"),
        (0x2b, "+"),
        (0x2c, ","),
        (0x2d, "-"),
        (0x2e, "."),
        (0x2f, "/"),
        (0x30, "0"),
        (0x31, "1"),
        (0x32, "2"),
        (0x33, "3"),
        (0x34, "4"),
        (0x35, "5"),
        (0x36, "6"),
        (0x37, "7"),
        (0x38, "8"),
        (0x39, "9"),
        (0x3a, ":"),
        (0x3b, ";"),
        (0x3c, "<"),
        (0x3d, "="),
        (0x3e, ">"),
        (0x3f, "?"),
        (0x40, "@"),
        (0x41, "A"),
        (0x42, "B"),
        (0x43, "C"),
        (0x44, "D"),
        (0x45, "E"),
        (0x46, "F"),
        (0x47, "G"),
        (0x48, "H"),
        (0x49, "I"),
        (0x4a, "J"),
        (0x4b, "K"),
        (0x4c, "L"),
        (0x4d, "M"),
        (0x4e, "N"),
        (0x4f, "O"),
        (0x50, "P"),
        (0x51, "Q"),
        (0x52, "R"),
        (0x53, "S"),
        (0x54, "T"),
        (0x55, "U"),
        (0x56, "V"),
        (0x57, "W"),
        (0x58, "X"),
        (0x59, "Y"),
        (0x5a, "Z"),
        (0x5b, "["),
        (0x5c, "\\"),
        (0x5d, "]"),
        (0x5e, "^"),
        (0x5f, "_"),
        (0x60, "`"),
        (0x61, "a"),
        (0x62, "b"),
        (0x63, "c"),
        (0x64, "d"),
        (0x65, "e"),
        (0x66, "f"),
        (0x67, "g"),
        (0x68, "h"),
        (0x69, "i"),
        (0x6a, "j"),
        (0x6b, "k"),
        (0x6c, "l"),
        (0x6d, "m"),
        (0x6e, "n"),
        (0x6f, "o"),
        (0x70, "p"),
        (0x71, "q"),
        (0x72, "r"),
        (0x73, "s"),
        (0x74, "t"),
        (0x75, "u"),
        (0x76, "v"),
        (0x77, "w"),
        (0x78, "x"),
        (0x79, "y"),
        (0x7a, "z"),
        (0x7b, "{"),
        (0x7c, "|"),
        (0x7d, ", HFILL }"),
        (0x7e, "~"),
        (0xa0, "nobreakspace"),
        (0xa1, "¡"),
        (0xa2, "¢"),
        (0xa3, "£"),
        (0xa4, "¤"),
        (0xa5, "¥"),
        (0xa6, "¦"),
        (0xa7, "§"),
        (0xa8, "¨"),
        (0xa9, "©"),
        (0xaa, "ª"),
        (0xab, "«"),
        (0xac, "¬"),
        (0xad, "\u{AD}"),
        (0xae, "®"),
        (0xaf, "¯"),
        (0xb0, "°"),
        (0xb1, "±"),
        (0xb2, "²"),
        (0xb3, "³"),
        (0xb4, "´"),
        (0xb5, "µ"),
        (0xb6, "¶"),
        (0xb7, "·"),
        (0xb8, "¸"),
        (0xb9, "¹"),
        (0xba, "º"),
        (0xbb, "»"),
        (0xbc, "¼"),
        (0xbd, "½"),
        (0xbe, "¾"),
        (0xbf, "¿"),
        (0xc0, "À"),
        (0xc1, "Á"),
        (0xc2, "Â"),
        (0xc3, "Ã"),
        (0xc4, "Ä"),
        (0xc5, "Å"),
        (0xc6, "Æ"),
        (0xc7, "Ç"),
        (0xc8, "È"),
        (0xc9, "É"),
        (0xca, "Ê"),
        (0xcb, "Ë"),
        (0xcc, "Ì"),
        (0xcd, "Í"),
        (0xce, "Î"),
        (0xcf, "Ï"),
        (0xd0, "Ð"),
        (0xd1, "Ñ"),
        (0xd2, "Ò"),
        (0xd3, "Ó"),
        (0xd4, "Ô"),
        (0xd5, "Õ"),
        (0xd6, "Ö"),
        (0xd7, "×"),
        (0xd8, "Ø"),
        (0xd9, "Ù"),
        (0xda, "Ú"),
        (0xdb, "Û"),
        (0xdc, "Ü"),
        (0xdd, "Ý"),
        (0xde, "Þ"),
        (0xdf, "ß"),
        (0xe0, "à"),
        (0xe1, "á"),
        (0xe2, "â"),
        (0xe3, "ã"),
        (0xe4, "ä"),
        (0xe5, "å"),
        (0xe6, "æ"),
        (0xe7, "ç"),
        (0xe8, "è"),
        (0xe9, "é"),
        (0xea, "ê"),
        (0xeb, "ë"),
        (0xec, "ì"),
        (0xed, "í"),
        (0xee, "î"),
        (0xef, "ï"),
        (0xf0, "ð"),
        (0xf1, "ñ"),
        (0xf2, "ò"),
        (0xf3, "ó"),
        (0xf4, "ô"),
        (0xf5, "õ"),
        (0xf6, "ö"),
        (0xf7, "÷"),
        (0xf8, "ø"),
        (0xf9, "ù"),
        (0xfa, "ú"),
        (0xfb, "û"),
        (0xfc, "ü"),
        (0xfd, "ý"),
        (0xfe, "þ"),
        (0xff, "ÿ"),
        (0x1a1, "Aogonek"),
        (0x1a2, "breve"),
        (0x1a3, "Lstroke"),
        (0x1a5, "Lcaron"),
        (0x1a6, "Sacute"),
        (0x1a9, "Scaron"),
        (0x1aa, "Scedilla"),
        (0x1ab, "Tcaron"),
        (0x1ac, "Zacute"),
        (0x1ae, "Zcaron"),
        (0x1af, "Zabovedot"),
        (0x1b1, "aogonek"),
        (0x1b2, "ogonek"),
        (0x1b3, "lstroke"),
        (0x1b5, "lcaron"),
        (0x1b6, "sacute"),
        (0x1b7, "caron"),
        (0x1b9, "scaron"),
        (0x1ba, "scedilla"),
        (0x1bb, "tcaron"),
        (0x1bc, "zacute"),
        (0x1bd, "doubleacute"),
        (0x1be, "zcaron"),
        (0x1bf, "zabovedot"),
        (0x1c0, "Racute"),
        (0x1c3, "Abreve"),
        (0x1c5, "Lacute"),
        (0x1c6, "Cacute"),
        (0x1c8, "Ccaron"),
        (0x1ca, "Eogonek"),
        (0x1cc, "Ecaron"),
        (0x1cf, "Dcaron"),
        (0x1d0, "Dstroke"),
        (0x1d1, "Nacute"),
        (0x1d2, "Ncaron"),
        (0x1d5, "Odoubleacute"),
        (0x1d8, "Rcaron"),
        (0x1d9, "Uring"),
        (0x1db, "Udoubleacute"),
        (0x1de, "Tcedilla"),
        (0x1e0, "racute"),
        (0x1e3, "abreve"),
        (0x1e5, "lacute"),
        (0x1e6, "cacute"),
        (0x1e8, "ccaron"),
        (0x1ea, "eogonek"),
        (0x1ec, "ecaron"),
        (0x1ef, "dcaron"),
        (0x1f0, "dstroke"),
        (0x1f1, "nacute"),
        (0x1f2, "ncaron"),
        (0x1f5, "odoubleacute"),
        (0x1f8, "rcaron"),
        (0x1f9, "uring"),
        (0x1fb, "udoubleacute"),
        (0x1fe, "tcedilla"),
        (0x1ff, "abovedot"),
        (0x2a1, "Hstroke"),
        (0x2a6, "Hcircumflex"),
        (0x2a9, "Iabovedot"),
        (0x2ab, "Gbreve"),
        (0x2ac, "Jcircumflex"),
        (0x2b1, "hstroke"),
        (0x2b6, "hcircumflex"),
        (0x2b9, "idotless"),
        (0x2bb, "gbreve"),
        (0x2bc, "jcircumflex"),
        (0x2c5, "Cabovedot"),
        (0x2c6, "Ccircumflex"),
        (0x2d5, "Gabovedot"),
        (0x2d8, "Gcircumflex"),
        (0x2dd, "Ubreve"),
        (0x2de, "Scircumflex"),
        (0x2e5, "cabovedot"),
        (0x2e6, "ccircumflex"),
        (0x2f5, "gabovedot"),
        (0x2f8, "gcircumflex"),
        (0x2fd, "ubreve"),
        (0x2fe, "scircumflex"),
        (0x3a2, "kra"),
        (0x3a3, "Rcedilla"),
        (0x3a5, "Itilde"),
        (0x3a6, "Lcedilla"),
        (0x3aa, "Emacron"),
        (0x3ab, "Gcedilla"),
        (0x3ac, "Tslash"),
        (0x3b3, "rcedilla"),
        (0x3b5, "itilde"),
        (0x3b6, "lcedilla"),
        (0x3ba, "emacron"),
        (0x3bb, "gcedilla"),
        (0x3bc, "tslash"),
        (0x3bd, "ENG"),
        (0x3bf, "eng"),
        (0x3c0, "Amacron"),
        (0x3c7, "Iogonek"),
        (0x3cc, "Eabovedot"),
        (0x3cf, "Imacron"),
        (0x3d1, "Ncedilla"),
        (0x3d2, "Omacron"),
        (0x3d3, "Kcedilla"),
        (0x3d9, "Uogonek"),
        (0x3dd, "Utilde"),
        (0x3de, "Umacron"),
        (0x3e0, "amacron"),
        (0x3e7, "iogonek"),
        (0x3ec, "eabovedot"),
        (0x3ef, "imacron"),
        (0x3f1, "ncedilla"),
        (0x3f2, "omacron"),
        (0x3f3, "kcedilla"),
        (0x3f9, "uogonek"),
        (0x3fd, "utilde"),
        (0x3fe, "umacron"),
        (0x47e, "overline"),
        (0x4a1, "kana_fullstop"),
        (0x4a2, "kana_openingbracket"),
        (0x4a3, "kana_closingbracket"),
        (0x4a4, "kana_comma"),
        (0x4a5, "kana_conjunctive"),
        (0x4a6, "kana_WO"),
        (0x4a7, "kana_a"),
        (0x4a8, "kana_i"),
        (0x4a9, "kana_u"),
        (0x4aa, "kana_e"),
        (0x4ab, "kana_o"),
        (0x4ac, "kana_ya"),
        (0x4ad, "kana_yu"),
        (0x4ae, "kana_yo"),
        (0x4af, "kana_tsu"),
        (0x4b0, "prolongedsound"),
        (0x4b1, "kana_A"),
        (0x4b2, "kana_I"),
        (0x4b3, "kana_U"),
        (0x4b4, "kana_E"),
        (0x4b5, "kana_O"),
        (0x4b6, "kana_KA"),
        (0x4b7, "kana_KI"),
        (0x4b8, "kana_KU"),
        (0x4b9, "kana_KE"),
        (0x4ba, "kana_KO"),
        (0x4bb, "kana_SA"),
        (0x4bc, "kana_SHI"),
        (0x4bd, "kana_SU"),
        (0x4be, "kana_SE"),
        (0x4bf, "kana_SO"),
        (0x4c0, "kana_TA"),
        (0x4c1, "kana_CHI"),
        (0x4c2, "kana_TSU"),
        (0x4c3, "kana_TE"),
        (0x4c4, "kana_TO"),
        (0x4c5, "kana_NA"),
        (0x4c6, "kana_NI"),
        (0x4c7, "kana_NU"),
        (0x4c8, "kana_NE"),
        (0x4c9, "kana_NO"),
        (0x4ca, "kana_HA"),
        (0x4cb, "kana_HI"),
        (0x4cc, "kana_FU"),
        (0x4cd, "kana_HE"),
        (0x4ce, "kana_HO"),
        (0x4cf, "kana_MA"),
        (0x4d0, "kana_MI"),
        (0x4d1, "kana_MU"),
        (0x4d2, "kana_ME"),
        (0x4d3, "kana_MO"),
        (0x4d4, "kana_YA"),
        (0x4d5, "kana_YU"),
        (0x4d6, "kana_YO"),
        (0x4d7, "kana_RA"),
        (0x4d8, "kana_RI"),
        (0x4d9, "kana_RU"),
        (0x4da, "kana_RE"),
        (0x4db, "kana_RO"),
        (0x4dc, "kana_WA"),
        (0x4dd, "kana_N"),
        (0x4de, "voicedsound"),
        (0x4df, "semivoicedsound"),
        (0x5ac, "Arabic_comma"),
        (0x5bb, "Arabic_semicolon"),
        (0x5bf, "Arabic_question_mark"),
        (0x5c1, "Arabic_hamza"),
        (0x5c2, "Arabic_maddaonalef"),
        (0x5c3, "Arabic_hamzaonalef"),
        (0x5c4, "Arabic_hamzaonwaw"),
        (0x5c5, "Arabic_hamzaunderalef"),
        (0x5c6, "Arabic_hamzaonyeh"),
        (0x5c7, "Arabic_alef"),
        (0x5c8, "Arabic_beh"),
        (0x5c9, "Arabic_tehmarbuta"),
        (0x5ca, "Arabic_teh"),
        (0x5cb, "Arabic_theh"),
        (0x5cc, "Arabic_jeem"),
        (0x5cd, "Arabic_hah"),
        (0x5ce, "Arabic_khah"),
        (0x5cf, "Arabic_dal"),
        (0x5d0, "Arabic_thal"),
        (0x5d1, "Arabic_ra"),
        (0x5d2, "Arabic_zain"),
        (0x5d3, "Arabic_seen"),
        (0x5d4, "Arabic_sheen"),
        (0x5d5, "Arabic_sad"),
        (0x5d6, "Arabic_dad"),
        (0x5d7, "Arabic_tah"),
        (0x5d8, "Arabic_zah"),
        (0x5d9, "Arabic_ain"),
        (0x5da, "Arabic_ghain"),
        (0x5e0, "Arabic_tatweel"),
        (0x5e1, "Arabic_feh"),
        (0x5e2, "Arabic_qaf"),
        (0x5e3, "Arabic_kaf"),
        (0x5e4, "Arabic_lam"),
        (0x5e5, "Arabic_meem"),
        (0x5e6, "Arabic_noon"),
        (0x5e7, "Arabic_ha"),
        (0x5e8, "Arabic_waw"),
        (0x5e9, "Arabic_alefmaksura"),
        (0x5ea, "Arabic_yeh"),
        (0x5eb, "Arabic_fathatan"),
        (0x5ec, "Arabic_dammatan"),
        (0x5ed, "Arabic_kasratan"),
        (0x5ee, "Arabic_fatha"),
        (0x5ef, "Arabic_damma"),
        (0x5f0, "Arabic_kasra"),
        (0x5f1, "Arabic_shadda"),
        (0x5f2, "Arabic_sukun"),
        (0x6a1, "Serbian_dje"),
        (0x6a2, "Macedonia_gje"),
        (0x6a3, "Cyrillic_io"),
        (0x6a4, "Ukrainian_ie"),
        (0x6a5, "Macedonia_dse"),
        (0x6a6, "Ukrainian_i"),
        (0x6a7, "Ukrainian_yi"),
        (0x6a8, "Cyrillic_je"),
        (0x6a9, "Cyrillic_lje"),
        (0x6aa, "Cyrillic_nje"),
        (0x6ab, "Serbian_tshe"),
        (0x6ac, "Macedonia_kje"),
        (0x6ae, "Byelorussian_shortu"),
        (0x6af, "Cyrillic_dzhe"),
        (0x6b0, "numerosign"),
        (0x6b1, "Serbian_DJE"),
        (0x6b2, "Macedonia_GJE"),
        (0x6b3, "Cyrillic_IO"),
        (0x6b4, "Ukrainian_IE"),
        (0x6b5, "Macedonia_DSE"),
        (0x6b6, "Ukrainian_I"),
        (0x6b7, "Ukrainian_YI"),
        (0x6b8, "Cyrillic_JE"),
        (0x6b9, "Cyrillic_LJE"),
        (0x6ba, "Cyrillic_NJE"),
        (0x6bb, "Serbian_TSHE"),
        (0x6bc, "Macedonia_KJE"),
        (0x6be, "Byelorussian_SHORTU"),
        (0x6bf, "Cyrillic_DZHE"),
        (0x6c0, "Cyrillic_yu"),
        (0x6c1, "Cyrillic_a"),
        (0x6c2, "Cyrillic_be"),
        (0x6c3, "Cyrillic_tse"),
        (0x6c4, "Cyrillic_de"),
        (0x6c5, "Cyrillic_ie"),
        (0x6c6, "Cyrillic_ef"),
        (0x6c7, "Cyrillic_ghe"),
        (0x6c8, "Cyrillic_ha"),
        (0x6c9, "Cyrillic_i"),
        (0x6ca, "Cyrillic_shorti"),
        (0x6cb, "Cyrillic_ka"),
        (0x6cc, "Cyrillic_el"),
        (0x6cd, "Cyrillic_em"),
        (0x6ce, "Cyrillic_en"),
        (0x6cf, "Cyrillic_o"),
        (0x6d0, "Cyrillic_pe"),
        (0x6d1, "Cyrillic_ya"),
        (0x6d2, "Cyrillic_er"),
        (0x6d3, "Cyrillic_es"),
        (0x6d4, "Cyrillic_te"),
        (0x6d5, "Cyrillic_u"),
        (0x6d6, "Cyrillic_zhe"),
        (0x6d7, "Cyrillic_ve"),
        (0x6d8, "Cyrillic_softsign"),
        (0x6d9, "Cyrillic_yeru"),
        (0x6da, "Cyrillic_ze"),
        (0x6db, "Cyrillic_sha"),
        (0x6dc, "Cyrillic_e"),
        (0x6dd, "Cyrillic_shcha"),
        (0x6de, "Cyrillic_che"),
        (0x6df, "Cyrillic_hardsign"),
        (0x6e0, "Cyrillic_YU"),
        (0x6e1, "Cyrillic_A"),
        (0x6e2, "Cyrillic_BE"),
        (0x6e3, "Cyrillic_TSE"),
        (0x6e4, "Cyrillic_DE"),
        (0x6e5, "Cyrillic_IE"),
        (0x6e6, "Cyrillic_EF"),
        (0x6e7, "Cyrillic_GHE"),
        (0x6e8, "Cyrillic_HA"),
        (0x6e9, "Cyrillic_I"),
        (0x6ea, "Cyrillic_SHORTI"),
        (0x6eb, "Cyrillic_KA"),
        (0x6ec, "Cyrillic_EL"),
        (0x6ed, "Cyrillic_EM"),
        (0x6ee, "Cyrillic_EN"),
        (0x6ef, "Cyrillic_O"),
        (0x6f0, "Cyrillic_PE"),
        (0x6f1, "Cyrillic_YA"),
        (0x6f2, "Cyrillic_ER"),
        (0x6f3, "Cyrillic_ES"),
        (0x6f4, "Cyrillic_TE"),
        (0x6f5, "Cyrillic_U"),
        (0x6f6, "Cyrillic_ZHE"),
        (0x6f7, "Cyrillic_VE"),
        (0x6f8, "Cyrillic_SOFTSIGN"),
        (0x6f9, "Cyrillic_YERU"),
        (0x6fa, "Cyrillic_ZE"),
        (0x6fb, "Cyrillic_SHA"),
        (0x6fc, "Cyrillic_E"),
        (0x6fd, "Cyrillic_SHCHA"),
        (0x6fe, "Cyrillic_CHE"),
        (0x6ff, "Cyrillic_HARDSIGN"),
        (0x7a1, "Greek_ALPHAaccent"),
        (0x7a2, "Greek_EPSILONaccent"),
        (0x7a3, "Greek_ETAaccent"),
        (0x7a4, "Greek_IOTAaccent"),
        (0x7a5, "Greek_IOTAdiaeresis"),
        (0x7a7, "Greek_OMICRONaccent"),
        (0x7a8, "Greek_UPSILONaccent"),
        (0x7a9, "Greek_UPSILONdieresis"),
        (0x7ab, "Greek_OMEGAaccent"),
        (0x7ae, "Greek_accentdieresis"),
        (0x7af, "Greek_horizbar"),
        (0x7b1, "Greek_alphaaccent"),
        (0x7b2, "Greek_epsilonaccent"),
        (0x7b3, "Greek_etaaccent"),
        (0x7b4, "Greek_iotaaccent"),
        (0x7b5, "Greek_iotadieresis"),
        (0x7b6, "Greek_iotaaccentdieresis"),
        (0x7b7, "Greek_omicronaccent"),
        (0x7b8, "Greek_upsilonaccent"),
        (0x7b9, "Greek_upsilondieresis"),
        (0x7ba, "Greek_upsilonaccentdieresis"),
        (0x7bb, "Greek_omegaaccent"),
        (0x7c1, "Greek_ALPHA"),
        (0x7c2, "Greek_BETA"),
        (0x7c3, "Greek_GAMMA"),
        (0x7c4, "Greek_DELTA"),
        (0x7c5, "Greek_EPSILON"),
        (0x7c6, "Greek_ZETA"),
        (0x7c7, "Greek_ETA"),
        (0x7c8, "Greek_THETA"),
        (0x7c9, "Greek_IOTA"),
        (0x7ca, "Greek_KAPPA"),
        (0x7cb, "Greek_LAMBDA"),
        (0x7cc, "Greek_MU"),
        (0x7cd, "Greek_NU"),
        (0x7ce, "Greek_XI"),
        (0x7cf, "Greek_OMICRON"),
        (0x7d0, "Greek_PI"),
        (0x7d1, "Greek_RHO"),
        (0x7d2, "Greek_SIGMA"),
        (0x7d4, "Greek_TAU"),
        (0x7d5, "Greek_UPSILON"),
        (0x7d6, "Greek_PHI"),
        (0x7d7, "Greek_CHI"),
        (0x7d8, "Greek_PSI"),
        (0x7d9, "Greek_OMEGA"),
        (0x7e1, "Greek_alpha"),
        (0x7e2, "Greek_beta"),
        (0x7e3, "Greek_gamma"),
        (0x7e4, "Greek_delta"),
        (0x7e5, "Greek_epsilon"),
        (0x7e6, "Greek_zeta"),
        (0x7e7, "Greek_eta"),
        (0x7e8, "Greek_theta"),
        (0x7e9, "Greek_iota"),
        (0x7ea, "Greek_kappa"),
        (0x7eb, "Greek_lambda"),
        (0x7ec, "Greek_mu"),
        (0x7ed, "Greek_nu"),
        (0x7ee, "Greek_xi"),
        (0x7ef, "Greek_omicron"),
        (0x7f0, "Greek_pi"),
        (0x7f1, "Greek_rho"),
        (0x7f2, "Greek_sigma"),
        (0x7f3, "Greek_finalsmallsigma"),
        (0x7f4, "Greek_tau"),
        (0x7f5, "Greek_upsilon"),
        (0x7f6, "Greek_phi"),
        (0x7f7, "Greek_chi"),
        (0x7f8, "Greek_psi"),
        (0x7f9, "Greek_omega"),
        (0x8a1, "leftradical"),
        (0x8a2, "topleftradical"),
        (0x8a3, "horizconnector"),
        (0x8a4, "topintegral"),
        (0x8a5, "botintegral"),
        (0x8a6, "vertconnector"),
        (0x8a7, "topleftsqbracket"),
        (0x8a8, "botleftsqbracket"),
        (0x8a9, "toprightsqbracket"),
        (0x8aa, "botrightsqbracket"),
        (0x8ab, "topleftparens"),
        (0x8ac, "botleftparens"),
        (0x8ad, "toprightparens"),
        (0x8ae, "botrightparens"),
        (0x8af, "leftmiddlecurlybrace"),
        (0x8b0, "rightmiddlecurlybrace"),
        (0x8b1, "topleftsummation"),
        (0x8b2, "botleftsummation"),
        (0x8b3, "topvertsummationconnector"),
        (0x8b4, "botvertsummationconnector"),
        (0x8b5, "toprightsummation"),
        (0x8b6, "botrightsummation"),
        (0x8b7, "rightmiddlesummation"),
        (0x8bc, "lessthanequal"),
        (0x8bd, "notequal"),
        (0x8be, "greaterthanequal"),
        (0x8bf, "integral"),
        (0x8c0, "therefore"),
        (0x8c1, "variation"),
        (0x8c2, "infinity"),
        (0x8c5, "nabla"),
        (0x8c8, "approximate"),
        (0x8c9, "similarequal"),
        (0x8cd, "ifonlyif"),
        (0x8ce, "implies"),
        (0x8cf, "identical"),
        (0x8d6, "radical"),
        (0x8da, "includedin"),
        (0x8db, "includes"),
        (0x8dc, "intersection"),
        (0x8dd, "union"),
        (0x8de, "logicaland"),
        (0x8df, "logicalor"),
        (0x8ef, "partialderivative"),
        (0x8f6, "function"),
        (0x8fb, "leftarrow"),
        (0x8fc, "uparrow"),
        (0x8fd, "rightarrow"),
        (0x8fe, "downarrow"),
        (0x9df, "blank"),
        (0x9e0, "soliddiamond"),
        (0x9e1, "checkerboard"),
        (0x9e2, "ht"),
        (0x9e3, "ff"),
        (0x9e4, "cr"),
        (0x9e5, "lf"),
        (0x9e8, "nl"),
        (0x9e9, "vt"),
        (0x9ea, "lowrightcorner"),
        (0x9eb, "uprightcorner"),
        (0x9ec, "upleftcorner"),
        (0x9ed, "lowleftcorner"),
        (0x9ee, "crossinglines"),
        (0x9ef, "horizlinescan1"),
        (0x9f0, "horizlinescan3"),
        (0x9f1, "horizlinescan5"),
        (0x9f2, "horizlinescan7"),
        (0x9f3, "horizlinescan9"),
        (0x9f4, "leftt"),
        (0x9f5, "rightt"),
        (0x9f6, "bott"),
        (0x9f7, "topt"),
        (0x9f8, "vertbar"),
        (0xaa1, "emspace"),
        (0xaa2, "enspace"),
        (0xaa3, "em3space"),
        (0xaa4, "em4space"),
        (0xaa5, "digitspace"),
        (0xaa6, "punctspace"),
        (0xaa7, "thinspace"),
        (0xaa8, "hairspace"),
        (0xaa9, "emdash"),
        (0xaaa, "endash"),
        (0xaac, "signifblank"),
        (0xaae, "ellipsis"),
        (0xaaf, "doubbaselinedot"),
        (0xab0, "onethird"),
        (0xab1, "twothirds"),
        (0xab2, "onefifth"),
        (0xab3, "twofifths"),
        (0xab4, "threefifths"),
        (0xab5, "fourfifths"),
        (0xab6, "onesixth"),
        (0xab7, "fivesixths"),
        (0xab8, "careof"),
        (0xabb, "figdash"),
        (0xabc, "leftanglebracket"),
        (0xabd, "decimalpoint"),
        (0xabe, "rightanglebracket"),
        (0xabf, "marker"),
        (0xac3, "oneeighth"),
        (0xac4, "threeeighths"),
        (0xac5, "fiveeighths"),
        (0xac6, "seveneighths"),
        (0xac9, "trademark"),
        (0xaca, "signaturemark"),
        (0xacb, "trademarkincircle"),
        (0xacc, "leftopentriangle"),
        (0xacd, "rightopentriangle"),
        (0xace, "emopencircle"),
        (0xacf, "emopenrectangle"),
        (0xad0, "leftsinglequotemark"),
        (0xad1, "rightsinglequotemark"),
        (0xad2, "leftdoublequotemark"),
        (0xad3, "rightdoublequotemark"),
        (0xad4, "prescription"),
        (0xad6, "minutes"),
        (0xad7, "seconds"),
        (0xad9, "latincross"),
        (0xada, "hexagram"),
        (0xadb, "filledrectbullet"),
        (0xadc, "filledlefttribullet"),
        (0xadd, "filledrighttribullet"),
        (0xade, "emfilledcircle"),
        (0xadf, "emfilledrect"),
        (0xae0, "enopencircbullet"),
        (0xae1, "enopensquarebullet"),
        (0xae2, "openrectbullet"),
        (0xae3, "opentribulletup"),
        (0xae4, "opentribulletdown"),
        (0xae5, "openstar"),
        (0xae6, "enfilledcircbullet"),
        (0xae7, "enfilledsqbullet"),
        (0xae8, "filledtribulletup"),
        (0xae9, "filledtribulletdown"),
        (0xaea, "leftpointer"),
        (0xaeb, "rightpointer"),
        (0xaec, "club"),
        (0xaed, "diamond"),
        (0xaee, "heart"),
        (0xaf0, "maltesecross"),
        (0xaf1, "dagger"),
        (0xaf2, "doubledagger"),
        (0xaf3, "checkmark"),
        (0xaf4, "ballotcross"),
        (0xaf5, "musicalsharp"),
        (0xaf6, "musicalflat"),
        (0xaf7, "malesymbol"),
        (0xaf8, "femalesymbol"),
        (0xaf9, "telephone"),
        (0xafa, "telephonerecorder"),
        (0xafb, "phonographcopyright"),
        (0xafc, "caret"),
        (0xafd, "singlelowquotemark"),
        (0xafe, "doublelowquotemark"),
        (0xaff, "cursor"),
        (0xba3, "leftcaret"),
        (0xba6, "rightcaret"),
        (0xba8, "downcaret"),
        (0xba9, "upcaret"),
        (0xbc0, "overbar"),
        (0xbc2, "downtack"),
        (0xbc3, "upshoe"),
        (0xbc4, "downstile"),
        (0xbc6, "underbar"),
        (0xbca, "jot"),
        (0xbcc, "quad"),
        (0xbce, "uptack"),
        (0xbcf, "circle"),
        (0xbd3, "upstile"),
        (0xbd6, "downshoe"),
        (0xbd8, "rightshoe"),
        (0xbda, "leftshoe"),
        (0xbdc, "lefttack"),
        (0xbfc, "righttack"),
        (0xcdf, "hebrew_doublelowline"),
        (0xce0, "hebrew_aleph"),
        (0xce1, "hebrew_bet"),
        (0xce2, "hebrew_gimel"),
        (0xce3, "hebrew_dalet"),
        (0xce4, "hebrew_he"),
        (0xce5, "hebrew_waw"),
        (0xce6, "hebrew_zain"),
        (0xce7, "hebrew_chet"),
        (0xce8, "hebrew_tet"),
        (0xce9, "hebrew_yod"),
        (0xcea, "hebrew_finalkaph"),
        (0xceb, "hebrew_kaph"),
        (0xcec, "hebrew_lamed"),
        (0xced, "hebrew_finalmem"),
        (0xcee, "hebrew_mem"),
        (0xcef, "hebrew_finalnun"),
        (0xcf0, "hebrew_nun"),
        (0xcf1, "hebrew_samech"),
        (0xcf2, "hebrew_ayin"),
        (0xcf3, "hebrew_finalpe"),
        (0xcf4, "hebrew_pe"),
        (0xcf5, "hebrew_finalzade"),
        (0xcf6, "hebrew_zade"),
        (0xcf7, "hebrew_qoph"),
        (0xcf8, "hebrew_resh"),
        (0xcf9, "hebrew_shin"),
        (0xcfa, "hebrew_taw"),
        (0xda1, "Thai_kokai"),
        (0xda2, "Thai_khokhai"),
        (0xda3, "Thai_khokhuat"),
        (0xda4, "Thai_khokhwai"),
        (0xda5, "Thai_khokhon"),
        (0xda6, "Thai_khorakhang"),
        (0xda7, "Thai_ngongu"),
        (0xda8, "Thai_chochan"),
        (0xda9, "Thai_choching"),
        (0xdaa, "Thai_chochang"),
        (0xdab, "Thai_soso"),
        (0xdac, "Thai_chochoe"),
        (0xdad, "Thai_yoying"),
        (0xdae, "Thai_dochada"),
        (0xdaf, "Thai_topatak"),
        (0xdb0, "Thai_thothan"),
        (0xdb1, "Thai_thonangmontho"),
        (0xdb2, "Thai_thophuthao"),
        (0xdb3, "Thai_nonen"),
        (0xdb4, "Thai_dodek"),
        (0xdb5, "Thai_totao"),
        (0xdb6, "Thai_thothung"),
        (0xdb7, "Thai_thothahan"),
        (0xdb8, "Thai_thothong"),
        (0xdb9, "Thai_nonu"),
        (0xdba, "Thai_bobaimai"),
        (0xdbb, "Thai_popla"),
        (0xdbc, "Thai_phophung"),
        (0xdbd, "Thai_fofa"),
        (0xdbe, "Thai_phophan"),
        (0xdbf, "Thai_fofan"),
        (0xdc0, "Thai_phosamphao"),
        (0xdc1, "Thai_moma"),
        (0xdc2, "Thai_yoyak"),
        (0xdc3, "Thai_rorua"),
        (0xdc4, "Thai_ru"),
        (0xdc5, "Thai_loling"),
        (0xdc6, "Thai_lu"),
        (0xdc7, "Thai_wowaen"),
        (0xdc8, "Thai_sosala"),
        (0xdc9, "Thai_sorusi"),
        (0xdca, "Thai_sosua"),
        (0xdcb, "Thai_hohip"),
        (0xdcc, "Thai_lochula"),
        (0xdcd, "Thai_oang"),
        (0xdce, "Thai_honokhuk"),
        (0xdcf, "Thai_paiyannoi"),
        (0xdd0, "Thai_saraa"),
        (0xdd1, "Thai_maihanakat"),
        (0xdd2, "Thai_saraaa"),
        (0xdd3, "Thai_saraam"),
        (0xdd4, "Thai_sarai"),
        (0xdd5, "Thai_saraii"),
        (0xdd6, "Thai_saraue"),
        (0xdd7, "Thai_sarauee"),
        (0xdd8, "Thai_sarau"),
        (0xdd9, "Thai_sarauu"),
        (0xdda, "Thai_phinthu"),
        (0xdde, "Thai_maihanakat_maitho"),
        (0xddf, "Thai_baht"),
        (0xde0, "Thai_sarae"),
        (0xde1, "Thai_saraae"),
        (0xde2, "Thai_sarao"),
        (0xde3, "Thai_saraaimaimuan"),
        (0xde4, "Thai_saraaimaimalai"),
        (0xde5, "Thai_lakkhangyao"),
        (0xde6, "Thai_maiyamok"),
        (0xde7, "Thai_maitaikhu"),
        (0xde8, "Thai_maiek"),
        (0xde9, "Thai_maitho"),
        (0xdea, "Thai_maitri"),
        (0xdeb, "Thai_maichattawa"),
        (0xdec, "Thai_thanthakhat"),
        (0xded, "Thai_nikhahit"),
        (0xdf0, "Thai_leksun"),
        (0xdf1, "Thai_leknung"),
        (0xdf2, "Thai_leksong"),
        (0xdf3, "Thai_leksam"),
        (0xdf4, "Thai_leksi"),
        (0xdf5, "Thai_lekha"),
        (0xdf6, "Thai_lekhok"),
        (0xdf7, "Thai_lekchet"),
        (0xdf8, "Thai_lekpaet"),
        (0xdf9, "Thai_lekkao"),
        (0xea1, "Hangul_Kiyeog"),
        (0xea2, "Hangul_SsangKiyeog"),
        (0xea3, "Hangul_KiyeogSios"),
        (0xea4, "Hangul_Nieun"),
        (0xea5, "Hangul_NieunJieuj"),
        (0xea6, "Hangul_NieunHieuh"),
        (0xea7, "Hangul_Dikeud"),
        (0xea8, "Hangul_SsangDikeud"),
        (0xea9, "Hangul_Rieul"),
        (0xeaa, "Hangul_RieulKiyeog"),
        (0xeab, "Hangul_RieulMieum"),
        (0xeac, "Hangul_RieulPieub"),
        (0xead, "Hangul_RieulSios"),
        (0xeae, "Hangul_RieulTieut"),
        (0xeaf, "Hangul_RieulPhieuf"),
        (0xeb0, "Hangul_RieulHieuh"),
        (0xeb1, "Hangul_Mieum"),
        (0xeb2, "Hangul_Pieub"),
        (0xeb3, "Hangul_SsangPieub"),
        (0xeb4, "Hangul_PieubSios"),
        (0xeb5, "Hangul_Sios"),
        (0xeb6, "Hangul_SsangSios"),
        (0xeb7, "Hangul_Ieung"),
        (0xeb8, "Hangul_Jieuj"),
        (0xeb9, "Hangul_SsangJieuj"),
        (0xeba, "Hangul_Cieuc"),
        (0xebb, "Hangul_Khieuq"),
        (0xebc, "Hangul_Tieut"),
        (0xebd, "Hangul_Phieuf"),
        (0xebe, "Hangul_Hieuh"),
        (0xebf, "Hangul_A"),
        (0xec0, "Hangul_AE"),
        (0xec1, "Hangul_YA"),
        (0xec2, "Hangul_YAE"),
        (0xec3, "Hangul_EO"),
        (0xec4, "Hangul_E"),
        (0xec5, "Hangul_YEO"),
        (0xec6, "Hangul_YE"),
        (0xec7, "Hangul_O"),
        (0xec8, "Hangul_WA"),
        (0xec9, "Hangul_WAE"),
        (0xeca, "Hangul_OE"),
        (0xecb, "Hangul_YO"),
        (0xecc, "Hangul_U"),
        (0xecd, "Hangul_WEO"),
        (0xece, "Hangul_WE"),
        (0xecf, "Hangul_WI"),
        (0xed0, "Hangul_YU"),
        (0xed1, "Hangul_EU"),
        (0xed2, "Hangul_YI"),
        (0xed3, "Hangul_I"),
        (0xed4, "Hangul_J_Kiyeog"),
        (0xed5, "Hangul_J_SsangKiyeog"),
        (0xed6, "Hangul_J_KiyeogSios"),
        (0xed7, "Hangul_J_Nieun"),
        (0xed8, "Hangul_J_NieunJieuj"),
        (0xed9, "Hangul_J_NieunHieuh"),
        (0xeda, "Hangul_J_Dikeud"),
        (0xedb, "Hangul_J_Rieul"),
        (0xedc, "Hangul_J_RieulKiyeog"),
        (0xedd, "Hangul_J_RieulMieum"),
        (0xede, "Hangul_J_RieulPieub"),
        (0xedf, "Hangul_J_RieulSios"),
        (0xee0, "Hangul_J_RieulTieut"),
        (0xee1, "Hangul_J_RieulPhieuf"),
        (0xee2, "Hangul_J_RieulHieuh"),
        (0xee3, "Hangul_J_Mieum"),
        (0xee4, "Hangul_J_Pieub"),
        (0xee5, "Hangul_J_PieubSios"),
        (0xee6, "Hangul_J_Sios"),
        (0xee7, "Hangul_J_SsangSios"),
        (0xee8, "Hangul_J_Ieung"),
        (0xee9, "Hangul_J_Jieuj"),
        (0xeea, "Hangul_J_Cieuc"),
        (0xeeb, "Hangul_J_Khieuq"),
        (0xeec, "Hangul_J_Tieut"),
        (0xeed, "Hangul_J_Phieuf"),
        (0xeee, "Hangul_J_Hieuh"),
        (0xeef, "Hangul_RieulYeorinHieuh"),
        (0xef0, "Hangul_SunkyeongeumMieum"),
        (0xef1, "Hangul_SunkyeongeumPieub"),
        (0xef2, "Hangul_PanSios"),
        (0xef3, "Hangul_KkogjiDalrinIeung"),
        (0xef4, "Hangul_SunkyeongeumPhieuf"),
        (0xef5, "Hangul_YeorinHieuh"),
        (0xef6, "Hangul_AraeA"),
        (0xef7, "Hangul_AraeAE"),
        (0xef8, "Hangul_J_PanSios"),
        (0xef9, "Hangul_J_KkogjiDalrinIeung"),
        (0xefa, "Hangul_J_YeorinHieuh"),
        (0xeff, "Korean_Won"),
        (0x13bc, "OE"),
        (0x13bd, "oe"),
        (0x13be, "Ydiaeresis"),
        (0x20a0, "EcuSign"),
        (0x20a1, "ColonSign"),
        (0x20a2, "CruzeiroSign"),
        (0x20a3, "FFrancSign"),
        (0x20a4, "LiraSign"),
        (0x20a5, "MillSign"),
        (0x20a6, "NairaSign"),
        (0x20a7, "PesetaSign"),
        (0x20a8, "RupeeSign"),
        (0x20a9, "WonSign"),
        (0x20aa, "NewSheqelSign"),
        (0x20ab, "DongSign"),
        (0x20ac, "EuroSign"),
        (0xfd01, "3270_Duplicate"),
        (0xfd02, "3270_FieldMark"),
        (0xfd03, "3270_Right2"),
        (0xfd04, "3270_Left2"),
        (0xfd05, "3270_BackTab"),
        (0xfd06, "3270_EraseEOF"),
        (0xfd07, "3270_EraseInput"),
        (0xfd08, "3270_Reset"),
        (0xfd09, "3270_Quit"),
        (0xfd0a, "3270_PA1"),
        (0xfd0b, "3270_PA2"),
        (0xfd0c, "3270_PA3"),
        (0xfd0d, "3270_Test"),
        (0xfd0e, "3270_Attn"),
        (0xfd0f, "3270_CursorBlink"),
        (0xfd10, "3270_AltCursor"),
        (0xfd11, "3270_KeyClick"),
        (0xfd12, "3270_Jump"),
        (0xfd13, "3270_Ident"),
        (0xfd14, "3270_Rule"),
        (0xfd15, "3270_Copy"),
        (0xfd16, "3270_Play"),
        (0xfd17, "3270_Setup"),
        (0xfd18, "3270_Record"),
        (0xfd19, "3270_ChangeScreen"),
        (0xfd1a, "3270_DeleteWord"),
        (0xfd1b, "3270_ExSelect"),
        (0xfd1c, "3270_CursorSelect"),
        (0xfd1d, "3270_PrintScreen"),
        (0xfd1e, "3270_Enter"),
        (0xfe01, "ISO_Lock"),
        (0xfe02, "ISO_Level2_Latch"),
        (0xfe03, "ISO_Level3_Shift"),
        (0xfe04, "ISO_Level3_Latch"),
        (0xfe05, "ISO_Level3_Lock"),
        (0xfe06, "ISO_Group_Latch"),
        (0xfe07, "ISO_Group_Lock"),
        (0xfe08, "ISO_Next_Group"),
        (0xfe09, "ISO_Next_Group_Lock"),
        (0xfe0a, "ISO_Prev_Group"),
        (0xfe0b, "ISO_Prev_Group_Lock"),
        (0xfe0c, "ISO_First_Group"),
        (0xfe0d, "ISO_First_Group_Lock"),
        (0xfe0e, "ISO_Last_Group"),
        (0xfe0f, "ISO_Last_Group_Lock"),
        (0xfe20, "ISO_Left_Tab"),
        (0xfe21, "ISO_Move_Line_Up"),
        (0xfe22, "ISO_Move_Line_Down"),
        (0xfe23, "ISO_Partial_Line_Up"),
        (0xfe24, "ISO_Partial_Line_Down"),
        (0xfe25, "ISO_Partial_Space_Left"),
        (0xfe26, "ISO_Partial_Space_Right"),
        (0xfe27, "ISO_Set_Margin_Left"),
        (0xfe28, "ISO_Set_Margin_Right"),
        (0xfe29, "ISO_Release_Margin_Left"),
        (0xfe2a, "ISO_Release_Margin_Right"),
        (0xfe2b, "ISO_Release_Both_Margins"),
        (0xfe2c, "ISO_Fast_Cursor_Left"),
        (0xfe2d, "ISO_Fast_Cursor_Right"),
        (0xfe2e, "ISO_Fast_Cursor_Up"),
        (0xfe2f, "ISO_Fast_Cursor_Down"),
        (0xfe30, "ISO_Continuous_Underline"),
        (0xfe31, "ISO_Discontinuous_Underline"),
        (0xfe32, "ISO_Emphasize"),
        (0xfe33, "ISO_Center_Object"),
        (0xfe34, "ISO_Enter"),
        (0xfe50, "dead_grave"),
        (0xfe51, "dead_acute"),
        (0xfe52, "dead_circumflex"),
        (0xfe53, "dead_tilde"),
        (0xfe54, "dead_macron"),
        (0xfe55, "dead_breve"),
        (0xfe56, "dead_abovedot"),
        (0xfe57, "dead_diaeresis"),
        (0xfe58, "dead_abovering"),
        (0xfe59, "dead_doubleacute"),
        (0xfe5a, "dead_caron"),
        (0xfe5b, "dead_cedilla"),
        (0xfe5c, "dead_ogonek"),
        (0xfe5d, "dead_iota"),
        (0xfe5e, "dead_voiced_sound"),
        (0xfe5f, "dead_semivoiced_sound"),
        (0xfe60, "dead_belowdot"),
        (0xfe70, "AccessX_Enable"),
        (0xfe71, "AccessX_Feedback_Enable"),
        (0xfe72, "RepeatKeys_Enable"),
        (0xfe73, "SlowKeys_Enable"),
        (0xfe74, "BounceKeys_Enable"),
        (0xfe75, "StickyKeys_Enable"),
        (0xfe76, "MouseKeys_Enable"),
        (0xfe77, "MouseKeys_Accel_Enable"),
        (0xfe78, "Overlay1_Enable"),
        (0xfe79, "Overlay2_Enable"),
        (0xfe7a, "AudibleBell_Enable"),
        (0xfed0, "First_Virtual_Screen"),
        (0xfed1, "Prev_Virtual_Screen"),
        (0xfed2, "Next_Virtual_Screen"),
        (0xfed4, "Last_Virtual_Screen"),
        (0xfed5, "Terminate_Server"),
        (0xfee0, "Pointer_Left"),
        (0xfee1, "Pointer_Right"),
        (0xfee2, "Pointer_Up"),
        (0xfee3, "Pointer_Down"),
        (0xfee4, "Pointer_UpLeft"),
        (0xfee5, "Pointer_UpRight"),
        (0xfee6, "Pointer_DownLeft"),
        (0xfee7, "Pointer_DownRight"),
        (0xfee8, "Pointer_Button_Dflt"),
        (0xfee9, "Pointer_Button1"),
        (0xfeea, "Pointer_Button2"),
        (0xfeeb, "Pointer_Button3"),
        (0xfeec, "Pointer_Button4"),
        (0xfeed, "Pointer_Button5"),
        (0xfeee, "Pointer_DblClick_Dflt"),
        (0xfeef, "Pointer_DblClick1"),
        (0xfef0, "Pointer_DblClick2"),
        (0xfef1, "Pointer_DblClick3"),
        (0xfef2, "Pointer_DblClick4"),
        (0xfef3, "Pointer_DblClick5"),
        (0xfef4, "Pointer_Drag_Dflt"),
        (0xfef5, "Pointer_Drag1"),
        (0xfef6, "Pointer_Drag2"),
        (0xfef7, "Pointer_Drag3"),
        (0xfef8, "Pointer_Drag4"),
        (0xfef9, "Pointer_EnableKeys"),
        (0xfefa, "Pointer_Accelerate"),
        (0xfefb, "Pointer_DfltBtnNext"),
        (0xfefc, "Pointer_DfltBtnPrev"),
        (0xfefd, "Pointer_Drag5"),
        (0xff08, "BackSpace"),
        (0xff09, "Tab"),
        (0xff0a, "Linefeed"),
        (0xff0b, "Clear"),
        (0xff0d, "Return"),
        (0xff13, "Pause"),
        (0xff14, "Scroll_Lock"),
        (0xff15, "Sys_Req"),
        (0xff1b, "Escape"),
        (0xff20, "Multi_key"),
        (0xff21, "Kanji"),
        (0xff22, "Muhenkan"),
        (0xff23, "Henkan_Mode"),
        (0xff24, "Romaji"),
        (0xff25, "Hiragana"),
        (0xff26, "Katakana"),
        (0xff27, "Hiragana_Katakana"),
        (0xff28, "Zenkaku"),
        (0xff29, "Hankaku"),
        (0xff2a, "Zenkaku_Hankaku"),
        (0xff2b, "Touroku"),
        (0xff2c, "Massyo"),
        (0xff2d, "Kana_Lock"),
        (0xff2e, "Kana_Shift"),
        (0xff2f, "Eisu_Shift"),
        (0xff30, "Eisu_toggle"),
        (0xff31, "Hangul"),
        (0xff32, "Hangul_Start"),
        (0xff33, "Hangul_End"),
        (0xff34, "Hangul_Hanja"),
        (0xff35, "Hangul_Jamo"),
        (0xff36, "Hangul_Romaja"),
        (0xff37, "Hangul_Codeinput"),
        (0xff38, "Hangul_Jeonja"),
        (0xff39, "Hangul_Banja"),
        (0xff3a, "Hangul_PreHanja"),
        (0xff3b, "Hangul_PostHanja"),
        (0xff3c, "Hangul_SingleCandidate"),
        (0xff3d, "Hangul_MultipleCandidate"),
        (0xff3e, "Hangul_PreviousCandidate"),
        (0xff3f, "Hangul_Special"),
        (0xff50, "Home"),
        (0xff51, "Left"),
        (0xff52, "Up"),
        (0xff53, "Right"),
        (0xff54, "Down"),
        (0xff55, "Page_Up"),
        (0xff56, "Page_Down"),
        (0xff57, "End"),
        (0xff58, "Begin"),
        (0xff60, "Select"),
        (0xff61, "Print"),
        (0xff62, "Execute"),
        (0xff63, "Insert"),
        (0xff65, "Undo"),
        (0xff66, "Redo"),
        (0xff67, "Menu"),
        (0xff68, "Find"),
        (0xff69, "Cancel"),
        (0xff6a, "Help"),
        (0xff6b, "Break"),
        (0xff7e, "Mode_switch"),
        (0xff7f, "Num_Lock"),
        (0xff80, "KP_Space"),
        (0xff89, "KP_Tab"),
        (0xff8d, "KP_Enter"),
        (0xff91, "KP_F1"),
        (0xff92, "KP_F2"),
        (0xff93, "KP_F3"),
        (0xff94, "KP_F4"),
        (0xff95, "KP_Home"),
        (0xff96, "KP_Left"),
        (0xff97, "KP_Up"),
        (0xff98, "KP_Right"),
        (0xff99, "KP_Down"),
        (0xff9a, "KP_Page_Up"),
        (0xff9b, "KP_Page_Down"),
        (0xff9c, "KP_End"),
        (0xff9d, "KP_Begin"),
        (0xff9e, "KP_Insert"),
        (0xff9f, "KP_Delete"),
        (0xffaa, "KP_Multiply"),
        (0xffab, "KP_Add"),
        (0xffac, "KP_Separator"),
        (0xffad, "KP_Subtract"),
        (0xffae, "KP_Decimal"),
        (0xffaf, "KP_Divide"),
        (0xffb0, "KP_0"),
        (0xffb1, "KP_1"),
        (0xffb2, "KP_2"),
        (0xffb3, "KP_3"),
        (0xffb4, "KP_4"),
        (0xffb5, "KP_5"),
        (0xffb6, "KP_6"),
        (0xffb7, "KP_7"),
        (0xffb8, "KP_8"),
        (0xffb9, "KP_9"),
        (0xffbd, "KP_Equal"),
        (0xffbe, "F1"),
        (0xffbf, "F2"),
        (0xffc0, "F3"),
        (0xffc1, "F4"),
        (0xffc2, "F5"),
        (0xffc3, "F6"),
        (0xffc4, "F7"),
        (0xffc5, "F8"),
        (0xffc6, "F9"),
        (0xffc7, "F10"),
        (0xffc8, "F11"),
        (0xffc9, "F12"),
        (0xffca, "F13"),
        (0xffcb, "F14"),
        (0xffcc, "F15"),
        (0xffcd, "F16"),
        (0xffce, "F17"),
        (0xffcf, "F18"),
        (0xffd0, "F19"),
        (0xffd1, "F20"),
        (0xffd2, "F21"),
        (0xffd3, "F22"),
        (0xffd4, "F23"),
        (0xffd5, "F24"),
        (0xffd6, "F25"),
        (0xffd7, "F26"),
        (0xffd8, "F27"),
        (0xffd9, "F28"),
        (0xffda, "F29"),
        (0xffdb, "F30"),
        (0xffdc, "F31"),
        (0xffdd, "F32"),
        (0xffde, "F33"),
        (0xffdf, "F34"),
        (0xffe0, "F35"),
        (0xffe1, "Shift_L"),
        (0xffe2, "Shift_R"),
        (0xffe3, "Control_L"),
        (0xffe4, "Control_R"),
        (0xffe5, "Caps_Lock"),
        (0xffe6, "Shift_Lock"),
        (0xffe7, "Meta_L"),
        (0xffe8, "Meta_R"),
        (0xffe9, "Alt_L"),
        (0xffea, "Alt_R"),
        (0xffeb, "Super_L"),
        (0xffec, "Super_R"),
        (0xffed, "Hyper_L"),
        (0xffee, "Hyper_R"),
        (0xffff, "Delete"),
        (0xffffff, "VoidSymbol"),
    ];

    const SERVER_MESSAGE_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Framebuffer Update"),
        (1, "Set Colormap Entries"),
        (2, "Ring Bell"),
        (3, "Cut Text"),
        (128, "MirrorLink"),
        (150, "End Continuous Updates"),
        (248, "Fence"),
        (250, "Xvp"),
        (252, "Tight"),
        (253, "Gii"),
        (255, "Qemu"),
    ];

    const ZRLE_RLE_VALS: &[(u64, &str)] = &[(0, "No"), (1, "Yes")];

    const MIRRORLINK_TYPE_VALS: &[(u64, &str)] = &[
        (0, "ByeBye"),
        (1, "Server Display Configuration"),
        (2, "Client Display Configuration"),
        (3, "Server Event Configuration"),
        (4, "Client Event Configuration"),
        (5, "Event Mapping"),
        (6, "Event Mapping Request"),
        (7, "Key Event Listing"),
        (8, "Key Event Listing Request"),
        (9, "Virtual Keyboard Trigger"),
        (10, "Virtual Keyboard Trigger Request"),
        (11, "Device Status"),
        (12, "Device Status Request"),
        (13, "Content Attestation"),
        (14, "Content Attestation Request"),
        (16, "Framebuffer Blocking Notification"),
        (18, "Audio Blocking Notification"),
        (20, "Touch Event"),
        (21, "Framebuffer Alternative Text"),
        (22, "Framebuffer Alternative Text Request"),
    ];

    const H264_SLICE_TYPE_VALS: &[(u64, &str)] =
        &[(0, "Predicted"), (1, "Bi-predicted"), (2, "Intra coded")];
}
