package vn.dcim.core.notification;

import vn.dcim.core.text.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What notifications say, in the recipient's language: notifications/texts_{vi,en}.properties,
 * Vietnamese for any language other than English. Times in the center's zone.
 */
public final class NotificationTexts {
    private static final Map<String, Properties> BY_LANG = Map.of("vi", load("vi"), "en", load("en"));

    private final Properties texts;
    private final Locale locale;
    private final DateTimeFormatter time;

    public NotificationTexts(String lang, ZoneId zone) {
        String chosen = "en".equals(lang) ? "en" : "vi";
        this.texts = BY_LANG.get(chosen);
        this.locale = Locale.forLanguageTag(chosen);
        this.time = DateTimeFormatter.ofPattern(texts.getProperty("time"), locale).withZone(zone);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("notifications/texts_" + lang() + ".properties lacks " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** "Art. 6.6" as this language cites it ("Điều 6 khoản 6"). */
    public String article(String article) {
        if (article == null) {
            return "";
        }
        return "vi".equals(lang()) ? Citation.spelled(article) : article.replace("Art. ", texts.getProperty("article") + " ");
    }

    public String time(Instant at) {
        return at == null ? get("none") : time.format(at);
    }

    private static Properties load(String lang) {
        String resource = "notifications/texts_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = NotificationTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
