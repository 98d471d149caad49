package vn.dcim.snmp.poll;

/** An agent that did not answer or answered with an error, in words for the device's error log. */
public class SnmpException extends RuntimeException {
    public SnmpException(String message) {
        super(message);
    }
}
