package vn.dcim.web.api.channel;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.notification.channel.AckLinks;
import vn.dcim.core.notification.channel.TelegramCallbacks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Telegram's webhook (issue 35): the inline "Acknowledge" button of an alarm message comes back here as a
 * callback query. The path holds the webhook's secret ({@code DCIM_CHANNELS_TELEGRAM_WEBHOOK_SECRET}, given to
 * Telegram's setWebhook); unset, or another one, the endpoint does not exist (404). The callback acknowledges
 * only from the chat the message was sent to, as the person it was sent to. Telegram wants a 200 for every
 * update it delivers, or it sends it again: a refused callback is answered 200 and counted in the log.
 */
@Hidden
@Controller("/api/channels/telegram")
@ExecuteOn(TaskExecutors.BLOCKING)
class TelegramWebhook {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);
    private final String secret;
    private final TelegramCallbacks callbacks;

    TelegramWebhook(@Value("${dcim.channels.telegram.webhook-secret:}") String secret, TelegramCallbacks callbacks) {
        this.secret = secret;
        this.callbacks = callbacks;
    }

    @Post("/{secret}")
    HttpResponse<Map<String, Object>> update(@PathVariable("secret") String given, @Body @Nullable Update update) {
        if (secret.length() < 16 || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.notFound();
        }
        if (update == null || update.callback_query() == null || update.callback_query().data() == null
                || update.callback_query().message() == null || update.callback_query().message().chat() == null) {
            return HttpResponse.ok(Map.of("ok", true, "handled", false));
        }
        Callback q = update.callback_query();
        try {
            AckLinks.Link link = callbacks.acknowledge(q.data(), String.valueOf(q.message().chat().id()));
            return HttpResponse.ok(Map.of("ok", true, "handled", true, "alarm", link.alarmId(), "by", link.person()));
        } catch (AckLinks.AckRefused e) {
            LOG.info("Telegram callback refused: {}", e.getMessage());
            return HttpResponse.ok(Map.of("ok", true, "handled", false, "refused", e.refusal().name()));
        }
    }

    @Serdeable
    record Update(@Nullable Long update_id, @Nullable Callback callback_query) {
    }

    @Serdeable
    record Callback(@Nullable String id, @Nullable String data, @Nullable Message message) {
    }

    @Serdeable
    record Message(@Nullable Chat chat) {
    }

    @Serdeable
    record Chat(@Nullable Long id) {
    }
}
