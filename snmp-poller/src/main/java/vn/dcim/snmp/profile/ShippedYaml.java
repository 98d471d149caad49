package vn.dcim.snmp.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The YAML files the jar ships in one resource folder ("profiles/", "traps/"): device knowledge read at start. */
public final class ShippedYaml {

    /** What is made of one file: its resource name and its contents. */
    @FunctionalInterface
    public interface FileReader {
        void read(String file, InputStream in) throws IOException;
    }

    private ShippedYaml() {
    }

    /** Hands each YAML file directly in the folder to the reader, in name order. */
    public static void readEach(ClassLoader cl, String dir, FileReader reader) {
        for (String file : files(cl, dir)) {
            try (InputStream in = cl.getResourceAsStream(file)) {
                if (in != null) {
                    reader.read(file, in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
    }

    /** The YAML files directly in a resource folder, from a jar or a directory, in name order. */
    public static List<String> files(ClassLoader cl, String dir) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> dirs = cl.getResources(dir);
            while (dirs.hasMoreElements()) {
                URL url = dirs.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(dir) && n.endsWith(".yaml") && n.indexOf('/', dir.length()) < 0) {
                            names.add(n);
                        }
                    }
                } else if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> names.add(dir + n));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(names);
    }
}
