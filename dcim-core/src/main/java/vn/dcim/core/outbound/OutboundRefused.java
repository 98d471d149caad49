package vn.dcim.core.outbound;

/** A destination the allow-list or the address rules refuse; the message is short and safe to show. */
public class OutboundRefused extends RuntimeException {
    public OutboundRefused(String reason) {
        super(reason);
    }
}
