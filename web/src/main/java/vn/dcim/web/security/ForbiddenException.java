package vn.dcim.web.security;

/** A signed-in person asked for something their role does not allow (HTTP 403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
