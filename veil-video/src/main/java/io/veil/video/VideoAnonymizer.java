package io.veil.video;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
import io.veil.spi.InputRejectedException;
import io.veil.spi.PageRedactor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.bytedeco.javacv.Frame;

/**
 * Removes faces from a video: decodes MP4/MOV/WebM/MKV, detects faces every {@code detectEvery} frames, follows
 * them with a {@link FaceTracker}, destroys the padded track regions on every frame with the
 * {@link PageRedactor}, and writes H.264 in MP4 with no metadata (audio only with {@code keepAudio}).
 *
 * <p>Frames wait in a queue of at most {@code detectEvery} pictures until the next detection has run, so the
 * frames between two detections are covered by the boxes on both sides (a face that appears between
 * detections is blurred from its first frame, not from the next detection). Memory is that queue plus one
 * decoded and one encoded frame, whatever the length of the video. The output is written to a temporary file
 * beside {@code output} and moved into place only when complete.
 *
 * <p>With a {@link FaceProof} ({@code redact --prove-faces}), the redacted frame is proven at the first detection
 * of every second of video: each face detected there must no longer match its original nor be detected again.
 * A face that fails is filled solid on that frame and proven again; if it still fails, the video fails and
 * nothing is written.
 *
 * <p>Immutable and thread-safe when the detector and redactor are: each call has its own decoder, tracker and
 * encoder, so several videos may be processed at once.
 *
 * <pre>{@code
 * VideoAnonymizer anonymizer = new VideoAnonymizer(faceDetector, new DefaultPageRedactor(), VideoOptions.defaults());
 * VideoResult r = anonymizer.anonymize(Path.of("in.mov"), Path.of("out/in.mp4"),
 *         p -> System.err.printf("\r%d frames, %.1f fps", p.framesDone(), p.framesPerSecond()));
 * r.tracks().forEach(t -> System.out.println(t.id() + " " + t.firstSeconds() + "-" + t.lastSeconds()));
 * }</pre>
 */
public final class VideoAnonymizer {

    private final FaceDetector detector;
    private final PageRedactor redactor;
    private final VideoOptions options;
    private final FaceProof proof;

    public VideoAnonymizer(FaceDetector detector, PageRedactor redactor, VideoOptions options) {
        this(detector, redactor, options, null);
    }

    private VideoAnonymizer(FaceDetector detector, PageRedactor redactor, VideoOptions options, FaceProof proof) {
        if (detector == null || redactor == null || options == null) {
            throw new IllegalArgumentException("detector, redactor and options are required");
        }
        this.detector = detector;
        this.redactor = redactor;
        this.options = options;
        this.proof = proof;
    }

    /** The same anonymizer that also proves redacted faces anonymous, once per second of video (see above). */
    public VideoAnonymizer withFaceProof(FaceProof faceProof) {
        if (faceProof == null) {
            throw new IllegalArgumentException("a face proof is required");
        }
        return new VideoAnonymizer(detector, redactor, options, faceProof);
    }

    public VideoOptions options() {
        return options;
    }

    /**
     * Anonymises {@code input} into {@code output} (an MP4 file; replaced if it exists, never the input itself).
     *
     * @throws InputRejectedException the input is not a supported, decodable video
     * @throws IOException            the output cannot be written
     */
    public VideoResult anonymize(Path input, Path output, VideoProgress progress) throws InputRejectedException, IOException {
        if (VideoFormat.of(input).isEmpty()) {
            throw new InputRejectedException("not a video this tool reads (MP4, MOV, WebM, MKV): " + input.getFileName());
        }
        if (Files.exists(output) && Files.isSameFile(input, output)) {
            throw new IOException("refusing to overwrite the input video; write elsewhere and replace it afterwards");
        }
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".veil-", ".mp4");
        try {
            VideoResult result;
            try (VideoInput in = VideoInput.open(input, options.keepAudio())) {
                result = run(in, temp, progress == null ? VideoProgress.NONE : progress);
            }
            if (result.proof() != null && result.proof().failed() > 0) {
                throw new IOException(result.proof().failed() + " redacted face(s) still matched or detected by the face proof"
                        + " even after a solid fill; nothing was written");
            }
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private VideoResult run(VideoInput in, Path temp, VideoProgress progress) throws InputRejectedException, IOException {
        int width = in.width(), height = in.height(), cadence = options.cadenceFor(in.durationSeconds());
        double fps = in.frameRate();
        FaceTracker tracker = FaceTracker.of(options);
        Proving proving = proof == null ? null : new Proving();
        Deque<Queued> queue = new ArrayDeque<>();
        long started = System.nanoTime();
        long next = 0, written = 0, runs = 0;
        double lastSeconds = 0;
        try (VideoOutput out = VideoOutput.open(temp, width, height, fps, in.audioChannels(), in.sampleRate(), options.bitsPerPixel())) {
            Numbered last = null;
            for (VideoInput.Item item = in.next(); item != null; item = in.next()) {
                if (item instanceof VideoInput.Samples s) {
                    queue.addLast(new Audio(s.frame()));
                    continue;
                }
                VideoInput.Picture p = (VideoInput.Picture) item;
                if (p.image().getWidth() != width || p.image().getHeight() != height) {
                    throw new InputRejectedException("video frame size changes mid-stream at frame " + next);
                }
                boolean detect = next % cadence == 0;
                List<FaceDetector.Face> found = detect ? detector.detect(p.image()) : List.of();
                boolean prove = detect && proving != null && proving.due(p.seconds());
                last = new Numbered(next++, p, prove ? found.stream().map(FaceDetector.Face::box).toList() : null);
                queue.addLast(last);
                lastSeconds = p.seconds();
                if (detect) {
                    tracker.observe(last.index(), p.seconds(), found);
                    runs++;
                    written += flush(queue, tracker, out, width, height, false, proving);
                    progress.onProgress(snapshot(written, in.frameCountEstimate(), started));
                }
            }
            if (last != null && last.index() % cadence != 0) {
                // The clip ends between detections: detect on its last frame so the tail is bracketed too.
                tracker.observe(last.index(), last.picture().seconds(), detector.detect(last.picture().image()));
                runs++;
            }
            written += flush(queue, tracker, out, width, height, true, proving);
            out.finish();
            progress.onProgress(snapshot(written, in.frameCountEstimate(), started));
        }
        double duration = written == 0 ? 0 : lastSeconds + 1 / fps;
        return new VideoResult(width, height, fps, written, duration, cadence, runs, in.audioChannels() > 0, tracker.finish(),
                proving == null ? null : proving.summary());
    }

    /** What waits for the next detection: pictures by frame number, and the audio decoded between them. */
    private sealed interface Queued permits Numbered, Audio {
    }

    /** @param prove the faces detected on this frame when it is to be proven, else null */
    private record Numbered(long index, VideoInput.Picture picture, List<Box> prove) implements Queued {
    }

    /** Which frames are proven (the first detection of every second) and what the proofs found. */
    private static final class Proving {
        private long lastSecond = -1;
        private int frames, faces, filled, failed;

        boolean due(double seconds) {
            long second = (long) Math.floor(seconds);
            if (second == lastSecond) {
                return false;
            }
            lastSecond = second;
            return true;
        }

        VideoResult.ProofSummary summary() {
            return new VideoResult.ProofSummary(frames, faces, filled, failed);
        }
    }

    private record Audio(Frame frame) implements Queued {
    }

    /** Redacts and writes queued pictures up to the newest (all with {@code all}), and the audio before them. */
    private long flush(Deque<Queued> queue, FaceTracker tracker, VideoOutput out, int width, int height, boolean all, Proving proving)
            throws IOException {
        long n = 0, lastIndex = -1;
        while (!queue.isEmpty()) {
            Queued head = queue.pollFirst();
            if (head instanceof Audio a) {
                out.writeSamples(a.frame());
                a.frame().close();
                continue;
            }
            Numbered f = (Numbered) head;
            List<Box> regions = tracker.regionsAt(f.index(), options.padding(), width, height);
            BufferedImage img = regions.isEmpty() ? f.picture().image()
                    : redactor.redact(f.picture().image(), List.of(), regions, options.style());
            if (f.prove() != null && !f.prove().isEmpty()) {
                img = proven(f.picture().image(), img, f.prove(), regions, proving);
            }
            out.writeImage(img);
            lastIndex = f.index();
            n++;
            if (!all && queue.stream().noneMatch(Numbered.class::isInstance)) {
                break;
            }
        }
        if (lastIndex >= 0) {
            tracker.release(lastIndex);
        }
        return n;
    }

    /** Proves one redacted frame ({@link FaceProof#proveAndFill}) and returns the frame to write. */
    private BufferedImage proven(BufferedImage original, BufferedImage redacted, List<Box> faces, List<Box> regions, Proving proving) {
        FaceProof.Filled f = proof.proveAndFill(original, redacted, faces, regions, redactor, options.style());
        proving.frames++;
        proving.faces += faces.size();
        proving.filled += f.filled();
        proving.failed += (int) f.last().stream().filter(c -> !c.anonymous()).count();
        return f.image();
    }

    private static VideoProgress.Snapshot snapshot(long written, long total, long startedNanos) {
        double secs = (System.nanoTime() - startedNanos) / 1e9;
        return new VideoProgress.Snapshot(written, total, secs > 0 ? written / secs : 0);
    }
}
