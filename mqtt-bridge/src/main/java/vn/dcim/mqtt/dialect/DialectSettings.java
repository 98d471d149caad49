package vn.dcim.mqtt.dialect;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where users keep their own dialects ({@code dcim.mqtt.dialects.dir}, DCIM_DIALECTS_DIR), loaded
 * after the shipped ones, and the bounds a message's evaluation gets.
 */
@ConfigurationProperties("dcim.mqtt.dialects")
public class DialectSettings {
    @Nullable
    private String dir;
    private int maxPayloadBytes = DialectLimits.defaults().maxPayloadBytes();
    private long evaluationMs = DialectLimits.defaults().evaluationMs();
    private int maxLearned = DialectLimits.defaults().maxLearned();
    /** How often the directory is looked at for files added, changed or removed (0: only at start and when taught here). */
    private long rescanMs = 30_000;

    @Nullable
    public String getDir() { return dir; }
    public void setDir(@Nullable String dir) { this.dir = dir; }
    public int getMaxPayloadBytes() { return maxPayloadBytes; }
    public void setMaxPayloadBytes(int maxPayloadBytes) { this.maxPayloadBytes = maxPayloadBytes; }
    public long getEvaluationMs() { return evaluationMs; }
    public void setEvaluationMs(long evaluationMs) { this.evaluationMs = evaluationMs; }
    public int getMaxLearned() { return maxLearned; }
    public long getRescanMs() { return rescanMs; }
    public void setRescanMs(long rescanMs) { this.rescanMs = rescanMs; }
    public void setMaxLearned(int maxLearned) { this.maxLearned = maxLearned; }

    public DialectLimits limits() {
        DialectLimits d = DialectLimits.defaults();
        return new DialectLimits(maxPayloadBytes, d.maxJsonDepth(), evaluationMs, d.maxExpressionDepth(), d.maxOutputs(), maxLearned);
    }
}
