package vn.dcim.web.ui.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The keys of every text the dashboard's script writes ({@code dash.*} in the message files): the
 * page carries them translated, so the script never holds a word of either language.
 */
final class DashboardTexts {
    static final List<String> KEYS = load();

    private DashboardTexts() {
    }

    private static List<String> load() {
        try (InputStream in = DashboardTexts.class.getResourceAsStream("/i18n/messages_en.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames().stream().filter(k -> k.startsWith("dash.")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
