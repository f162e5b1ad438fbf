package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatRecognizerTest {

    private final VatRecognizer vat = new VatRecognizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ATU13585627         | AT",
            "ATU 13585627        | AT",
            "BE 0403.019.261     | BE",
            "BE403019261         | BE",
            "DE 136 695 976      | DE",
            "DE136695976         | DE",
            "DK 13 58 56 01      | DK",
            "EE100931558         | EE",
            "EL094567839         | EL",
            "GR 123456783        | EL",
            "ESX1234567L         | ES",
            "FI20774740          | FI",
            "FR 40 303 265 045   | FR",
            "HR33392005961       | HR",
            "HU12892312          | HU",
            "IE1234567T          | IE",
            "IT 00743110157      | IT",
            "LU 150 274 42       | LU",
            "NL004495445B01      | NL",
            "NL123456700B38      | NL",
            "PL 8567346215       | PL",
            "PT 501 964 843      | PT",
            "SE123456789701      | SE",
            "SI 5022 3054        | SI",
            "SK2022749619        | SK",
    })
    void mustMatch(String value, String country) {
        List<Finding> f = vat.find("VAT: " + value + ".", 1);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).value()).isEqualTo(value);
        assertThat(f.get(0).attributes()).containsEntry("country", country).containsEntry("national_id_type", "eu_vat");
        assertThat(f.get(0).confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ATU13585628",
            "BE 0403.019.262",
            "DE136695977",
            "DE036695976",
            "DK13585602",
            "EL094567838",
            "FR 41 303 265 045",
            "IT 00743110158",
            "NL004495446B01",
            "NL123456700B39",
            "PL 8567346216",
            "PT 501 964 844",
            "SE123456789801",
            "SK2022749618",
            "DE1366959761",
            "XDE136695976",
            "DE89 3704 0044 0532 0130 00",
    })
    void mustNotMatch(String value) {
        assertThat(vat.find("VAT: " + value + ".", 1)).isEmpty();
    }

    @Test
    void aValidNumberStandsWithoutContextButContextRaisesIt() {
        double alone = vat.find("supplier DE136695976 ships", 1).get(0).confidence();
        double named = vat.find("USt-IdNr.: DE136695976", 1).get(0).confidence();
        assertThat(alone).isGreaterThanOrEqualTo(0.8);
        assertThat(named).isGreaterThan(alone);
    }
}
