package vn.dcim.core.text;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A YAML file shipped in dcim-core's class path, where the product keeps knowledge as data (alarm rules,
 * incident chains, symptoms, channel types, escalation): opened, checked to be there and read in one
 * place, so that each reader only turns the entries into its own records. A missing file is a broken
 * build, said by its name; the files hold plain maps, lists and scalars, so they are read without
 * constructing any Java type a tag could name.
 */
public final class BundledYaml {
    private BundledYaml() {
    }

    /** The file's document: maps, lists, strings, numbers and booleans as SnakeYAML reads them. */
    public static <T> T read(String resource) throws IOException {
        try (InputStream in = BundledYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    /** The entries of the list under {@code key} at the top of the file, each a map of its fields. */
    public static List<Map<String, Object>> entries(String resource, String key) throws IOException {
        Map<String, List<Map<String, Object>>> doc = read(resource);
        return doc.get(key);
    }

    /**
     * What {@code reading} makes of the file's document. A file that does not hold what the reading expects (a field
     * missing, a value of another type or out of its enum) stops the start, said with {@code what} and the file's name.
     */
    public static <T> T read(String resource, String what, Function<Map<String, Object>, T> reading) {
        try {
            return reading.apply(read(resource));
        } catch (IOException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not read the " + what + " " + resource + ": " + e, e);
        }
    }

    /** As {@link #read(String, String, Function)}, each entry of the list under {@code key} made one record. */
    public static <T> List<T> entries(String resource, String key, String what, Function<Map<String, Object>, T> each) {
        return read(resource, what, doc -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) doc.get(key);
            List<T> out = new ArrayList<>();
            for (Map<String, Object> m : entries) {
                out.add(each.apply(m));
            }
            return List.copyOf(out);
        });
    }
}
