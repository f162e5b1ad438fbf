package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.faces.CombinedFaceDetector;
import io.veil.video.SyntheticClip;
import io.veil.spi.FaceDetector;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Videos through the command line: a short clip made in the test with a face cut from a sample photo moving
 * across it comes out as MP4 with a schema-valid report listing the face track; a broken video fails alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VideoEndToEndTest {
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));
    private static final int FRAMES = 36;

    private Path dir;
    private Path clip;
    private String clipSha;

    @BeforeAll
    void makeClip(@TempDir Path shared) throws Exception {
        dir = shared;
        Path sample = MODELS.resolve("samples/sample1.jpg");
        assumeThat(sample).as("group photo from the pinned face-api package (scripts/fetch-models.sh)").exists();
        BufferedImage face;
        try (FaceDetector detector = CombinedFaceDetector.load(MODELS)) {
            face = SyntheticClip.faceCrop(MODELS, detector, 110);
        }
        clip = dir.resolve("in").resolve("walk.mov");
        Files.createDirectories(clip.getParent());
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(clip.toFile(), 480, 270, 0);
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            r.setFormat("mov");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(24);
            r.setVideoBitrate(480 * 270 * 8);
            r.start();
            for (int i = 0; i < FRAMES; i++) {
                BufferedImage img = new BufferedImage(480, 270, BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = img.createGraphics();
                g.setColor(new java.awt.Color(120, 130, 110));
                g.fillRect(0, 0, 480, 270);
                g.drawImage(face, 20 + i * 6, 70, null);
                g.dispose();
                r.record(conv.convert(img), avutil.AV_PIX_FMT_BGR24);
            }
            r.stop();
        }
        clipSha = io.veil.pipeline.FileFacts.sha256(clip);
    }

    @Test
    void clipIsRedactedToMp4WithAValidReportListingTheFaceTrack() throws Exception {
        Path out = dir.resolve("out");

        int code = Main.run("redact", clip.getParent().toString(), "--out", out.toString(),
                "--audit-db", dir.resolve("a.db").toString(), "--no-ocr", "--detect-every", "2");

        assertThat(code).isZero();
        assertThat(out.resolve("walk.mov.mp4")).isRegularFile().isNotEmptyFile();
        ReportsOnDisk.assertAllValid(out);
        JsonNode report = new ObjectMapper().readTree(out.resolve("walk.mov.json").toFile());
        assertThat(report.path("video").path("frames").asInt()).isEqualTo(FRAMES);
        assertThat(report.path("video").path("detect_every").asInt()).isEqualTo(2);
        assertThat(report.path("video").path("tracks")).isNotEmpty();
        assertThat(report.path("video").path("tracks").get(0).path("box_path")).isNotEmpty();
        assertThat(report.path("pii_categories_detected").toString()).contains("face_biometric");
        assertThat(io.veil.pipeline.FileFacts.sha256(clip)).as("input unchanged").isEqualTo(clipSha);
        assertThat(facesFoundIn(out.resolve("walk.mov.mp4"))).as("faces found again in the redacted frames").isZero();
    }

    /** Faces the detector finds on every 4th frame of {@code video}. */
    private static int facesFoundIn(Path video) throws Exception {
        int found = 0, frame = 0;
        try (FaceDetector detector = CombinedFaceDetector.load(MODELS);
             FFmpegFrameGrabber g = new FFmpegFrameGrabber(video.toFile());
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            g.start();
            for (Frame f = g.grabImage(); f != null; f = g.grabImage(), frame++) {
                if (frame % 4 == 0) {
                    found += detector.detect(conv.convert(f)).size();
                }
            }
            g.stop();
        }
        assertThat(frame).isEqualTo(FRAMES);
        return found;
    }

    @Test
    void scanOfAClipWritesItsReportAndKeepsNoVideo() throws Exception {
        Path reports = dir.resolve("scan-reports");

        int code = Main.run("scan", clip.toString(), "--report-dir", reports.toString(),
                "--audit-db", dir.resolve("s.db").toString(), "--no-ocr");

        assertThat(code).isZero();
        ReportsOnDisk.assertAllValid(reports);
        assertThat(new ObjectMapper().readTree(reports.resolve("walk.mov.json").toFile()).path("video").path("tracks")).isNotEmpty();
        try (Stream<Path> s = Files.walk(reports)) {
            assertThat(s.filter(p -> p.toString().endsWith(".mp4"))).isEmpty();
        }
    }

    @Test
    void brokenVideoFailsAloneAndTheBatchGoesOn(@TempDir Path work) throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("broken.mp4"), "not a video at all");
        Files.writeString(in.resolve("note.txt"), "Write to jane.doe@example.com please.");
        Path out = work.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", work.resolve("a.db").toString(), "--no-ocr");

        assertThat(code).isEqualTo(1);
        assertThat(out.resolve("note.txt")).isRegularFile();
        assertThat(out.resolve("broken.mp4")).doesNotExist();
        assertThat(Files.readString(in.resolve("broken.mp4"))).isEqualTo("not a video at all");
        ReportsOnDisk.assertAllValid(out);
        assertThat(new ObjectMapper().readTree(out.resolve("broken.mp4.json").toFile()).path("errors")).isNotEmpty();
    }
}
