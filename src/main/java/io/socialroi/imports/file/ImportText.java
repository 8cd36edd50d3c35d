package io.socialroi.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An upload as the reader reads it: a CSV or TSV file as it is, or an Excel workbook's first sheet converted to a
 * CSV temp file ({@link XlsxToCsv}), deleted on {@link #close}. A workbook is told by its bytes: a zip (.xlsx) is
 * converted; an OLE2 file is an old binary .xls (refused: save it as .xlsx or CSV) or a password-protected
 * workbook (refused: remove the password).
 */
public final class ImportText implements AutoCloseable {

    private final Path path;
    private final boolean converted;

    private ImportText(Path path, boolean converted) {
        this.path = path;
        this.converted = converted;
    }

    /**
     * @throws ImportFileException TOO_LARGE (the file, or the workbook's sheet as text, passes maxBytes),
     *                             UNSUPPORTED_FORMAT (an .xls), UNREADABLE_FILE (a damaged or password-protected
     *                             workbook)
     */
    public static ImportText open(Path file, ReadOptions options) {
        ImportFileReader.checkSize(file, options);
        byte[] head = head(file);
        if (isOle2(head)) {
            throw isEncryptedWorkbook(file)
                    ? fileError("UNREADABLE_FILE", "The workbook is password-protected and cannot be read: remove"
                            + " the password (in Excel: File → Info → Protect Workbook) and upload it again.")
                    : fileError("UNSUPPORTED_FORMAT", "Old Excel workbooks (.xls, Excel 97-2003) are not read: save"
                            + " the file as .xlsx (Excel Workbook) or as CSV and upload that.");
        }
        if (!isZip(head)) {
            return new ImportText(file, false);
        }
        Path csv;
        try {
            csv = Files.createTempFile("social-roi-workbook-", ".csv");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("no temp file for the workbook's sheet", e);
        }
        try {
            XlsxToCsv.convert(file, csv, options);
            return new ImportText(csv, true);
        } catch (RuntimeException e) {
            delete(csv);
            throw e;
        }
    }

    /** The file to detect and read: the upload itself, or the workbook's first sheet as CSV. */
    public Path path() {
        return path;
    }

    /** Whether the upload was a workbook, converted. */
    public boolean converted() {
        return converted;
    }

    @Override
    public void close() {
        if (converted) {
            delete(path);
        }
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static boolean isOle2(byte[] head) {
        return head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }

    /** Excel saves a workbook with a password as an OLE2 container holding the encrypted .xlsx (EncryptionInfo). */
    private static boolean isEncryptedWorkbook(Path file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            return ole.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw fileError("UNREADABLE_FILE", "The file could not be read.");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static ImportFileException fileError(String code, String message) {
        return new ImportFileException(new LineError(0, null, code, message));
    }
}
