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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every profile under {@code profiles/} on the classpath (one YAML file per MIB family). Adding a
 * vendor means adding a file there; nothing has to be registered in code.
 */
public final class ProfileCatalog {
    static final String DIR = "profiles/";
    private final List<Profile> profiles;

    private ProfileCatalog(List<Profile> profiles) {
        this.profiles = profiles;
    }

    /** A catalog of these profiles; every profile one of them overrides must be among them. */
    public static ProfileCatalog of(List<Profile> profiles) {
        Set<String> names = profiles.stream().map(Profile::name).collect(Collectors.toSet());
        for (Profile p : profiles) {
            for (String overridden : p.overrides()) {
                if (!names.contains(overridden)) {
                    throw new ProfileException(p.name() + ": overrides unknown profile '" + overridden + "'");
                }
            }
        }
        return new ProfileCatalog(List.copyOf(profiles));
    }

    public static ProfileCatalog load() {
        ClassLoader cl = ProfileCatalog.class.getClassLoader();
        List<Profile> out = new ArrayList<>();
        for (String file : files(cl)) {
            try (InputStream in = cl.getResourceAsStream(file)) {
                if (in != null) {
                    out.add(ProfileReader.read(file, in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(out);
    }

    public List<Profile> all() {
        return profiles;
    }

    public Optional<Profile> named(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    static List<String> files(ClassLoader cl) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> dirs = cl.getResources(DIR);
            while (dirs.hasMoreElements()) {
                URL url = dirs.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(DIR) && n.endsWith(".yaml") && n.indexOf('/', DIR.length()) < 0) {
                            names.add(n);
                        }
                    }
                } else if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> names.add(DIR + n));
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
