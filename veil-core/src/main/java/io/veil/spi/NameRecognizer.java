package io.veil.spi;

/**
 * A {@link Recognizer} of person names ({@link io.veil.model.Category#FULL_NAME}). The Apache-licensed default is
 * rules + gazetteers; a statistical model (CoreNLP) can sit behind the same interface in its own module.
 */
public interface NameRecognizer extends Recognizer {
}
