package io.veil.recognize;

import io.veil.recognize.names.GazetteerNameRecognizer;
import io.veil.recognize.names.PersonModelProvider;
import io.veil.spi.Recognizer;
import io.veil.spi.Resolver;
import java.nio.file.Path;
import java.util.List;

/**
 * Veil's default text recognizers and resolver, built in one place. The name gazetteers load from
 * {@code <modelsDir>/names} once per call; build once per process and share (every recognizer is thread-safe).
 *
 * <pre>{@code
 * List<Recognizer> recognizers = Recognizers.defaults(Path.of(System.getProperty("user.home"), ".cache/veil/models"));
 * Resolver resolver = Recognizers.defaultResolver();
 * List<Finding> all = new ArrayList<>();
 * for (Recognizer r : recognizers) all.addAll(r.find(pageText, 1));
 * List<Finding> reported = resolver.resolve(all);
 * }</pre>
 */
public final class Recognizers {
    private Recognizers() {
    }

    /**
     * Every recognizer of this module, the name recognizer loaded from {@code modelsDir/names} and, when a
     * {@link PersonModelProvider} module is on the class path with its files, weighing that model's tags too.
     */
    public static List<Recognizer> defaults(Path modelsDir) {
        Path names = modelsDir.resolve("names");
        GazetteerNameRecognizer nameRecognizer = PersonModelProvider.first(modelsDir)
                .map(m -> GazetteerNameRecognizer.load(names, m))
                .orElseGet(() -> GazetteerNameRecognizer.load(names));
        return List.of(
                new EmailRecognizer(),
                new PhoneRecognizer(PhoneRecognizer.DEFAULT_REGIONS),
                new CreditCardRecognizer(),
                new IbanRecognizer(),
                new BicRecognizer(),
                new UsSsnRecognizer(),
                new NationalIdRecognizer(),
                new VatRecognizer(),
                new HealthRecognizer(),
                new MrzRecognizer(),
                new IpAddressRecognizer(),
                new MacAddressRecognizer(),
                new ImeiRecognizer(),
                new DateOfBirthRecognizer(),
                new ResidenceRecognizer(),
                new AddressRecognizer(),
                nameRecognizer);
    }

    /** Overlaps by validity then specificity, findings below {@link OverlapResolver#DEFAULT_THRESHOLD} dropped. */
    public static Resolver defaultResolver() {
        return new OverlapResolver(OverlapResolver.DEFAULT_THRESHOLD);
    }
}
