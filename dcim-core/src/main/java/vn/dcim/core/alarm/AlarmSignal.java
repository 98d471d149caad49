package vn.dcim.core.alarm;

/**
 * An alarm raised by a duty or a check rather than by a reading rule (an overdue work order, a
 * missing backup, fewer than two ISPs up). {@code source} is a device id or the duty's id;
 * source + rule + instance de-duplicate.
 */
public record AlarmSignal(String source, String ruleId, String instance, Severity severity,
                          String article, String message) {
}
