package vn.dcim.core.error;

/** The signed-in person's role does not allow this change (HTTP 403), e.g. a sign-off by a technician. */
public class NotAllowedException extends Refusal {

    public NotAllowedException(String message) {
        super(message);
    }
}
