package io.socialroi.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-row tidy file (the documented row limit) is read without holding it: the heap in use while the last
 * rows arrive stays well under the file's size, where holding the rows would take several times that.
 */
class ImportFileStreamingTest {

    static final int ROWS = ReadOptions.DEFAULT_MAX_ROWS;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRowsStreamThroughTheSink() throws IOException {
        Path file = dir.resolve("ad_reporting.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date_day,platform,account_id,account_name,campaign_id,campaign_name,clicks,impressions,spend,"
                    + "currency\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("2024-03-" + (1 + i % 28 < 10 ? "0" : "") + (1 + i % 28) + ",facebook_ads,act_1,Acme,c" + i
                        + ",Campaign number " + i + " of the spring sale,100,5000,120.50,USD\n");
            }
        }
        long fileSize = Files.size(file);
        ReadOptions options = ReadOptions.defaults(ImportFormat.AUTO, null);

        Detected detected = ImportFileReader.detect(file, options);
        assertEquals(new Detected(ImportFormat.AD_REPORTING, "UTF-8", ',', Locale.US, null, 1), detected);

        long baseline = usedHeapAfterGc();
        CountingSink sink = new CountingSink();
        ImportFileReader.read(file, detected, options, sink);

        assertEquals(List.of(), sink.errors);
        assertEquals(ROWS, sink.rows);
        assertEquals(new BigDecimal("24100000.00"), sink.spend); // 200,000 × 120.50
        assertEquals(ROWS + 1, sink.lastLine); // the header is line 1
        for (long used : sink.usedHeap) {
            assertTrue(used - baseline < fileSize / 2, "heap grew by " + (used - baseline) + " bytes while reading a "
                    + fileSize + "-byte file");
        }
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts and sums, keeping no row; measures the heap at three points of the reading. */
    static final class CountingSink implements RowSink {
        int rows;
        int lastLine;
        BigDecimal spend = BigDecimal.ZERO;
        final List<LineError> errors = new ArrayList<>();
        final List<Long> usedHeap = new ArrayList<>();

        @Override
        public void row(ImportRow row) {
            AdDayRow day = (AdDayRow) row;
            rows++;
            lastLine = day.line();
            spend = spend.add(day.spend());
            if (rows % 75_000 == 0 || rows == ROWS) {
                usedHeap.add(usedHeapAfterGc());
            }
        }

        @Override
        public void error(LineError error) {
            errors.add(error);
        }
    }
}
