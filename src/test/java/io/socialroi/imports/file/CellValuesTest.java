package io.socialroi.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, dates and header labels, cell by cell. */
class CellValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US | 1,234.56 | 1234.56", "en-US | 1234.56 | 1234.56", "en-US | -12.5 | -12.5", "en-US | 2.34% | 0.0234",
        "en-US | 1,234,567 | 1234567", "de-DE | 1.234,56 | 1234.56", "de-DE | 0,5 | 0.5", "de-DE | 12,5 % | 0.125",
        "pt-BR | 1.050,75 | 1050.75", "fr-FR | 1 234,56 | 1234.56", "fr-FR | 1\u00A0234,56 | 1234.56",
        "fr-FR | 1\u202F234 | 1234", "es-ES | 2.500,00 | 2500.00"})
    void numbersAreReadInTheFilesStyle(String tag, String cell, String expected) {
        assertEquals(new BigDecimal(expected), NumberStyle.of(Locale.forLanguageTag(tag)).parse(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-US | 1.234,56", "en-US | 1,23", "de-DE | 1,234.56", "en-US | 12x",
        "en-US | 1,2345", "en-US | ''", "en-US | %", "de-DE | 1.5"})
    void aNumberInAnotherStyleIsNoNumber(String tag, String cell) {
        assertNull(NumberStyle.of(Locale.forLanguageTag(tag)).parse(cell));
    }

    static Locale inferred(Locale headerLanguage, String... cells) {
        NumberStyle.Evidence evidence = new NumberStyle.Evidence();
        for (String cell : cells) {
            evidence.see(cell, cell);
        }
        return evidence.locale(headerLanguage);
    }

    @Test
    void theLocaleIsInferredFromValuesThatDecide() {
        assertEquals(Locale.US, inferred(Layout.ENGLISH, "1,234", "12.50"));
        assertEquals(Locale.US, inferred(Layout.GERMAN, "1,234,567")); // two commas group thousands
        assertEquals(Locale.GERMANY, inferred(Layout.ENGLISH, "1.234", "99,90"));
        assertEquals(Locale.GERMANY, inferred(Layout.ENGLISH, "1.234.567"));
        assertEquals(Locale.FRANCE, inferred(Layout.ENGLISH, "1 234"));
        assertEquals(Locale.FRANCE, inferred(Layout.FRENCH, "15,25")); // the header's language writes it so
        assertEquals(Locale.GERMANY, inferred(Layout.FRENCH, "1.234,56")); // but French does not group with dots
        assertEquals(Layout.PORTUGUESE, inferred(Layout.PORTUGUESE, "1.050,75"));
        assertEquals(Locale.US, inferred(Layout.ENGLISH, "0.123")); // a leading zero is no thousands group
        assertNull(inferred(Layout.ENGLISH, "12", "-3", "40%")); // no number needed a locale
    }

    @Test
    void valuesThatFitBothStylesOrMixThemAreRefused() {
        for (List<String> cells : List.of(List.of("1,234"), List.of("1.234", "999"), List.of("1,5", "2.25"))) {
            ImportFileException refused = assertThrows(ImportFileException.class,
                    () -> inferred(Layout.ENGLISH, cells.toArray(String[]::new)));
            assertEquals("AMBIGUOUS_LOCALE", refused.error().code());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-31 | en-US | 2024-01-31", "2024-01-31 14:22 | en-US | 2024-01-31",
        "2024-01-31T14:22:00Z | en-US | 2024-01-31", "1/31/2024 | en-US | 2024-01-31", "3/1/2024 | en-US | 2024-03-01",
        "10 de dez. de 2022 | pt-BR | 2022-12-10", "10 de dezembro de 2022 | pt-BR | 2022-12-10",
        "Dec 10, 2022 | pt-BR | 2022-12-10", "3. März 2024 | de-DE | 2024-03-03", "1 févr. 2024 | fr-FR | 2024-02-01",
        "5 de mar. de 2024 | es-ES | 2024-03-05", "March 1, 2024 | en-US | 2024-03-01"})
    void datesAreIsoMonthFirstOrTextual(String cell, String language, String expected) {
        assertEquals(LocalDate.parse(expected), DateCells.parseDate(cell, Locale.forLanguageTag(language)));
    }

    @ParameterizedTest
    @CsvSource({"31/1/2024", "2024-02-30", "13/1/2024", "yesterday", "10 de foo de 2022", "Dec 2022"})
    void notADate(String cell) {
        assertNull(DateCells.parseDate(cell, Layout.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-03-01T10:15:00Z | 2024-03-01T10:15:00Z",
        "2024-03-01 10:15:00 | 2024-03-01T10:15:00Z", "2024-03-01T10:15:00.123456+02:00 | 2024-03-01T10:15:00.123456+02:00",
        "2024-03-01T10:15 | 2024-03-01T10:15:00Z"})
    void timestampsWithoutAnOffsetAreUtc(String cell, String expected) {
        assertEquals(OffsetDateTime.parse(expected), DateCells.parseTimestamp(cell));
    }

    @Test
    void headerLabelsMatchWithoutCaseAccentsOrPunctuationAndTakeTheirCurrencySuffix() {
        Layout.Header header = Layouts.META.match(List.of(" DAY ", "campaign_name", "Amount spent (EUR)",
                "Clicks (all)", "Link clicks"));
        assertEquals(List.of(), header.missing());
        assertEquals("EUR", header.suffixCurrency().get(Field.SPEND));
        assertEquals(1, header.index().get(Field.CAMPAIGN_NAME));
        assertEquals(3, header.index().get(Field.CLICKS)); // (all) is no currency: Albanian lek is written ALL
        assertEquals(Layout.ENGLISH, header.language());
        assertEquals("Amount spent (EUR)", header.label(Field.SPEND));

        Layout.Header german = Layouts.META.match(List.of("Tag", "Name der Kampagne", "Ausgegebener Betrag (CHF)"));
        assertEquals(Layout.GERMAN, german.language());
        assertEquals(List.of(), german.missing());
        assertEquals(Layout.matchKey("Dia"), Layout.matchKey("Día"));
        assertEquals(Layout.matchKey("Result’s"), Layout.matchKey("Result's"));
    }
}
