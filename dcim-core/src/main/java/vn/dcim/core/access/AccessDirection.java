package vn.dcim.core.access;

/** Which way the person badged; {@code unknown} when the reader cannot tell. */
public enum AccessDirection {
    in, out, unknown
}
