package io.veil.audit;

import io.veil.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueHasherTest {

    private static final ValueHasher HASHER = new ValueHasher(AuditFixtures.KEY);

    @ParameterizedTest(name = "MUST_MATCH {0}: ''{1}'' ~ ''{2}''")
    @CsvSource(delimiter = ';', value = {
            "EMAIL_ADDRESS;  Jane.Doe@Example.com;   jane.doe@example.com",
            "EMAIL_ADDRESS;  ' jane.doe@example.com ';  jane.doe@example.com",
            "PHONE_NUMBER;   +44 20 7946 0958;       +44 (20) 7946-0958",
            "CREDIT_CARD;    4111 1111 1111 1111;    4111-1111-1111-1111",
            "BANK_ACCOUNT;   GB82 WEST 1234 5698 7654 32; gb82west12345698765432",
            "DEVICE_ID;      00:00:5E:00:53:01;      00-00-5e-00-53-01",
            "FULL_NAME;      Jane   Doe;             jane doe"})
    void spellingsOfOneValueGiveTheSameHmac(Category c, String a, String b) {
        assertThat(HASHER.hmacHex(c, a)).isEqualTo(HASHER.hmacHex(c, b));
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}: ''{1}'' vs ''{2}''")
    @CsvSource(delimiter = ';', value = {
            "EMAIL_ADDRESS;  jane.doe@example.com;   john.roe@example.com",
            "PHONE_NUMBER;   +44 20 7946 0958;       +44 20 7946 0959",
            "FULL_NAME;      Jane Doe;               Janedoe"})
    void differentValuesGiveDifferentHmacs(Category c, String a, String b) {
        assertThat(HASHER.hmacHex(c, a)).isNotEqualTo(HASHER.hmacHex(c, b));
    }

    @Test
    void hmacDependsOnTheKey() {
        byte[] other = AuditFixtures.KEY.clone();
        other[0] ^= 1;

        assertThat(new ValueHasher(other).hmacHex(Category.EMAIL_ADDRESS, "jane.doe@example.com"))
                .isNotEqualTo(HASHER.hmacHex(Category.EMAIL_ADDRESS, "jane.doe@example.com"));
    }

    @Test
    void hmacIsLowerCaseHexOfThirtyTwoBytes() {
        assertThat(HASHER.hmacHex(Category.EMAIL_ADDRESS, "jane.doe@example.com")).matches("[0-9a-f]{64}");
    }

    @Test
    void normalisationOfAnEmailLowerCasesIt() {
        assertThat(ValueHasher.normalise(Category.EMAIL_ADDRESS, "Jane.Doe@Example.com")).isEqualTo("jane.doe@example.com");
    }
}
