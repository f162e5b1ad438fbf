package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRecognizerTest {
    private final AddressRecognizer addresses = new AddressRecognizer();

    private List<String> found(String text) {
        return addresses.find(text, 1).stream().map(Finding::value).toList();
    }

    /** Rows use "/" for a line break: the page text joins lines with "\n". */
    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 today | 1600 Pennsylvania Ave NW, Washington, DC 20500",
            "Address: 350 Fifth Avenue, Suite 3300/New York, NY 10118 | 350 Fifth Avenue, Suite 3300/New York, NY 10118",
            "Invoice to 221B Baker Street, London NW1 6XE | 221B Baker Street, London NW1 6XE",
            "10 Downing Street/London SW1A 2AA | 10 Downing Street/London SW1A 2AA",
            "Wohnhaft: Hauptstraße 5, 10115 Berlin | Hauptstraße 5, 10115 Berlin",
            "Lieferadresse: Frankfurter Allee 73/10247 Berlin | Frankfurter Allee 73/10247 Berlin",
            "Chausseestr. 32, 10115 Berlin | Chausseestr. 32, 10115 Berlin",
            "Adresse : 12 rue de la Paix, 75002 Paris | 12 rue de la Paix, 75002 Paris",
            "Domicilio: Calle Mayor 5, 28013 Madrid | Calle Mayor 5, 28013 Madrid",
            "Indirizzo: Via Roma 41, 00184 Roma | Via Roma 41, 00184 Roma",
            "Piazza del Duomo 1/20121 Milano | Piazza del Duomo 1/20121 Milano",
            "Adres: Keizersgracht 123, 1015 CJ Amsterdam | Keizersgracht 123, 1015 CJ Amsterdam",
            "PSC 3294, Box 9168/APO AA 61487 | PSC 3294, Box 9168/APO AA 61487",
            "Meet me at 58 Via Moiariello 102/ Suite 623/ Calascibetta | 58 Via Moiariello 102/ Suite 623/ Calascibetta",
            "She moved to 12 Elm Road. | 12 Elm Road",
            "Wohnhaft Konrad-Adenauer-Straße 12, 53113 Bonn | Konrad-Adenauer-Straße 12, 53113 Bonn",
            "Office: 2914 184th Street, Bellevue, WA 98008 | 2914 184th Street, Bellevue, WA 98008",
            "ship to 42 machelsesteenweg 197, 1000 brussel | 42 machelsesteenweg 197, 1000 brussel",
            "His address: 85 Trg revolucije 12 | 85 Trg revolucije 12",
            "83 Urzáiz 12/ Suite 628/ Teruel// Australia 08198 | 83 Urzáiz 12/ Suite 628/ Teruel// Australia 08198",
            "Levél: Árpád fejedelem útja 62., 1036 Budapest | Árpád fejedelem útja 62., 1036 Budapest",
            "Bezorgen: Willem Barentszweg 177, 3000 AB Rotterdam | Willem Barentszweg 177, 3000 AB Rotterdam",
            "The letter arrived at 60 Dašická 688/ Apt. 328/ Turkovice u Prelouce/ Bulgaria 83572 last night. | 60 Dašická 688/ Apt. 328/ Turkovice u Prelouce/ Bulgaria 83572",
            "14 Crown Street Kishiev Squares/ Suite 321/ London | 14 Crown Street Kishiev Squares/ Suite 321/ London",
            "My zip code is 35649 | 35649",
            "CEP: 75534-030 | 75534-030"})
    void mustMatch(String text, String address) {
        assertThat(found(text.replace('/', '\n'))).containsExactly(address.replace('/', '\n'));
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"3 items at 20 EUR", "Version 2 Street Fighter", "During 2017 we grew", "on 12 March 2024",
            "Total 1200 EUR", "Room 12 Level 3", "Chapter 4 Section 12", "She lives in London.", "call 555 0100",
            "i have 3 apples 4 pears, bananas.", "we met 2 times on the street", "there are 1 more ways to go",
            "set a cap of 5000 on it", "Room 12 Main Parkinson ward", "contact us via email 24 hours a day",
            "so where are we meeting? there's this nice new thai place downtown. cool, what's the address?"})
    void mustNotMatch(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void bothStreetsOfACrossingAreFound() {
        assertThat(found("Meet me at the corner of 69 Spencer Street and Vokatý Street."))
                .containsExactly("69 Spencer Street", "Vokatý Street");
    }

    @Test
    void addressesArePostalPhysicalAddresses() {
        Finding f = addresses.find("Hauptstraße 5, 10115 Berlin", 1).get(0);
        assertThat(f.category()).isEqualTo(Category.PHYSICAL_ADDRESS);
        assertThat(f.attributes()).containsEntry("address_type", "postal");
        assertThat(f.confidence()).isGreaterThan(addresses.find("Hauptstraße 5 is old", 1).get(0).confidence());
    }

    @Test
    void anAddressAbsorbsTheNameLookingStreetInsideIt() {
        Finding street = addresses.find("12 Thomas Becket Street, London SE1 4AB", 1).get(0);
        Finding name = Finding.inText(Category.FULL_NAME, "Thomas Becket", 1, new io.veil.model.TextSpan(3, 16), "names",
                io.veil.model.Explanation.of("name: given+family", 0.85), java.util.Map.of());
        assertThat(new OverlapResolver().resolve(List.of(name, street))).containsExactly(street);
    }
}
