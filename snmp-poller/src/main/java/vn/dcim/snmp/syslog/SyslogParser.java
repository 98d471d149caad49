package vn.dcim.snmp.syslog;

import lombok.RequiredArgsConstructor;
import vn.dcim.core.devicelog.DeviceLogSeverity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads one syslog message, never throwing: RFC 5424 ({@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID
 * MSGID [SD] MSG}), RFC 3164 ({@code <PRI>Mmm dd hh:mm:ss HOSTNAME TAG[pid]: MSG}, the year and zone
 * being the receiver's, as RFC 5424 section 4.3.2 allows), or, without a valid PRI, the whole text as the message with
 * the default priority 13 (user.notice, RFC 3164 section 4.3.3). Control characters are kept out of the text
 * shown (a hostile line cannot forge a second log line on screen); the raw form is kept as received.
 */
@RequiredArgsConstructor
public final class SyslogParser {
    private static final DateTimeFormatter BSD = DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    private final ZoneId senderZone;

    public SyslogMessage parse(String line, Instant now) {
        String s = stripTrailingNewlines(line);
        int pri = -1;
        int at = 0;
        if (s.startsWith("<")) {
            int close = s.indexOf('>');
            if (close > 1 && close <= 4) {
                try {
                    int p = Integer.parseInt(s.substring(1, close));
                    if (p >= 0 && p <= 191 && (close == 2 || s.charAt(1) != '0')) {
                        pri = p;
                        at = close + 1;
                    }
                } catch (NumberFormatException ignored) {
                    // not a PRI: the whole line is the message
                }
            }
        }
        if (pri < 0) {
            return new SyslogMessage("plain", 1, DeviceLogSeverity.notice, null, null, null, null, null, null, clean(s));
        }
        int facility = pri / 8;
        DeviceLogSeverity severity = DeviceLogSeverity.ofCode(pri % 8);
        String rest = s.substring(at);
        if (rest.startsWith("1 ")) {
            return rfc5424(facility, severity, rest.substring(2));
        }
        return rfc3164(facility, severity, rest, now);
    }

    private SyslogMessage rfc5424(int facility, DeviceLogSeverity severity, String rest) {
        String[] f = new String[5];
        int pos = 0;
        for (int i = 0; i < 5; i++) {
            int sp = rest.indexOf(' ', pos);
            if (sp < 0) {
                f[i] = rest.substring(pos);
                pos = rest.length();
                break;
            }
            f[i] = rest.substring(pos, sp);
            pos = sp + 1;
        }
        Instant ts = null;
        if (f[0] != null && !f[0].equals("-")) {
            try {
                ts = OffsetDateTime.parse(f[0]).toInstant();
            } catch (DateTimeParseException ignored) {
                // an unreadable TIMESTAMP: the arrival time is used
            }
        }
        String sd = null;
        String msg = pos < rest.length() ? rest.substring(pos) : "";
        if (msg.startsWith("-")) {
            msg = msg.length() > 1 ? msg.substring(msg.charAt(1) == ' ' ? 2 : 1) : "";
        } else if (msg.startsWith("[")) {
            int end = endOfStructuredData(msg);
            sd = msg.substring(0, end);
            msg = end < msg.length() && msg.charAt(end) == ' ' ? msg.substring(end + 1) : msg.substring(end);
        }
        if (msg.startsWith("\uFEFF")) {
            msg = msg.substring(1); // the BOM of an UTF-8 MSG (RFC 5424 section 6.4)
        }
        return new SyslogMessage("rfc5424", facility, severity, ts, nil(f[1]), nil(f[2]), nil(f[3]), nil(f[4]),
                sd == null ? null : clean(sd), clean(msg));
    }

    /** The end of the SD-ELEMENTs: brackets outside quoted values, with \" \] escapes inside them. */
    private static int endOfStructuredData(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '[') {
            boolean quoted = false;
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quoted && c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    i++;
                    break;
                }
                i++;
            }
        }
        return Math.min(i, s.length());
    }

    private SyslogMessage rfc3164(int facility, DeviceLogSeverity severity, String rest, Instant now) {
        Instant ts = null;
        String host = null;
        String body = rest;
        if (rest.length() >= 16 && rest.charAt(3) == ' ' && rest.charAt(15) == ' ') {
            try {
                int year = LocalDateTime.ofInstant(now, senderZone).getYear();
                LocalDateTime t = LocalDateTime.parse(rest.substring(0, 15).replace("  ", " ") + " " + year, BSD);
                ts = t.atZone(senderZone).toInstant();
                // a December line read in January belongs to last year
                if (ts.isAfter(now.plusSeconds(86_400))) {
                    ts = t.minusYears(1).atZone(senderZone).toInstant();
                }
                body = rest.substring(16);
                int sp = body.indexOf(' ');
                if (sp > 0 && !body.substring(0, sp).endsWith(":")) {
                    host = body.substring(0, sp);
                    body = body.substring(sp + 1);
                }
            } catch (DateTimeParseException ignored) {
                // no BSD time stamp: the whole rest is the message
            }
        }
        String app = null;
        String proc = null;
        int colon = body.indexOf(':');
        if (colon > 0 && colon <= 48 && body.substring(0, colon).matches("[\\w./-]+(\\[[\\w-]+])?")) {
            String tag = body.substring(0, colon);
            int bracket = tag.indexOf('[');
            app = bracket < 0 ? tag : tag.substring(0, bracket);
            proc = bracket < 0 ? null : tag.substring(bracket + 1, tag.length() - 1);
            body = body.substring(colon + 1).stripLeading();
        }
        return new SyslogMessage("rfc3164", facility, severity, ts, host, app, proc, null, null, clean(body));
    }

    private static String nil(String v) {
        return v == null || v.equals("-") || v.isEmpty() ? null : v;
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Control characters (a forged second line, terminal escapes) shown as spaces. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append(' ');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
