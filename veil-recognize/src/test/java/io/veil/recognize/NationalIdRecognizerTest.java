package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdRecognizerTest {
    private final NationalIdRecognizer ids = new NationalIdRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "Steuer-ID: 86 095 742 719 | 86 095 742 719 | de_steuer_id",
            "Steueridentifikationsnummer 25891037453 | 25891037453 | de_steuer_id",
            "BSN: 111222333 | 111222333 | nl_bsn",
            "burgerservicenummer 1234.56.782 | 1234.56.782 | nl_bsn",
            "Rijksregisternummer 85.07.30-033.28 | 85.07.30-033.28 | be_national_number",
            "numéro national: 01020312345 | 01020312345 | be_national_number",
            "PESEL 44051401458 | 44051401458 | pl_pesel",
            "personnummer 811228-9874 | 811228-9874 | se_personnummer",
            "19811228-9874 är mitt pnr. | 19811228-9874 | se_personnummer",
            "Henkilötunnus 131052-308T | 131052-308T | fi_hetu",
            "asiakas 010101A123N kävi | 010101A123N | fi_hetu",
            "CPR-nr. 070761-4285 | 070761-4285 | dk_cpr",
            "DNI 12345678-Z | 12345678-Z | es_dni",
            "Mi NIE es X1234567L | X1234567L | es_dni",
            "titolare RSSMRA85T10A562S | RSSMRA85T10A562S | it_codice_fiscale",
            "N° de sécurité sociale : 1 84 12 76 451 089 46 | 1 84 12 76 451 089 46 | fr_nir",
            "NIR 2 69 05 2A 004 123 14 | 2 69 05 2A 004 123 14 | fr_nir",
            "NIF 123456789 | 123456789 | pt_nif",
            "SVNR 1237 010180 | 1237 010180 | at_svnr",
            "PPS No: 1234567T | 1234567T | ie_ppsn",
            "National Insurance number AB 12 34 56 C | AB 12 34 56 C | uk_nino",
            "NHS number 943 476 5919 | 943 476 5919 | uk_nhs",
            "ITIN 912-70-1234 | 912-70-1234 | us_itin",
            "9434765919 | 9434765919 | uk_nhs",
            "CNP: 1630615123457 | 1630615123457 | ro_cnp",
            "EMŠO 0101990500003 | 0101990500003 | si_emso",
            "ЕГН 7523169263 | 7523169263 | bg_egn",
            "rodné číslo 710319/2745 | 710319/2745 | cz_sk_birth_number",
            "Isikukood: 37605030299 | 37605030299 | ee_isikukood",
            "asmens kodas 37605030299 | 37605030299 | lt_asmens_kodas",
            "personas kods 161175-19997 | 161175-19997 | lv_personas_kods",
            "OIB 33392005961 | 33392005961 | hr_oib",
            "ΑΜΚΑ 01013099997 | 01013099997 | gr_amka",
            "Ausweisnummer T220001293 | T220001293 | de_id_card",
            "Personalausweis L01X00T47 | L01X00T47 | de_id_card",
            "driving licence MORGA657054SM9IJ | MORGA657054SM9IJ | uk_driving_licence",
            "holder MORGA657054SM9IJ 01 | MORGA657054SM9IJ 01 | uk_driving_licence"})
    void mustMatch(String text, String value, String type) {
        assertThat(Reported.findings(ids, text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(value);
            assertThat(f.category()).isEqualTo(Category.NATIONAL_ID);
            assertThat(f.attributes()).containsEntry("national_id_type", type);
        });
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {
            "invoice 111222333 paid",                    // BSN-valid 9 digits, no label
            "Bestellnummer 86095742719 vom Mai",          // Steuer-ID-valid, an order number
            "Rechnung 86095742719 bezahlt",              // valid, no label
            "Steuer-ID: 86095742718",                     // wrong check digit even with the label
            "BSN: 111222334",
            "PESEL 44051401459",
            "Henkilötunnus 131052-308U",
            "DNI 12345678A",
            "codice fiscale RSSMRA85T10A562T",
            "call 0707614285 now",                        // a CPR-shaped phone number without its label
            "Tel. 0151 23456789",
            "Tel. +31 6 12345678",
            "_: +55 11 98456 5666",                       // an ITIN-shaped tail of a phone number
            "IBAN DE89370400440532013000",
            "IBAN NL91 ABNA 0417 1643 00",
            "order AB 12 34 56 C shipped",                // a NINO shape without its label
            "ITIN 911-89-1234",
            "111222333",                                  // a placeholder: valid BSN, but too few distinct digits
            "666000000",                           // group 89 is never issued
            "Steuer-ID 12345678903",
            "CNP: 1630615123458",
            "CNP: 1631315123457",                         // month 13
            "EMŠO 0101990500004",
            "ЕГН 7523169264",
            "rodné číslo 710319/2746",
            "Isikukood: 37605030290",
            "Isikukood: 77605030299",                     // century digit 7 does not exist
            "personas kods 161175-19998",
            "OIB 33392005962",
            "ΑΜΚΑ 01013099998",
            "Ausweisnummer T220001294",
            "reference TCHFRMPLZ",                        // no digit: not a document number
            "invoice T220001293 sent",                    // a document-number shape without its label
            "driving licence MORGA653454SM9IJ"})          // day 34                     // all ten digits distinct: never issued
    void mustNotMatch(String text) {
        assertThat(Reported.values(ids, text, Category.NATIONAL_ID)).isEmpty();
    }

    @ParameterizedTest(name = "national id beats phone in {0}")
    @ValueSource(strings = {"NHS number 943 476 5919", "NIF 123456789", "ITIN 912-70-1234", "CPR-nr. 070761-4285"})
    void checksumValidNationalIdBeatsAPhoneReadingOfTheSameDigits(String text) {
        List<Finding> kept = Recognizers.defaultResolver().resolve(all(text));
        assertThat(kept).extracting(Finding::category).containsExactly(Category.NATIONAL_ID);
    }

    @ParameterizedTest(name = "IBAN wins in {0}")
    @ValueSource(strings = {"IBAN NL91 ABNA 0417 1643 00", "BSN IBAN DE89 3704 0044 0532 0130 00",
            "PESEL PL61 1090 1014 0000 0712 1981 2874"})
    void anIbanBeatsEverythingInsideIt(String text) {
        List<Finding> kept = Recognizers.defaultResolver().resolve(all(text));
        assertThat(kept).extracting(Finding::category).containsExactly(Category.BANK_ACCOUNT);
    }

    private List<Finding> all(String text) {
        List<Finding> all = new java.util.ArrayList<>(ids.find(text, 1));
        all.addAll(new PhoneRecognizer(PhoneRecognizer.DEFAULT_REGIONS).find(text, 1));
        all.addAll(new IbanRecognizer().find(text, 1));
        return all;
    }

    @Test
    void rulesRunAroundDigitClustersOnlyAndStillFindIdsFarApart() {
        String prose = "Words without any numbers at all, page after page. ".repeat(2_000);
        String text = prose + "PESEL: 44051401458. " + prose + "HETU 131052-308T. " + prose;
        assertThat(NationalIdRecognizer.digitWindows(text)).hasSize(2);
        assertThat(new NationalIdRecognizer().find(text, 1)).extracting(Finding::value)
                .contains("44051401458", "131052-308T");
        assertThat(NationalIdRecognizer.digitWindows("call 12 34 later")).isEmpty();
    }
}
