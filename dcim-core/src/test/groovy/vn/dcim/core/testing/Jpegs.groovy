package vn.dcim.core.testing

/** Face pictures as the specs push them: the least a JPEG is, its start (SOI, APP0), a text, its end marker. */
final class Jpegs {
    private Jpegs() {
    }

    static byte[] jpeg(String inside) {
        def out = new ByteArrayOutputStream()
        [0xFF, 0xD8, 0xFF, 0xE0].each { out.write(it) }
        out.write(inside.getBytes('UTF-8'))
        [0xFF, 0xD9].each { out.write(it) }
        out.toByteArray()
    }
}
