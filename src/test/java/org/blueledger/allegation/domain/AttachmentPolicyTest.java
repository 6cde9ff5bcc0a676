package org.blueledger.allegation.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AttachmentPolicy is a static utility: there is no object to call {@code cut}. */
class AttachmentPolicyTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file of 32 bytes starting with the given ones. */
    static byte[] fileStartingWith(int... magic) {
        byte[] content = new byte[32];
        for (int i = 0; i < magic.length; i++) {
            content[i] = (byte) magic[i];
        }
        for (int i = magic.length; i < content.length; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }

    static byte[] pdf() {
        return "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] zip() {
        return fileStartingWith('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
    }

    static byte[] ole2() {
        return fileStartingWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement.pdf", "statement.exe", "statement", "photo.png"})
    void aPdfIsRecognisedWhateverItsName(String name) {
        assertEquals(Optional.of("application/pdf"), AttachmentPolicy.detect(pdf(), name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.png", "photo.pdf", "photo"})
    void aPngIsRecognisedWhateverItsName(String name) {
        byte[] png = fileStartingWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertEquals(Optional.of("image/png"), AttachmentPolicy.detect(png, name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.jpg", "photo.docx", "photo"})
    void aJpegIsRecognisedWhateverItsName(String name) {
        byte[] jpeg = fileStartingWith(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F');
        assertEquals(Optional.of("image/jpeg"), AttachmentPolicy.detect(jpeg, name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"map.gif", "map.txt"})
    void aGifIsRecognisedWhateverItsName(String name) {
        byte[] gif = fileStartingWith('G', 'I', 'F', '8', '9', 'a');
        assertEquals(Optional.of("image/gif"), AttachmentPolicy.detect(gif, name));
    }

    @Test
    void aLittleEndianTiffIsRecognised() {
        byte[] tiff = fileStartingWith('I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00);
        assertEquals(Optional.of("image/tiff"), AttachmentPolicy.detect(tiff, "scan.bin"));
    }

    @Test
    void aBigEndianTiffIsRecognised() {
        byte[] tiff = fileStartingWith('M', 'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08);
        assertEquals(Optional.of("image/tiff"), AttachmentPolicy.detect(tiff, "scan.tif"));
    }

    @Test
    void aZipNamedDocxIsAWordDocument() {
        assertEquals(Optional.of(DOCX), AttachmentPolicy.detect(zip(), "statement.docx"));
    }

    @Test
    void aZipNamedXlsxIsASpreadsheet() {
        assertEquals(Optional.of(XLSX), AttachmentPolicy.detect(zip(), "payments.xlsx"));
    }

    @Test
    void theOfficeExtensionIsRecognisedInUpperCase() {
        assertEquals(Optional.of(DOCX), AttachmentPolicy.detect(zip(), "STATEMENT.DOCX"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive.zip", "statement.pdf", "statement.jar", "statement"})
    void aZipWithoutAnOfficeExtensionIsRefused(String name) {
        assertTrue(AttachmentPolicy.detect(zip(), name).isEmpty());
    }

    @Test
    void aZipWithoutANameIsRefused() {
        assertTrue(AttachmentPolicy.detect(zip(), null).isEmpty());
    }

    @Test
    void anOle2FileNamedDocIsALegacyWordDocument() {
        assertEquals(Optional.of("application/msword"), AttachmentPolicy.detect(ole2(), "statement.doc"));
    }

    @Test
    void anOle2FileWithoutAnOfficeExtensionIsRefused() {
        assertTrue(AttachmentPolicy.detect(ole2(), "installer.msi").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice.pdf", "invoice.docx", "invoice.exe"})
    void anExecutableIsRefusedWhateverItsName(String name) {
        byte[] exe = fileStartingWith('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00);
        assertTrue(AttachmentPolicy.detect(exe, name).isEmpty());
    }

    @Test
    void textNamedPdfIsRefused() {
        byte[] text = "Dear conduct officer, please find attached".getBytes(StandardCharsets.UTF_8);
        assertTrue(AttachmentPolicy.detect(text, "letter.pdf").isEmpty());
    }

    @Test
    void htmlNamedPngIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertTrue(AttachmentPolicy.detect(html, "photo.png").isEmpty());
    }

    @Test
    void fewerThanEightBytesAreRefusedEvenWithAPdfSignature() {
        byte[] sevenBytes = "%PDF-1.".getBytes(StandardCharsets.US_ASCII);
        assertTrue(AttachmentPolicy.detect(sevenBytes, "statement.pdf").isEmpty());
    }

    @Test
    void eightBytesWithAPdfSignatureAreEnough() {
        byte[] eightBytes = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of("application/pdf"), AttachmentPolicy.detect(eightBytes, "statement.pdf"));
    }

    @Test
    void noContentIsRefused() {
        assertTrue(AttachmentPolicy.detect(null, "statement.pdf").isEmpty());
        assertTrue(AttachmentPolicy.detect(new byte[0], "statement.pdf").isEmpty());
    }

    @Test
    void aSafeNameDropsUnixDirectories() {
        assertEquals("passwd", AttachmentPolicy.safeName("../../etc/passwd"));
    }

    @Test
    void aSafeNameDropsWindowsDirectories() {
        assertEquals("boot.ini", AttachmentPolicy.safeName("C:\\..\\..\\boot.ini"));
    }

    @Test
    void aSafeNameReplacesOddCharacters() {
        assertEquals("report_1___x_.pdf", AttachmentPolicy.safeName("report<1>:\"x\".pdf"));
    }

    @Test
    void aSafeNameCannotSplitAContentDispositionHeader() {
        String name = AttachmentPolicy.safeName("a.pdf\r\nSet-Cookie: x=y;\".pdf");
        assertFalse(name.contains("\r") || name.contains("\n") || name.contains("\"") || name.contains(";"), name);
    }

    @Test
    void aSafeNameKeepsLettersOfEveryScriptSpacesAndDashes() {
        assertEquals("Déclaration témoin - 2018.pdf", AttachmentPolicy.safeName("Déclaration témoin - 2018.pdf"));
    }

    @Test
    void aSafeNameNeverStartsWithADot() {
        assertEquals("file.htaccess", AttachmentPolicy.safeName(".htaccess"));
        assertEquals("file...hidden", AttachmentPolicy.safeName("...hidden"));
    }

    @Test
    void aSafeNameOfAHiddenFileInADirectoryNeverStartsWithADot() {
        assertEquals("file.bashrc", AttachmentPolicy.safeName("/home/x/.bashrc"));
    }

    @Test
    void aMissingOrEmptyNameBecomesFile() {
        assertEquals("file", AttachmentPolicy.safeName(null));
        assertEquals("file", AttachmentPolicy.safeName(""));
        assertEquals("file", AttachmentPolicy.safeName("uploads/"));
    }

    @Test
    void aLongNameIsCutTo200CharactersKeepingItsExtension() {
        String name = AttachmentPolicy.safeName("x".repeat(300) + ".pdf");
        assertEquals(200, name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void aLongNameCutTo200CharactersNeverStartsWithADot() {
        String name = AttachmentPolicy.safeName("x".repeat(50) + "." + "y".repeat(199));
        assertEquals(200, name.length());
        assertFalse(name.startsWith("."), name);
    }
}
