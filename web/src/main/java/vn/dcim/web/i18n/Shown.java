package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.RuleTexts;
import vn.dcim.core.text.Citation;
import vn.dcim.core.time.CenterTime;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every screen shows times, dates, numbers and enum values to one reader: in the center's zone
 * ({@code dcim.time-zone}, Asia/Ho_Chi_Minh by default) and the reader's language, never as a UTC
 * ISO string with nanoseconds nor as a raw enum name. Templates reach it as {@code ${shown}}.
 */
public final class Shown {
    /** An instant as the API writes it, inside a longer text. */
    private static final Pattern EMBEDDED_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?Z");

    private final Texts texts;
    private final RuleTexts rules;
    private final Locale locale;
    private final CenterTime times;
    private final ZoneId zone;
    private final ReadingWords words;
    private final java.util.function.Supplier<Map<String, String>> equipment;
    private Map<String, String> names;

    Shown(Texts texts, RuleTexts rules, Locale locale, ZoneId zone) {
        this(texts, rules, locale, zone, new ReadingWords(Map.of()), Map::of);
    }

    /**
     * @param equipment the devices' names by id, read once for the page when it first names a device
     */
    Shown(Texts texts, RuleTexts rules, Locale locale, ZoneId zone, ReadingWords words,
          java.util.function.Supplier<Map<String, String>> equipment) {
        this.texts = texts;
        this.rules = rules;
        this.locale = locale;
        this.times = new CenterTime(zone);
        this.zone = zone;
        this.words = words;
        this.equipment = equipment;
    }

    /** An instant as the center's wall clock in the one format of every screen, "24/11/2026 11:05"; empty when there is none. */
    public String time(@Nullable TemporalAccessor at) {
        return times.format(at);
    }

    /** A time kept as ISO text (a view that carries its instant as a string), shown as every other time; other text as it is. */
    public String time(@Nullable String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return times.format(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** The center's zone, for the scripts that show times (static/center-time.js). */
    public String zone() {
        return zone.getId();
    }

    public String date(@Nullable LocalDate day) {
        return CenterTime.date(day);
    }

    /** The hour and minute of an instant on the center's wall clock, "22:00" (a calendar's day already names the date). */
    public String clock(@Nullable Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(at);
    }

    /** The day of the week in the reader's language, "Thứ Hai" / "Monday". */
    public String weekday(@Nullable LocalDate day) {
        return day == null ? "" : day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    /** A measured value in the reader's notation (Vietnamese: comma decimals), at most three decimals. */
    public String number(@Nullable Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(3);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    /**
     * An amount of Vietnamese đồng as people write it: "250.000.000 ₫" in Vietnamese, "250,000,000 ₫"
     * in English; whole đồng, no ".00"; empty when there is none.
     */
    public String money(@Nullable Number amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(amount) + " ₫";
    }

    /** The label of an enum value: {@code label('severity', 'critical')}; "—" for none, never "null". */
    public String label(String kind, @Nullable Object value) {
        return texts.label(locale, kind, value);
    }

    /**
     * A handover line's reference ("alarm 12", "work order 7", as the record holds it) in the reader's
     * language ("Cảnh báo #12"); one the texts do not know is shown as it is.
     */
    public String reference(@Nullable String ref) {
        if (ref == null || ref.lastIndexOf(' ') < 1) {
            return ref == null ? "" : ref;
        }
        String noun = ref.substring(0, ref.lastIndexOf(' ')).replace(' ', '-');
        String number = ref.substring(ref.lastIndexOf(' ') + 1);
        return texts.get(locale, "handover.ref." + noun, ref, number);
    }

    /**
     * One step of an alarm's notices in the reader's language: when, what (notified on duty,
     * escalated to a level, nobody on duty, acknowledged from a message) and who. The names told are
     * people's names; the engine's own remark for nobody found is replaced by the reader's words.
     */
    public String notice(vn.dcim.core.notification.escalation.AlarmStep step) {
        String what = texts.get(locale, "alarm.step." + step.kind(), step.kind());
        if (step.level() != null && step.level() > 0) {
            what += " (" + texts.get(locale, "alarm.step.level", "level " + step.level(), step.level()) + ")";
        }
        String who = step.byPerson() != null ? step.byPerson() + (step.told() == null ? "" : " · " + step.told())
                : step.told() == null || step.told().startsWith("nobody") || step.told().startsWith("no contact")
                ? texts.get(locale, "alarm.step.nobody", "") : step.told();
        return time(step.at()) + " · " + what + (who == null || who.isEmpty() ? "" : ": " + who);
    }

    /**
     * A metric's name in the reader's language: the catalogue's ("metric.ups.battery.charge"), else composed from
     * its id's words ("Điện áp nguồn A" for "ats.ats5g_switch_source_a_voltage").
     */
    public String metric(String name) {
        return texts.metric(locale, name);
    }

    /**
     * A metric of one row of a device's table ("Dòng điện ra (số 2)"); a device's only value (instance "0") by
     * its name alone. The row's number is the agent's index, the one a label or the device's own screen shows.
     */
    public String metric(String name, @Nullable String instance) {
        return metric(name) + row(instance);
    }

    /**
     * One line of what a heard message would give once bound (the discovery inbox), in the reader's words: a reading
     * as its metric's name and row, with the id the dialect gave it and the value as the device sent it; an event as
     * "Sự kiện" with its name, and whether it ends.
     */
    public record Given(String name, String code, String value) {
    }

    private static final Pattern READING_LINE = Pattern.compile("(\\S+?)(?:\\[(.*?)])? = ?(.*)");
    private static final Pattern EVENT_LINE = Pattern.compile("event (\\S+?)\\[(.*?)]( cleared)?");

    /** The lines of a discovered source's "would give" text, each as a {@link Given}; a line of another shape as it is. */
    public List<Given> gives(@Nullable String lines) {
        List<Given> out = new ArrayList<>();
        if (lines == null) {
            return out;
        }
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher event = EVENT_LINE.matcher(line.strip());
            Matcher reading = READING_LINE.matcher(line.strip());
            if (event.matches()) {
                String name = texts.get(locale, "sources.gives.event", "Event") + row(event.group(2))
                        + (event.group(3) != null ? " · " + texts.get(locale, "sources.gives.cleared", "ends") : "");
                out.add(new Given(name, event.group(1), ""));
            } else if (reading.matches()) {
                out.add(new Given(metric(reading.group(1), reading.group(2)), reading.group(1), reading.group(3).strip()));
            } else {
                out.add(new Given(line.strip(), "", ""));
            }
        }
        return out;
    }

    /** " (số 2)" for a row of a device's table, nothing for a device's only value (instance "0" or none). */
    public String row(@Nullable String instance) {
        return instance == null || instance.isBlank() || "0".equals(instance) ? ""
                : " " + texts.get(locale, "reading.row", "(no. " + instance + ")", instance);
    }

    /** The name people gave a device ("UPS 1 - Phòng máy chủ"), else its id. */
    public String equipment(@Nullable String deviceId) {
        if (deviceId == null) {
            return "";
        }
        if (names == null) {
            names = equipment.get();
        }
        return names.getOrDefault(deviceId, deviceId);
    }

    /** Where an alarm or a reading comes from: the device's name and the row of its table, "UPS 1 (số 1)". */
    public String source(@Nullable String deviceId, @Nullable String instance) {
        return equipment(deviceId) + row(instance);
    }

    /**
     * A reading as a person says it: a state in words ("đang chạy", from the reading's own text or the
     * profiles' value map of the metric's number), a quantity in the reader's notation and a unit a person
     * reads ("23,5 GiB", "3 ngày 4 giờ"); "—" for none.
     */
    public String reading(String metric, @Nullable Double value, @Nullable String text, @Nullable String unit) {
        String state = text != null && !text.isBlank() ? text : words.state(metric, value);
        if (state != null) {
            return texts.state(locale, state);
        }
        return value == null ? "—" : quantity(value, unit);
    }

    private static final List<String> BINARY = List.of("B", "KiB", "MiB", "GiB", "TiB", "PiB");

    /**
     * A measured value with its unit, as a person reads it: bytes in the largest binary unit that keeps a number
     * of at least 1 (25276510208 B is "23,5 GiB"), seconds from two minutes on as days, hours and minutes; other
     * units as measured, in the reader's decimals.
     */
    public String quantity(@Nullable Double value, @Nullable String unit) {
        if (value == null) {
            return "—";
        }
        String u = unit == null ? "" : unit.strip();
        int step = BINARY.indexOf("KB".equals(u) ? "KiB" : u);
        if (step >= 0) {
            double v = value;
            while (Math.abs(v) >= 1024 && step < BINARY.size() - 1) {
                v /= 1024;
                step++;
            }
            return decimals(v, 1) + " " + BINARY.get(step);
        }
        if ("s".equals(u) && Math.abs(value) >= 120) {
            return duration(Math.round(value));
        }
        return number(value) + (u.isEmpty() ? "" : " " + u);
    }

    private String duration(long seconds) {
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(texts.get(locale, "duration.days", days + " d", days)).append(' ');
        }
        if (hours > 0) {
            out.append(texts.get(locale, "duration.hours", hours + " h", hours)).append(' ');
        }
        if (minutes > 0 && days == 0) {
            out.append(texts.get(locale, "duration.minutes", minutes + " min", minutes)).append(' ');
        }
        return out.toString().strip();
    }

    private String decimals(double v, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(digits);
        f.setGroupingUsed(false);
        return f.format(v);
    }

    /** Whether a metric's numbers stand for states, so a form offers their words rather than a number field. */
    public boolean isState(String metric) {
        return words.isState(metric);
    }

    /** A state metric's numbers with their words in the reader's language, for a form's choice. */
    public Map<Long, String> choices(String metric) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        words.statesOf(metric).forEach((n, state) -> out.put(n, texts.state(locale, state)));
        return out;
    }

    /** The states a state rule raises on, each as the device screen names a reading's state ("state.battery"), else by its words. */
    public String states(@Nullable List<String> values) {
        if (values == null) {
            return "";
        }
        return String.join(", ", values.stream().map(v -> texts.state(locale, v)).toList());
    }

    /** An alarm's text in the reader's language while it is its rule's shipped description (rules data). */
    public String alarm(String ruleId, @Nullable String message) {
        return rules.shown(ruleId, message, locale.getLanguage());
    }

    /**
     * An alarm's text in the reader's language: a duty's alarm by its message key and arguments, a rule's
     * alarm by the rule's shipped descriptions; an operator's own words as stored.
     */
    public String alarm(AlarmView a) {
        return a.messageKey() != null ? said(a.messageKey(), a.messageArgs(), a.message()) : alarm(a.ruleId(), a.message());
    }

    /** "Art. 6.2" as the reader cites it ("Điều 6 khoản 2" in Vietnamese). */
    public String article(@Nullable String article) {
        if (article == null) {
            return "";
        }
        if ("vi".equals(locale.getLanguage())) {
            return Citation.spelled(article);
        }
        return article.replace("Art. ", texts.get(locale, "format.article", "Art.") + " ");
    }

    /**
     * A sentence given as a message key with text arguments (a compliance check's summary or evidence label),
     * in the reader's language; {@code english} when there is no key. Arguments that are instants, decimals
     * or "Art. x" citations are shown as this reader writes them, "enum.…" ones as labels.
     */
    public String said(@Nullable String key, @Nullable List<String> args, String english) {
        if (key == null) {
            return english;
        }
        Object[] told = args == null ? new Object[0] : args.stream().map(this::argument).toArray();
        return texts.get(locale, key, english, told);
    }

    private String instant(String iso) {
        try {
            return time(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private Object argument(String arg) {
        if (arg.startsWith("Art. ")) {
            return article(arg);
        }
        if (arg.matches("-?\\d+\\.\\d+")) {
            return number(Double.valueOf(arg));
        }
        if (arg.matches("\\d{4}-\\d\\d-\\d\\d")) {
            try {
                return date(LocalDate.parse(arg));
            } catch (java.time.format.DateTimeParseException e) {
                return arg;
            }
        }
        if (arg.matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
            try {
                return time(Instant.parse(arg));
            } catch (java.time.format.DateTimeParseException e) {
                return arg;
            }
        }
        // a list of things with their times ("door-1 ⏸ 2026-11-27T01:02:03Z, …"): each time as the reader writes it
        return EMBEDDED_INSTANT.matcher(arg).replaceAll(m -> Matcher.quoteReplacement(instant(m.group())));
    }

    /**
     * What an audit entry's action did, in the reader's words: "Sửa", or for a change of status the status it
     * went to ("status-done" of a work order: "Đổi trạng thái: Đã hoàn thành"); an action without words as stored.
     */
    public String auditAction(@Nullable String entityType, String action) {
        String known = texts.get(locale, "admin.action." + action, null);
        if (known != null) {
            return known;
        }
        if (action.startsWith("status-") && entityType != null) {
            String to = texts.get(locale, "enum." + entityType.replace("-", "") + "." + action.substring(7), null);
            if (to != null) {
                return texts.get(locale, "admin.action.status", "status") + ": " + to;
            }
        }
        return action;
    }

    /** A registry finding in the reader's language by its code, dates as dd/MM/yyyy; the English sentence when the texts lack it. */
    public String finding(vn.dcim.core.asset.Finding f) {
        return said("reg.finding." + f.code(), f.args() == null ? List.of() : f.args(), f.message());
    }

    public String lang() {
        return locale.getLanguage();
    }
}
