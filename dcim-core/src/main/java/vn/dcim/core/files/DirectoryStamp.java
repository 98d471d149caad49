package vn.dcim.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a directory's files of some endings look like at one look (each file's name, size, modification time and
 * file key), so that a reader can tell cheaply whether a file was added, changed or removed since its last look
 * without reading them: a file written through a temporary file moved into place gets a new file key even when its
 * size and second are the same. A directory that is missing or cannot be listed looks empty.
 */
public record DirectoryStamp(Map<String, String> files) {

    public static final DirectoryStamp EMPTY = new DirectoryStamp(Map.of());

    public static DirectoryStamp of(Path dir, String... endings) {
        if (dir == null || !Files.isDirectory(dir)) {
            return EMPTY;
        }
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> endsWithAny(p.getFileName().toString(), endings)).forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.put(p.getFileName().toString(), a.size() + "/" + a.lastModifiedTime().toMillis() + "/" + a.fileKey());
                    }
                } catch (IOException e) {
                    // removed between the listing and the look: it is not there
                }
            });
        } catch (IOException e) {
            return EMPTY;
        }
        return new DirectoryStamp(Map.copyOf(out));
    }

    private static boolean endsWithAny(String name, String[] endings) {
        for (String e : endings) {
            if (name.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
