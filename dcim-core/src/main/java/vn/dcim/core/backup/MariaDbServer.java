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

    /**
     * The server a JDBC URL names. A cluster's URL (Connector/J's {@code jdbc:mariadb:sequential://db1:3306,db2/dcim})
     * names several hosts, which {@link URI} cannot read: the tools are given its first, as the driver tries it first.
     */
    public static MariaDbServer fromJdbcUrl(String jdbcUrl, String user, @Nullable String password, @Nullable Path binDir) {
        int slashes = jdbcUrl.indexOf("//");
        if (!jdbcUrl.startsWith("jdbc:") || slashes < 0) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL: " + jdbcUrl);
        }
        String rest = jdbcUrl.substring(slashes + 2);
        int pathAt = rest.indexOf('/');
        String hosts = pathAt < 0 ? rest : rest.substring(0, pathAt);
        String path = pathAt < 0 ? "" : rest.substring(pathAt + 1).replaceFirst("[?;].*$", "");
        URI first = URI.create("mariadb://" + hosts.split(",")[0].strip());
        return new MariaDbServer(first.getHost(), first.getPort() < 0 ? 3306 : first.getPort(), path, user,
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
