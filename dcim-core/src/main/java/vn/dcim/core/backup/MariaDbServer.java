package vn.dcim.core.backup;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the product's database lives, as the MariaDB command-line tools need it. {@code binDir}
 * holds mariadb-dump and mariadb (the embedded server's own, or null for the ones on PATH).
 */
public record MariaDbServer(String host, int port, String database, String user, String password, @Nullable Path binDir) {

    public static MariaDbServer fromJdbcUrl(String jdbcUrl, String user, @Nullable String password, @Nullable Path binDir) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new MariaDbServer(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), path, user,
                password == null ? "" : password, binDir);
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + schema;
    }

    String tool(String name) {
        return binDir == null ? name : binDir.resolve(name).toString();
    }

    /** Credentials go in a private option file, never on the command line where ps would show them. */
    Path optionFile() throws IOException {
        Path f = Files.createTempFile("dcim-client", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(f, "[client]\nuser=" + user + "\npassword=" + password + "\nhost=" + host + "\nport=" + port
                + "\nprotocol=TCP\n");
        return f;
    }
}
