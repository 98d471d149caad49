package vn.dcim.core.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * Passes a mariadb-dump on unchanged and notes the tables and views it (re)creates: the lines
 * {@code DROP TABLE IF EXISTS `name`} and {@code CREATE TABLE `name`} that the dump writes for each.
 * A restore needs the list to make the schema exactly the backup's (tables a newer release added are
 * not in it, and would stop that release's next upgrade: "table already exists").
 */
final class DumpedTables extends FilterOutputStream {
    private final Line drop = new Line("\nDROP TABLE IF EXISTS `");
    private final Line create = new Line("\nCREATE TABLE `");
    private final Set<String> names = new TreeSet<>();

    DumpedTables(OutputStream out) {
        super(out);
    }

    /** The tables and views the dump held, by name. */
    Set<String> names() {
        return names;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        see((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            see(b[i]);
        }
    }

    private void see(byte b) {
        drop.see(b);
        create.see(b);
    }

    /** One statement's opening at the start of a line, then the name up to its closing backquote. */
    private final class Line {
        private final byte[] opening;
        private int matched;
        private StringBuilder name;

        Line(String opening) {
            this.opening = opening.getBytes(StandardCharsets.US_ASCII);
        }

        void see(byte b) {
            if (name != null) {
                if (b == '`' || name.length() > 64) {
                    names.add(name.toString());
                    name = null;
                } else {
                    name.append((char) (b & 0xff));
                }
                return;
            }
            // the opening's first byte, a newline, occurs nowhere else in it: a mismatch restarts the match
            matched = b == opening[matched] ? matched + 1 : (b == opening[0] ? 1 : 0);
            if (matched == opening.length) {
                matched = 0;
                name = new StringBuilder();
            }
        }
    }
}
