package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressRecognizerTest {
    private final IpAddressRecognizer ips = new IpAddressRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "from 192.0.2.1 today | 192.0.2.1",
            "IP: 198.51.100.7. | 198.51.100.7",
            "Subnet: 192.168.1.0/24 | 192.168.1.0/24",
            "10.0.0.0/123 | 10.0.0.0",
            "Server IP: 2001:db8::1 | 2001:db8::1",
            "Connect to [2001:db8::1]:8080 | 2001:db8::1",
            "fe80::1%eth0/64 | fe80::1%eth0/64",
            "::ffff:192.0.2.1 | ::ffff:192.0.2.1",
            "src=::1 | ::1",
            "text::ffff:192.0.2.1 | 192.0.2.1"})
    void mustMatch(String text, String value) {
        assertThat(Reported.values(ips, text, Category.IP_ADDRESS)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"256.256.256.256", "192.168.1.256", "192.168.1", "IP192.168.1.1text", "Version 1.2.3",
            "version 1.2.3.4", "Time 12:34:56", "std::cout", ":::", "2001::db8::1", "2001:db8::256.1.1.1",
            "MAC address aa:bb:cc:dd:ee:ff", "fe80::1text", "12345:db8::1"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(ips, text, Category.IP_ADDRESS)).isEmpty();
    }
}
