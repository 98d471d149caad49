package vn.dcim.core.personal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.telemetry.SixMonthFloor;

/**
 * How long each kind of personal data is kept, as configured and as the law lets it be:
 * <ul>
 * <li>the access log at least six months (QĐ 11/2023 Điều 30 khoản 7 điểm a: what monitoring records is kept at least
 * 06 months; Điều 6 khoản 6: the access-control system keeps a complete log), DCIM_ACCESS_LOG_DAYS;</li>
 * <li>face pictures at least 30 days (Điều 6 khoản 5: the security system's image data kept at least 30 days) and never
 * longer than the access log they illustrate: a picture is sensitive data (Law 91/2025/QH15 on personal data
 * protection), kept no longer than its purpose, DCIM_FACE_PICTURE_DAYS.</li>
 * </ul>
 * A configured number outside these bounds is moved to the bound, and the purge duty says so.
 */
@Singleton
public class RetentionPolicy {
    public static final int ACCESS_LOG_FLOOR_DAYS = SixMonthFloor.MINIMUM_DAYS;
    public static final int PICTURE_FLOOR_DAYS = 30;
    public static final String ACCESS_LOG_ARTICLE = "QĐ 11/2023 Điều 30 khoản 7 điểm a";
    public static final String PICTURE_ARTICLE = "QĐ 11/2023 Điều 6 khoản 5";

    private final int configuredAccessLogDays;
    private final int configuredPictureDays;
    private final int maxPictureBytes;

    RetentionPolicy(@Value("${dcim.personal-data.access-log-days:400}") int accessLogDays,
                    @Value("${dcim.personal-data.picture-days:30}") int pictureDays,
                    @Value("${dcim.personal-data.picture-max-bytes:524288}") int maxPictureBytes) {
        this.configuredAccessLogDays = accessLogDays;
        this.configuredPictureDays = pictureDays;
        this.maxPictureBytes = Math.max(1024, maxPictureBytes);
    }

    public static RetentionPolicy of(int accessLogDays, int pictureDays, int maxPictureBytes) {
        return new RetentionPolicy(accessLogDays, pictureDays, maxPictureBytes);
    }

    /** Days the access log (and the visit register) is kept: the configured ones, never fewer than six months. */
    public int accessLogDays() {
        return Math.max(ACCESS_LOG_FLOOR_DAYS, configuredAccessLogDays);
    }

    /** Days a face picture is kept: the configured ones, at least 30, never as long as the access log. */
    public int pictureDays() {
        return Math.min(Math.max(PICTURE_FLOOR_DAYS, configuredPictureDays), accessLogDays());
    }

    public int configuredAccessLogDays() {
        return configuredAccessLogDays;
    }

    public int configuredPictureDays() {
        return configuredPictureDays;
    }

    /** Whether a configured number was moved to a bound of the law. */
    public boolean adjusted() {
        return accessLogDays() != configuredAccessLogDays || pictureDays() != configuredPictureDays;
    }

    /** The largest picture kept; a larger one is refused and counted. */
    public int maxPictureBytes() {
        return maxPictureBytes;
    }
}
