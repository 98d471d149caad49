package vn.dcim.core.devicelog;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/** The eight severities of syslog (RFC 5424 section 6.2.1), most severe first; traps are told in the same words. */
public enum DeviceLogSeverity {
    emergency, alert, critical, error, warning, notice, info, debug;

    /** The RFC 5424 code, 0 (emergency) to 7 (debug). */
    public int code() {
        return ordinal();
    }

    public static DeviceLogSeverity ofCode(int code) {
        return values()[Math.max(0, Math.min(7, code))];
    }

    /** This severity and the more severe ones. */
    public List<DeviceLogSeverity> andWorse() {
        return Arrays.asList(values()).subList(0, ordinal() + 1);
    }

    /** Reads a name (any case) or a code; null for anything else. */
    public static @Nullable DeviceLogSeverity parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        for (DeviceLogSeverity v : values()) {
            if (v.name().equals(t)) {
                return v;
            }
        }
        if (t.matches("[0-7]")) {
            return ofCode(Integer.parseInt(t));
        }
        return null;
    }
}
