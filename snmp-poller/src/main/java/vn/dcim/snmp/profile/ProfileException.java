package vn.dcim.snmp.profile;

/** A profile file that cannot be used, naming the file and the place in it. */
public class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }
}
