package vn.dcim.core.error;

/** Input that passes the types but breaks a domain rule (HTTP 422), naming the field. */
public class InvalidInputException extends FieldRefusal {
    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}
