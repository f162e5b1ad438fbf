package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdRecognizerTest {
    private final MacAddressRecognizer macs = new MacAddressRecognizer();
    private final ImeiRecognizer imeis = new ImeiRecognizer();

    private List<String> found(String text, String type) {
        List<io.veil.model.Finding> all = new java.util.ArrayList<>(macs.find(text, 1));
        all.addAll(imeis.find(text, 1));
        return Recognizers.defaultResolver().resolve(all).stream()
                .filter(f -> f.category() == Category.DEVICE_ID && type.equals(f.attributes().get("device_id_type")))
                .map(io.veil.model.Finding::value).toList();
    }

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "MAC: 00:1A:2B:3C:4D:5E | 00:1A:2B:3C:4D:5E | mac",
            "00-1a-2b-3c-4d-5e | 00-1a-2b-3c-4d-5e | mac",
            "Cisco MAC: 0012.3456.789A | 0012.3456.789A | mac",
            "IMEI 490154203237518 | 490154203237518 | imei",
            "49-015420-323751-8 | 49-015420-323751-8 | imei"})
    void mustMatch(String text, String value, String type) {
        assertThat(found(text, type)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"FF:FF:FF:FF:FF:FF", "00:00:00:00:00:00", "00:1A:2B:3C:4D", "10:2F:33-AC-29-C3",
            "0012.3456.789A", "490154203237518", "IMEI 490154203237519", "49-015420-323751-9"})
    void mustNotMatch(String text) {
        assertThat(found(text, "mac")).isEmpty();
        assertThat(found(text, "imei")).isEmpty();
    }
}
