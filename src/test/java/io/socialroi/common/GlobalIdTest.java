package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.socialroi.common.GlobalId.Decoded;

class GlobalIdTest {

    @Test
    void encodesBase64UrlOfTypeColonIdWithoutPadding() {
        // base64url("Campaign:42") = "Q2FtcGFpZ246NDI=" without the padding
        assertEquals("Q2FtcGFpZ246NDI", GlobalId.encode("Campaign", 42));
    }

    @Test
    void roundTrip() {
        String id = GlobalId.encode("Campaign", 42);
        assertEquals(Optional.of(42L), GlobalId.decode("Campaign", id));
        assertEquals(Optional.of(new Decoded("Campaign", 42)), GlobalId.decode(id));
    }

    @Test
    void roundTripOfLargestId() {
        String id = GlobalId.encode("Channel", Long.MAX_VALUE);
        assertEquals("Q2hhbm5lbDo5MjIzMzcyMDM2ODU0Nzc1ODA3", id);
        assertEquals(Optional.of(Long.MAX_VALUE), GlobalId.decode("Channel", id));
    }

    @Test
    void roundTripOfSmallestValidId() {
        assertEquals(Optional.of(1L), GlobalId.decode("Conversion", GlobalId.encode("Conversion", 1)));
    }

    @Test
    void signsAndOverflowAreRefused() {
        // base64url("Campaign:+42"), base64url("Campaign:-42"), base64url("Campaign:9223372036854775808")
        assertEquals(Optional.empty(), GlobalId.decode("Campaign", java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Campaign:+42".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), GlobalId.decode("Campaign", java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Campaign:-42".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), GlobalId.decode("Campaign", java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Campaign:9223372036854775808".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void surroundingSpacesAreTolerated() {
        assertEquals(Optional.of(42L), GlobalId.decode("Campaign", "  Q2FtcGFpZ246NDI "));
    }

    @Test
    void wrongTypeIsEmpty() {
        String campaign = GlobalId.encode("Campaign", 42);
        assertEquals(Optional.empty(), GlobalId.decode("Channel", campaign));
        // type comparison is case-sensitive
        assertEquals(Optional.empty(), GlobalId.decode("campaign", campaign));
    }

    @Test
    void zeroAndNegativeIdsAreEmpty() {
        assertEquals(Optional.empty(), GlobalId.decode(GlobalId.encode("Campaign", 0)));
        assertEquals(Optional.empty(), GlobalId.decode(GlobalId.encode("Campaign", -5)));
        assertEquals(Optional.empty(), GlobalId.decode("Campaign", "Q2FtcGFpZ246LTU")); // "Campaign:-5"
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "not base64 at all", "Q2FtcGFpZ246NDI===x", "a",
            "Q2FtcGFpZ240Mg", // "Campaign42": no colon
            "OjQy", // ":42": empty type
            "Q2FtcGFpZ246YWJj", // "Campaign:abc"
            "Q2FtcGFpZ246NDI6MQ", // "Campaign:42:1"
            "Q2FtcGFpZ246OTk5OTk5OTk5OTk5OTk5OTk5OTk", // "Campaign:99999999999999999999" overflows long
            "Q2FtcGFpZ246", // "Campaign:" no id
            "42"})
    void garbageIsEmpty(String globalId) {
        assertEquals(Optional.empty(), GlobalId.decode(globalId));
        assertEquals(Optional.empty(), GlobalId.decode("Campaign", globalId));
    }

    @Test
    void overlongInputIsEmpty() {
        String type = "T".repeat(200);
        String id = GlobalId.encode(type, 1);
        assertEquals(Optional.empty(), GlobalId.decode(type, id));
    }
}
