package vn.dcim.snmp.testing

import java.nio.file.Files
import java.nio.file.Path

/**
 * A cooling unit no shipped profile knows, under an enterprise number the spec chooses: return air 24.5 °C and
 * supply air 17.2 °C in tenths, and where asked its two fans' speeds (80 and 75 %) in a table.
 */
final class AcmeCrac {
    private AcmeCrac() {
    }

    /** Its walk as {@code <dir>/crac.snmprec}. */
    static Path walk(Path dir, String vendor, boolean fans = false) {
        def file = dir.resolve('crac.snmprec')
        Files.writeString(file, """\
            1.3.6.1.2.1.1.1.0|4|ACME CRAC controller v2.1
            1.3.6.1.2.1.1.2.0|6|${vendor}.1.1
            ${vendor}.2.1.0|2|245
            ${vendor}.2.2.0|2|172
            """.stripIndent() + (fans ? "${vendor}.3.1.2.1|2|80\n${vendor}.3.1.2.2|2|75\n" : ''))
        file
    }
}
