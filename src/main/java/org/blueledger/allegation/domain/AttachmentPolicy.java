package org.blueledger.allegation.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Which files a case accepts: PDF, PNG, JPEG, GIF, TIFF and office documents (OOXML, OpenDocument,
 * legacy OLE2), recognised from their first bytes, never from the name alone; the name only
 * picks between office formats that share a container. Anything else is refused.
 */
public final class AttachmentPolicy {

    private AttachmentPolicy() {
    }

    /** The media type the content really is, if it is an accepted kind. */
    public static Optional<String> detect(byte[] content, String fileName) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        String ext = extension(fileName);
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 'I', 'I', 0x2A, 0x00) || startsWith(content, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of("image/tiff");
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return switch (ext) {
                case "docx" -> Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "xlsx" -> Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                case "pptx" -> Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                case "odt" -> Optional.of("application/vnd.oasis.opendocument.text");
                case "ods" -> Optional.of("application/vnd.oasis.opendocument.spreadsheet");
                default -> Optional.empty();
            };
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return switch (ext) {
                case "doc" -> Optional.of("application/msword");
                case "xls" -> Optional.of("application/vnd.ms-excel");
                case "ppt" -> Optional.of("application/vnd.ms-powerpoint");
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** A file name safe to store and to send back in Content-Disposition. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "file" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.length() > 200) {
            base = base.substring(base.length() - 200).strip();
        }
        if (base.isEmpty() || base.startsWith(".")) {
            base = "file" + base;
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
