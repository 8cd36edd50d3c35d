package io.socialroi.imports.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encodings docs/imports.md reads: UTF-8 with or without a byte order mark, UTF-16LE and UTF-16BE with one
 * (Google Ads' "Excel CSV"). Anything else is refused with INVALID_ENCODING rather than read as mojibake.
 */
record TextEncoding(Charset charset, int bomLength) {

    static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0);

    String name() {
        return charset.name();
    }

    /** The encoding the first bytes of a file announce. */
    static TextEncoding sniff(byte[] prefix) {
        if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(prefix, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(prefix, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        for (byte b : prefix) {
            if (b == 0) {
                throw invalid("has NUL bytes, as UTF-16 without a byte order mark has; save it as UTF-8");
            }
        }
        return UTF_8;
    }

    /** The encoding a dry run detected, with the length of the byte order mark the file starts with. */
    static TextEncoding named(String name, byte[] firstBytes) {
        Charset charset = Charset.forName(name);
        boolean bom = charset.equals(StandardCharsets.UTF_8) ? startsWith(firstBytes, 0xEF, 0xBB, 0xBF)
                : charset.equals(StandardCharsets.UTF_16LE) ? startsWith(firstBytes, 0xFF, 0xFE)
                : charset.equals(StandardCharsets.UTF_16BE) && startsWith(firstBytes, 0xFE, 0xFF);
        return new TextEncoding(charset, !bom ? 0 : charset.equals(StandardCharsets.UTF_8) ? 3 : 2);
    }

    /** The text of a prefix; an incomplete character cut at its end is left out. */
    String decodePrefix(byte[] prefix) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(prefix, bomLength, prefix.length - bomLength);
        CharBuffer out = CharBuffer.allocate(prefix.length);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            throw invalid("is not " + name() + " text; save it as UTF-8");
        }
        return out.flip().toString();
    }

    /**
     * A reader of the file after its byte order mark. Bytes that are not this encoding become U+FFFD, so that the
     * line that holds them is told exactly: a failing decoder fails a buffer ahead of the parser.
     */
    Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CharsetDecoder replacing = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, replacing), 1 << 16);
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static ImportFileException invalid(String what) {
        return new ImportFileException(new LineError(0, null, "INVALID_ENCODING", "The file " + what + "."));
    }
}
