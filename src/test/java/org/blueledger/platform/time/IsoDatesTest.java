package org.blueledger.platform.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1948-01-01", "2018-05-14", "2024-02-29", "9999-12-31", " 2018-05-14 "})
    void readsExactlyWhatWasSent(String text) {
        assertEquals(LocalDate.parse(text.strip()), IsoDates.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"1582-10-10,BEFORE_1948", "0000-01-01,BEFORE_1948", "1947-12-31,BEFORE_1948",
            "-0001-01-01,FORMAT", "+10000-01-01,FORMAT", "-999999999-01-01,FORMAT", "2021-02-30,FORMAT",
            "2021-13-01,FORMAT", "2021-1-01,FORMAT", "20210101,FORMAT", "2018-05-14T00:00:00Z,FORMAT",
            "tomorrow,FORMAT", "'',FORMAT", "٢٠١٨-٠٥-١٤,FORMAT"})
    void refusesWhatApiMdRefuses(String text, IsoDates.Problem expected) {
        IsoDates.InvalidDate e = assertThrows(IsoDates.InvalidDate.class, () -> IsoDates.parse(text));
        assertEquals(expected, e.problem());
    }
}
