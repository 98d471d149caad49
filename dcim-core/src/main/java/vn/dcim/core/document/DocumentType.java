package vn.dcim.core.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence document kept (attestations and the records register, Art. 12.1):
 * PDF, images and office documents, each recognised by its first bytes as well, so that a file
 * declared as a PDF but holding something else (a script, an executable) is refused.
 */
enum DocumentType {
    pdf("application/pdf", bytes('%', 'P', 'D', 'F', '-')),
    png("image/png", bytes(0x89, 'P', 'N', 'G')),
    jpeg("image/jpeg", bytes(0xFF, 0xD8, 0xFF)),
    gif("image/gif", bytes('G', 'I', 'F', '8')),
    webp("image/webp", bytes('R', 'I', 'F', 'F')),
    // Office 97-2003 (compound file)
    doc("application/msword", bytes(0xD0, 0xCF, 0x11, 0xE0)),
    xls("application/vnd.ms-excel", bytes(0xD0, 0xCF, 0x11, 0xE0)),
    ppt("application/vnd.ms-powerpoint", bytes(0xD0, 0xCF, 0x11, 0xE0)),
    // Office Open XML and OpenDocument (zip containers)
    docx("application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes('P', 'K', 3, 4)),
    xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes('P', 'K', 3, 4)),
    pptx("application/vnd.openxmlformats-officedocument.presentationml.presentation", bytes('P', 'K', 3, 4)),
    odt("application/vnd.oasis.opendocument.text", bytes('P', 'K', 3, 4)),
    ods("application/vnd.oasis.opendocument.spreadsheet", bytes('P', 'K', 3, 4));

    private final String mediaType;
    private final byte[] magic;

    DocumentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<DocumentType> of(String mediaType) {
        String bare = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(DocumentType::mediaType).toList());
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }
}
