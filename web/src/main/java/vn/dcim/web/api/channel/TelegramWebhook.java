package vn.dcim.web.api.channel;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import vn.dcim.web.api.error.NoRoute;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Telegram's webhook: the inline "Acknowledge" button of an alarm message comes back here as a
 * callback query. The path holds the webhook's secret ({@code DCIM_CHANNELS_TELEGRAM_WEBHOOK_SECRET}, given to
 * Telegram's setWebhook); unset, or another one, the endpoint does not exist (404). The callback acknowledges
 * only from the chat the message was sent to, as the person it was sent to. Telegram wants a 200 for every
 * update it delivers, or it sends it again: a refused callback is answered 200 and counted in the log. The
 * answer carries Telegram's answerCallbackQuery as a method in the webhook's reply (Bot API, "making requests
 * when getting updates"), so the button stops spinning and shows the outcome without a call of our own.
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
    HttpResponse<Map<String, Object>> update(HttpRequest<?> request, @PathVariable("secret") String given, @Body @Nullable Update update) {
        if (secret.length() < 16 || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw NoRoute.at(request);
        }
        if (update == null || update.callback_query() == null || update.callback_query().data() == null
                || update.callback_query().message() == null || update.callback_query().message().chat() == null) {
            return HttpResponse.ok(Map.of("ok", true, "handled", false));
        }
        Callback q = update.callback_query();
        TelegramCallbacks.Answer answer = callbacks.press(q.data(), String.valueOf(q.message().chat().id()));
        Map<String, Object> reply = new LinkedHashMap<>();
        if (q.id() != null && !q.id().isBlank()) {
            reply.put("method", "answerCallbackQuery");
            reply.put("callback_query_id", q.id());
            reply.put("text", answer.text());
        }
        reply.put("ok", true);
        AckLinks.Link link = answer.acknowledged();
        if (link != null) {
            reply.put("handled", true);
            reply.put("alarm", link.alarmId());
            reply.put("by", link.person());
        } else {
            LOG.info("Telegram callback refused: {}", answer.refusal());
            reply.put("handled", false);
            reply.put("refused", answer.refusal().name());
        }
        return HttpResponse.ok(reply);
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
