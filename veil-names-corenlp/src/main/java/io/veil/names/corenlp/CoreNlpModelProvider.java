package io.veil.names.corenlp;

import io.veil.recognize.names.PersonModel;
import io.veil.recognize.names.PersonModelProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Plugs {@link CoreNlpPersonModel} into Veil's name recognizer (listed in {@code META-INF/services}): present
 * when {@code <models>/ner/} holds the English model, which the model fetcher puts there.
 */
public final class CoreNlpModelProvider implements PersonModelProvider {
    @Override
    public Optional<PersonModel> open(Path modelsDir) {
        Path ner = modelsDir.resolve("ner");
        if (!Files.isRegularFile(ner.resolve(CoreNlpPersonModel.FILES.get("en")))) {
            return Optional.empty();
        }
        return Optional.of(CoreNlpPersonModel.open(ner));
    }
}
