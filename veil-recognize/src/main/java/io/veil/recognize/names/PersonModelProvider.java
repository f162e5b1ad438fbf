package io.veil.recognize.names;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Service interface ({@link ServiceLoader}) through which a {@link PersonModel} module plugs into Veil's name
 * recognizer without Veil's Apache-licensed modules depending on it: a module on the class path lists its
 * provider in {@code META-INF/services/io.veil.recognize.names.PersonModelProvider}.
 *
 * <pre>{@code
 * Optional<PersonModel> model = PersonModelProvider.first(modelsDir);
 * }</pre>
 */
public interface PersonModelProvider {
    /**
     * The model read from {@code modelsDir}, or empty when its files are not there (the recognizer then runs on
     * rules and gazetteers alone). Throws {@link io.veil.spi.EngineException} when the files are there but broken.
     */
    Optional<PersonModel> open(Path modelsDir);

    /** The first provider on the class path that has its model files, or empty. */
    static Optional<PersonModel> first(Path modelsDir) {
        for (PersonModelProvider p : ServiceLoader.load(PersonModelProvider.class)) {
            Optional<PersonModel> m = p.open(modelsDir);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }
}
