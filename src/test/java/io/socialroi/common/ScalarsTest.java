package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** DecimalScalar, DateScalar and DateTimeScalar. */
class ScalarsTest {

    // ---- Decimal ----

    @ParameterizedTest
    @CsvSource({"1234.50, 1234.50", "-3, -3", ".5, 0.5", "1., 1", "+7, 7", "0, 0", "-0.000, 0.000",
            "'  12.30 ', 12.30", "00012, 12"})
    void decimalAcceptsPlainNumbers(String text, String expected) {
        // assertEquals on BigDecimal also checks the scale: "1234.50" keeps its two decimals
        assertEquals(Optional.of(new BigDecimal(expected)), new DecimalScalar(text).value());
    }

    @Test
    void decimalKeepsScaleAndPrecision() {
        BigDecimal v = new DecimalScalar("1234.50").value().orElseThrow();
        assertEquals(2, v.scale());
        assertEquals("1234.50", v.toPlainString());
        assertEquals(new BigDecimal("123456789012345678.123456789012"),
                new DecimalScalar("123456789012345678.123456789012").value().orElseThrow());
        // beyond 18 integer or 12 fraction digits: refused (NUMERIC overflow, nonsense amounts)
        assertEquals(Optional.empty(), new DecimalScalar("1234567890123456789").value());
        assertEquals(Optional.empty(), new DecimalScalar("0.1234567890123").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1e3", "1E3", "NaN", "Infinity", "abc", "1,5", "1 000", "--1", "+-1", ".", "-", "1.2.3",
            "0x10", "   ", "١٢"})
    void decimalRejectsEverythingElse(String text) {
        assertEquals(Optional.empty(), new DecimalScalar(text).value());
    }

    @Test
    void decimalTextIsTrimmedAndNullBecomesEmpty() {
        assertEquals("1.50", new DecimalScalar(" 1.50 ").text());
        assertEquals("", new DecimalScalar(null).text());
        assertEquals("1.50", new DecimalScalar(" 1.50 ").stringValueForSerialization());
    }

    @Test
    void decimalOfWritesPlainNotation() {
        assertEquals("1000", DecimalScalar.of(new BigDecimal("1E+3")).text());
        assertEquals("0.00012", DecimalScalar.of(new BigDecimal("1.2E-4")).text());
        assertEquals("1234.50", DecimalScalar.of(new BigDecimal("1234.50")).toString());
        assertNull(DecimalScalar.of(null));
    }

    @Test
    void decimalOfRoundTrips() {
        BigDecimal v = new BigDecimal("-98.7600");
        assertEquals(Optional.of(v), DecimalScalar.of(v).value());
    }

    // ---- Date ----

    @Test
    void dateParsesIsoDate() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), new DateScalar("2026-03-31").value());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), new DateScalar(" 2024-02-29 ").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31", "31/03/2026", "03/31/2026",
            "2026-3-31", "20260331", "2026-03-31T00:00:00", "yesterday"})
    void dateRejectsInvalidOrNonIsoDates(String text) {
        assertEquals(Optional.empty(), new DateScalar(text).value());
    }

    @Test
    void dateOfWritesIso() {
        assertEquals("2026-01-05", DateScalar.of(LocalDate.of(2026, 1, 5)).toString());
        assertEquals("2026-01-05", DateScalar.of(LocalDate.of(2026, 1, 5)).stringValueForSerialization());
        assertNull(DateScalar.of(null));
    }

    // ---- DateTime ----

    @Test
    void dateTimeParsesWithZOffset() {
        assertEquals(Optional.of(OffsetDateTime.of(2026, 3, 31, 12, 0, 0, 0, ZoneOffset.UTC)),
                new DateTimeScalar("2026-03-31T12:00:00Z").value());
    }

    @Test
    void dateTimeKeepsANumericOffset() {
        OffsetDateTime parsed = new DateTimeScalar("2026-03-31T14:00:00+02:00").value().orElseThrow();
        assertEquals(OffsetDateTime.of(2026, 3, 31, 14, 0, 0, 0, ZoneOffset.ofHours(2)), parsed);
        assertEquals(OffsetDateTime.of(2026, 3, 31, 12, 0, 0, 0, ZoneOffset.UTC).toInstant(), parsed.toInstant());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-03-31T12:00:00", "2026-03-31", "2026-03-31 12:00:00Z", "2026-02-30T12:00:00Z",
            "2026-03-31T25:00:00Z", "12:00:00Z", "2026-03-31T12:00:00[Europe/Paris]", "now"})
    void dateTimeRequiresAValidInstantWithOffset(String text) {
        assertEquals(Optional.empty(), new DateTimeScalar(text).value());
    }

    @Test
    void dateTimeOfNormalisesToUtc() {
        // 14:00 at +02:00 is 12:00Z, written with its seconds (unlike OffsetDateTime.toString)
        DateTimeScalar s = DateTimeScalar.of(OffsetDateTime.of(2026, 3, 31, 14, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertEquals("2026-03-31T12:00:00Z", s.toString());
        assertEquals(Optional.of(OffsetDateTime.of(2026, 3, 31, 12, 0, 0, 0, ZoneOffset.UTC)), s.value());
        assertEquals("2026-03-31T12:00:05Z",
                DateTimeScalar.of(OffsetDateTime.of(2026, 3, 31, 12, 0, 5, 0, ZoneOffset.UTC)).toString());
        assertNull(DateTimeScalar.of(null));
    }
}
