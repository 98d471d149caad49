package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.text.Phrase;

import java.util.List;

/**
 * An alarm raised by a duty or a check rather than by a reading rule (an overdue work order, a
 * missing backup, fewer than two ISPs up). {@code source} is a device id or the duty's id;
 * source + rule + instance de-duplicate. {@code message} is English; a duty's alarm also carries its
 * message key and arguments so that the console tells it in the reader's language.
 */
public record AlarmSignal(String source, String ruleId, String instance, Severity severity,
                          String article, String message, @Nullable String messageKey, @Nullable List<String> messageArgs,
                          boolean latching) {

    /** A latching alarm (ISA-18.2): once cleared it waits on the console until a person acknowledges it. */
    public AlarmSignal(String source, String ruleId, String instance, Severity severity,
                       String article, String message, @Nullable String messageKey, @Nullable List<String> messageArgs) {
        this(source, ruleId, instance, severity, article, message, messageKey, messageArgs, true);
    }

    /** A signal whose text has no key: a rule's description or an operator's words, shown as stored. */
    public AlarmSignal(String source, String ruleId, String instance, Severity severity, String article, String message) {
        this(source, ruleId, instance, severity, article, message, null, null);
    }

    public AlarmSignal(String source, String ruleId, String instance, Severity severity, String article, Phrase message) {
        this(source, ruleId, instance, severity, article, message.english(), message.key(), message.args());
    }
}
