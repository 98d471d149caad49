package vn.dcim.web.push;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo a ZKTeco terminal uploads as the table ATTPHOTO (PUSH protocol): text lines {@code PIN=<time>-<user>.jpg},
 * {@code SN=}, {@code size=}, {@code CMD=uploadphoto} (older firmware: {@code CMD=realupload}), then a NUL byte and
 * the JPEG. The file name carries the punch's time (yyyyMMddHHmmss, the terminal's clock, in the centre's zone) and
 * the user's PIN; a stranger's photo has the time alone.
 */
record ZktecoPhoto(@Nullable String pin, String localTime, Instant takenAt, byte[] content) {
    private static final Pattern NAME = Pattern.compile("(\\d{14})(?:-([^./\\\\]{1,64}))?(?:\\.[A-Za-z]{3,4})?");
    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter ATTLOG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_HEADER = 1024;

    /** The photo of an ATTPHOTO body, or none when the body is not one (no NUL after the lines, no file name). */
    static Optional<ZktecoPhoto> of(byte[] body, ZoneId zone) {
        int nul = -1;
        for (int i = 0; i < Math.min(body.length, MAX_HEADER); i++) {
            if (body[i] == 0) {
                nul = i;
                break;
            }
        }
        if (nul < 0 || nul + 1 >= body.length) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new String(body, 0, nul, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT), line.substring(eq + 1).trim());
            }
        }
        String name = fields.get("PIN");
        Matcher m = name == null ? null : NAME.matcher(name);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1), FILE);
            return Optional.of(new ZktecoPhoto(m.group(2), local.format(ATTLOG), local.atZone(zone).toInstant(),
                    Arrays.copyOfRange(body, nul + 1, body.length)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
