package io.veil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into files: a file is taken as it is (and fails later if it
 * cannot be read), a folder is walked recursively (skipping Veil's own output and report folders) for images, PDFs, text files and videos by extension.
 */
final class Inputs {
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "jpe", "tif", "tiff", "bmp", "gif", "webp",
            "pdf", "txt", "csv", "tsv", "json", "jsonl", "ndjson", "log", "md", "eml",
            "mp4", "m4v", "mov", "webm", "mkv");

    /** One input file and the folder it was found under (to keep sub-folders in outputs). */
    record Input(Path file, Path root) {
        Path relative() {
            return root == null ? file.getFileName() : root.relativize(file);
        }
    }

    private Inputs() {
    }

    static List<Input> expand(List<Path> paths, Path... excluded) {
        List<Path> exclude = java.util.Arrays.stream(excluded).filter(java.util.Objects::nonNull)
                .map(p -> p.toAbsolutePath().normalize()).toList();
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or folder: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> exclude.stream().noneMatch(x -> f.toAbsolutePath().normalize().startsWith(x)))
                            .filter(Inputs::hasKnownExtension)
                            .sorted()
                            .forEach(f -> out.add(new Input(f, p)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(new Input(p, null));
            }
        }
        return out;
    }

    static boolean hasKnownExtension(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
    }
}
