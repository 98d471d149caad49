package vn.dcim.core.compliance;

import io.micronaut.serde.annotation.Serdeable;

/** A record that decides a requirement's state, one click away: a label and the API or screen address of the record. */
@Serdeable
public record Evidence(String label, String href) {

    public static Evidence of(String label, String href) {
        return new Evidence(label, href);
    }
}
