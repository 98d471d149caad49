package vn.dcim.web.push;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.push.pictures.*: fetching a picture a terminal names by its address. {@code connect-timeout} and
 * {@code read-timeout} bound each step of a request, {@code deadline} the whole picture; a terminal that does not
 * answer is asked again after {@code retry-after}, doubled at each attempt up to an hour, until the picture is
 * {@code give-up-after} old. {@code interval}: how often the pictures due are looked for (a push also starts a look at once).
 */
@ConfigurationProperties("dcim.push.pictures")
public record TerminalPictureSettings(@Bindable(defaultValue = "5s") Duration connectTimeout,
                                      @Bindable(defaultValue = "10s") Duration readTimeout,
                                      @Bindable(defaultValue = "30s") Duration deadline,
                                      @Bindable(defaultValue = "1m") Duration retryAfter,
                                      @Bindable(defaultValue = "24h") Duration giveUpAfter,
                                      @Bindable(defaultValue = "30s") Duration interval) {
}
