package io.veil.ocr;

import static io.veil.ocr.SyntheticPage.sans;
import static io.veil.ocr.SyntheticPage.serif;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.TextLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentReadTest {

    private static final BufferedImage FIRST = new SyntheticPage(800, 200).lines(List.of(
            "Customer: Jane Doe", "E-mail: jane.doe@example.com"), 30, 30, sans(26), 1.8).image();
    private static final BufferedImage SECOND = new SyntheticPage(800, 200).lines(List.of(
            "Frau Anna Müller, Hauptstraße 5", "IBAN DE89 3704 0044 0532 0130 00"), 30, 30, serif(26), 1.8).image();

    @Test
    void twoThreadsReadTheSameAsOneThreadInTurn() throws Exception {
        TextLayout first;
        TextLayout second;
        try (TesseractOcrEngine sequential = TesseractOcrEngine.open(Models.tessdata())) {
            first = sequential.read(FIRST);
            second = sequential.read(SECOND);
        }
        assertThat(first.words()).isNotEmpty();
        assertThat(second.words()).isNotEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TesseractOcrEngine shared = TesseractOcrEngine.open(Models.tessdata())) {
            CyclicBarrier start = new CyclicBarrier(2);
            for (int round = 0; round < 3; round++) {
                Future<TextLayout> a = pool.submit(() -> {
                    start.await();
                    return shared.read(FIRST);
                });
                Future<TextLayout> b = pool.submit(() -> {
                    start.await();
                    return shared.read(SECOND);
                });
                assertThat(a.get()).isEqualTo(first);
                assertThat(b.get()).isEqualTo(second);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
