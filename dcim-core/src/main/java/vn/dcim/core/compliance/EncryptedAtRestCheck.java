package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import static vn.dcim.core.compliance.Said.said;

import java.time.Instant;
import java.util.List;

/**
 * Art. 30.7c (and 15.1d, QĐ 22/2021 Art. 8.1): monitoring data is kept encrypted. Asked of the database
 * server itself, so it judges the embedded server and an external one alike: tables and redo log
 * encrypted by the server's key management plugin.
 */
@Singleton
@CheckKey("encrypted-at-rest")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EncryptedAtRestCheck implements ComplianceCheck {
    private final Jdbc jdbc;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        var row = jdbc.list("read the server's encryption settings", "SELECT @@innodb_encrypt_tables, @@innodb_encrypt_log",
                rs -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)))).get(0);
        return judge(row.get(0), row.get(1));
    }

    /** innodb_encrypt_tables is OFF, ON or FORCE; innodb_encrypt_log ON or OFF (1/0 on some servers). */
    static Judgement judge(String encryptTables, String encryptLog) {
        boolean tables = "ON".equalsIgnoreCase(encryptTables) || "FORCE".equalsIgnoreCase(encryptTables)
                || "1".equals(encryptTables) || "2".equals(encryptTables);
        boolean log = "ON".equalsIgnoreCase(encryptLog) || "1".equals(encryptLog);
        return Judgement.of(tables && log, tables && log ? said("compliance.s.encrypted-at-rest.ok", "innodb_encrypt_tables={0}, innodb_encrypt_log={1}", encryptTables, encryptLog)
                : said("compliance.s.encrypted-at-rest.bad", "innodb_encrypt_tables={0}, innodb_encrypt_log={1} (embedded: the file_key_management plugin of MariaDB; "
                + "external: see docs/keys.md)", encryptTables, encryptLog),
                Evidence.link("compliance.ev.docs-keys-md", "docs/keys.md", "/ui/admin"));
    }
}
