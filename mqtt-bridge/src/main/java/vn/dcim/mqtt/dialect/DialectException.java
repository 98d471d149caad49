package vn.dcim.mqtt.dialect;

/** A dialect file that cannot be used: where (line, 1-based; 0 when unknown) and why. */
public class DialectException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public DialectException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String reason() { return reason; }
}
