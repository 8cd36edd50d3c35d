package io.socialroi.common;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

    @Test
    void upperCaseCodeIsKept() {
        assertEquals(Optional.of("EUR"), Currencies.normalize("EUR"));
        assertEquals(Optional.of("JPY"), Currencies.normalize("JPY"));
    }

    @Test
    void lowerAndMixedCaseAreUpperCased() {
        assertEquals(Optional.of("USD"), Currencies.normalize("usd"));
        assertEquals(Optional.of("GBP"), Currencies.normalize("gBp"));
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        assertEquals(Optional.of("CHF"), Currencies.normalize("  chf "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XXX", "XAU", "xau", "EURO", "EU", "12A", "E1R", "ABC", "   "})
    void refusesNonMoneyAndMalformedCodes(String code) {
        assertEquals(Optional.empty(), Currencies.normalize(code));
    }

    @Test
    void minorUnits() {
        assertEquals(2, Currencies.minorUnits("EUR"));
        assertEquals(2, Currencies.minorUnits("USD"));
        assertEquals(0, Currencies.minorUnits("JPY"));
        assertEquals(3, Currencies.minorUnits("KWD"));
    }

    @Test
    void minorUnitsOfUnknownCodeThrows() {
        assertThrows(IllegalArgumentException.class, () -> Currencies.minorUnits("ABC"));
    }

    @Test
    void roundsHalfEvenToCents() {
        // 0.125: tie, previous digit 2 is even -> 0.12; 0.135: tie, 3 is odd -> 0.14
        assertEquals(new BigDecimal("0.12"), Currencies.roundToMinorUnit(new BigDecimal("0.125"), "EUR"));
        assertEquals(new BigDecimal("0.14"), Currencies.roundToMinorUnit(new BigDecimal("0.135"), "EUR"));
        // not a tie: 0.1251 -> 0.13
        assertEquals(new BigDecimal("0.13"), Currencies.roundToMinorUnit(new BigDecimal("0.1251"), "EUR"));
        // negative tie: -0.125 -> -0.12
        assertEquals(new BigDecimal("-0.12"), Currencies.roundToMinorUnit(new BigDecimal("-0.125"), "EUR"));
    }

    @Test
    void padsToTheMinorUnit() {
        assertEquals(new BigDecimal("7.00"), Currencies.roundToMinorUnit(new BigDecimal("7"), "USD"));
        assertEquals(new BigDecimal("1.500"), Currencies.roundToMinorUnit(new BigDecimal("1.5"), "KWD"));
    }

    @Test
    void roundsYenToWholeUnits() {
        // 100.5: tie, 0 is even -> 100; 101.5 -> 102
        assertEquals(new BigDecimal("100"), Currencies.roundToMinorUnit(new BigDecimal("100.5"), "JPY"));
        assertEquals(new BigDecimal("102"), Currencies.roundToMinorUnit(new BigDecimal("101.5"), "JPY"));
    }

    @Test
    void roundsDinarToThreeDecimals() {
        // 1.2345: tie, 4 is even -> 1.234
        assertEquals(new BigDecimal("1.234"), Currencies.roundToMinorUnit(new BigDecimal("1.2345"), "KWD"));
    }
}
