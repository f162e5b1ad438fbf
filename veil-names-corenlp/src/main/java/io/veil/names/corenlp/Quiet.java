package io.veil.names.corenlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** CoreNLP announces every model it loads on stderr; Veil's own messages say what matters. */
final class Quiet {
    private static volatile boolean done;

    private Quiet() {
    }

    static void apply() {
        if (!done) {
            RedwoodConfiguration.current().clear().apply();
            done = true;
        }
    }
}
