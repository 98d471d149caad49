package vn.dcim.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Report headings in Vietnamese (default) or English, from reports/labels_{lang}.properties. */
public final class ReportLabels {
    private final Properties texts = new Properties();
    private final String lang;

    public ReportLabels(String lang) {
        this.lang = lang;
        String resource = "reports/labels_" + ("en".equals(lang) ? "en" : "vi") + ".properties";
        try (InputStream in = ReportLabels.class.getClassLoader().getResourceAsStream(resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("Missing " + resource, e));
        }
    }

    /** The language asked for, as the caller named it. */
    public String lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        String text = texts.getProperty(key, key);
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }

    /** A table's column headings, each named as its {@code col.} label: columns("site", "period"). */
    public List<String> columns(String... names) {
        return Arrays.stream(names).map(n -> get("col." + n)).toList();
    }
}
