package vn.dcim.core.error;

/** Input that passes the types but breaks a domain rule (HTTP 422), naming the field. */
public class InvalidInputException extends Refusal {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
