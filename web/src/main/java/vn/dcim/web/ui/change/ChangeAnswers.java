package vn.dcim.web.ui.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.Refusal;
import vn.dcim.web.i18n.Texts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** How every change form answers: it goes where the step leads, or back with what the refusal said in the reader's language. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeAnswers {
    private final Texts texts;

    HttpResponse<?> after(HttpRequest<?> request, String back, Supplier<String> step) {
        try {
            return HttpResponse.seeOther(URI.create(step.get()));
        } catch (Refusal refused) {
            return HttpResponse.seeOther(URI.create(back + "?told=" + URLEncoder.encode(texts.of(request, refused), StandardCharsets.UTF_8)));
        }
    }
}
