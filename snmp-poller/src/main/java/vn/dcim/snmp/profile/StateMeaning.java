package vn.dcim.snmp.profile;

/** What a state value means to an operator, and how bad it is (normal, warning, critical). */
public record StateMeaning(String text, String severity) {
}
