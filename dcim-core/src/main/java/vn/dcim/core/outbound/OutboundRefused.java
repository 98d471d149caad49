package vn.dcim.core.outbound;

import vn.dcim.core.error.Explained;
import vn.dcim.core.error.Explanation;

/** A destination the allow-list or the address rules refuse; the message is short and safe to show. */
public class OutboundRefused extends RuntimeException implements Explained {
    private final Explanation explanation;

    public OutboundRefused(String reason, String key, Object... args) {
        super(reason);
        this.explanation = Explanation.of(key, args);
    }

    /** The reason as a message key, for a refusal the web layer passes on in the reader's language. */
    @Override
    public Explanation explanation() {
        return explanation;
    }
}
