package vn.dcim.snmp.testing

import vn.dcim.core.testing.SharedData

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/**
 * A device no shipped profile knows, made from a real one: the APC Smart-UPS recording of ../shared/devices and its
 * MIB (PowerNet-MIB) moved under an enterprise number nobody holds, so that teaching it starts from nothing the
 * product knows while its values and its MIB stay a real vendor's.
 */
final class UnknownVendor {
    static final String REAL = '1.3.6.1.4.1.318.'
    static final String ENTERPRISE = '1.3.6.1.4.1.64999.'

    private UnknownVendor() {
    }

    /** The recording as {@code <dir>/<name>.snmprec}. */
    static Path recording(Path dir, String name = 'acme-ups') {
        Path p = dir.resolve(name + '.snmprec')
        Files.writeString(p, Files.readString(SharedData.devices().resolve('apc_smart1500.snmprec')).replace(REAL, ENTERPRISE))
        p
    }

    /** A MIB directory as a centre fills it: the vendor's MIB with the SMI modules it imports. */
    static Path mibs(Path dir) {
        Files.createDirectories(dir)
        Path shared = SharedData.root().resolve('mibs')
        ['SNMPv2-SMI', 'RFC1155-SMI', 'SNMPv2-TC', 'RFC1213-MIB'].each { Files.copy(shared.resolve(it), dir.resolve(it)) }
        Files.writeString(dir.resolve('ACME-MIB'), Files.readString(shared.resolve('PowerNet-MIB'), StandardCharsets.ISO_8859_1)
                .replace('{ enterprises 318 }', '{ enterprises 64999 }'))
        dir
    }
}
