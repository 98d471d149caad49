package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.RuleTexts;
import vn.dcim.core.time.CenterTime;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * How every screen shows times, dates, numbers and enum values to one reader: in the center's zone
 * ({@code dcim.time-zone}, Asia/Ho_Chi_Minh by default) and the reader's language, never as a UTC
 * ISO string with nanoseconds nor as a raw enum name. Templates reach it as {@code ${shown}}.
 */
public final class Shown {
    /** An instant as the API writes it, inside a longer text. */
    private static final java.util.regex.Pattern EMBEDDED_INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?Z");

    private final Texts texts;
    private final RuleTexts rules;
    private final Locale locale;
    private final CenterTime times;
    private final ZoneId zone;

    Shown(Texts texts, RuleTexts rules, Locale locale, ZoneId zone) {
        this.texts = texts;
        this.rules = rules;
        this.locale = locale;
        this.times = new CenterTime(zone);
        this.zone = zone;
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
     * An amount of Vietnamese đồng as people write it (issue 31): "250.000.000 ₫" in Vietnamese, "250,000,000 ₫"
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

    /** A metric's name in the reader's language ("metric.ups.battery.charge"), else its own name. */
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
     * One step of an alarm's notices (issue 35) in the reader's language: when, what (notified on duty,
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

    public String metric(String name) {
        return texts.get(locale, "metric." + name, name);
    }

    /** The states a state rule raises on, each as the device screen names a reading's state ("state.battery"), else as read. */
    public String states(@Nullable List<String> values) {
        if (values == null) {
            return "";
        }
        return String.join(", ", values.stream().map(v -> texts.get(locale, "state." + v, v)).toList());
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

    /** "Art. 6.2" as the reader cites it ("Điều 6.2" in Vietnamese). */
    public String article(@Nullable String article) {
        if (article == null) {
            return "";
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
        // a list told as one argument ("Cửa chính ⏸ 2026-11-27T01:02:03Z, …"): each time in it as the reader writes it
        return EMBEDDED_INSTANT.matcher(arg).replaceAll(m -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(time(Instant.parse(m.group())));
            } catch (java.time.format.DateTimeParseException e) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
            }
        });
    }


    /** A registry finding in the reader's language by its code, dates as dd/MM/yyyy; the English sentence when the texts lack it. */
    public String finding(vn.dcim.core.asset.Finding f) {
        return said("reg.finding." + f.code(), f.args() == null ? List.of() : f.args(), f.message());
    }

    public String lang() {
        return locale.getLanguage();
    }
}
