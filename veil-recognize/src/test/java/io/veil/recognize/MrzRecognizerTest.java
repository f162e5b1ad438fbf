package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ICAO 9303 specimen zones (a fictitious holder of the fictitious state Utopia). */
class MrzRecognizerTest {
    private static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private final MrzRecognizer mrz = new MrzRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {1}")
    @CsvSource(delimiter = '|', value = {"passport | mrz_td3", "id card | mrz_td1"})
    void validZoneIsOneFinding(String kind, String type) {
        String zone = type.equals("mrz_td3") ? TD3 : TD1;
        String text = "Surname / Nom\nERIKSSON\n\n" + zone + "\n";
        assertThat(Reported.findings(mrz, text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(zone);
            assertThat(f.category()).isEqualTo(Category.NATIONAL_ID);
            assertThat(f.attributes()).containsEntry("national_id_type", type);
        });
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10",
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11",
            "I<UTOD231458908<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"})
    void brokenOrPartialZoneIsNotReported(String text) {
        assertThat(Reported.values(mrz, text, Category.NATIONAL_ID)).isEmpty();
    }
}
