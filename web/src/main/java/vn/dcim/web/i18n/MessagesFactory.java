package vn.dcim.web.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * UI texts: Vietnamese (the default) in i18n/messages_vi.properties, English in messages_en.properties.
 * The default bundle is named explicitly because ResourceBundle would otherwise fall back to the JVM
 * locale (English on most servers) before the base bundle.
 */
@Factory
class MessagesFactory {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Singleton
    MessageSource messageSource() {
        return new ResourceBundleMessageSource("i18n.messages", VIETNAMESE);
    }
}
