package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.cli.samples.SyntheticDocuments;
import io.veil.faces.CombinedFaceDetector;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faces in documents: the photo on an ID card, a small avatar in a screenshot and every tile of a video-call
 * grid are found and blurred. The faces are cut at test time from a group photo of the pinned face-api package
 * (no photograph is committed).
 */
class DocumentFacesTest {
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));
    private static BufferedImage face;
    private static final List<BufferedImage> faces = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void cutAFace() throws Exception {
        Path sample = MODELS.resolve("samples/sample1.jpg");
        assumeThat(sample).as("group photo from the pinned face-api package").exists();
        BufferedImage photo = ImageIO.read(sample.toFile());
        try (FaceDetector d = CombinedFaceDetector.load(MODELS)) {
            List<Box> found = d.detect(photo).stream().map(FaceDetector.Face::box).sorted(Comparator.comparingLong(Box::area).reversed()).toList();
            for (Box f : found) {
                Box b = f.pad(0.6).clip(photo.getWidth(), photo.getHeight());
                faces.add(photo.getSubimage(b.x(), b.y(), b.width(), b.height()));
            }
            face = faces.get(0);
        }
    }

    private List<Box> blurRegions(String name, BufferedImage page) throws Exception {
        Path img = dir.resolve(name);
        ImageIO.write(page, "png", img.toFile());
        Path out = dir.resolve("out");
        assertThat(Main.run("redact", img.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString())).isZero();
        ReportsOnDisk.assertAllValid(out);
        JsonNode report = new ObjectMapper().readTree(out.resolve(name + ".json").toFile());
        List<Box> regions = new ArrayList<>();
        report.path("redaction_map").path("blur_regions").forEach(r ->
                regions.add(new Box(r.path("x").asInt(), r.path("y").asInt(), r.path("width").asInt(), r.path("height").asInt())));
        return regions;
    }

    @Test
    void thePhotoOnAnIdCardIsFoundAndBlurred() throws Exception {
        Box photoField = new Box(50, 120, 260, 340);
        List<Box> regions = blurRegions("id.png", SyntheticDocuments.idCard(face));
        assertThat(regions).anyMatch(r -> r.intersection(photoField).area() > 0.1 * photoField.area());
    }

    @Test
    void aSmallAvatarInAScreenshotIsFoundAndBlurred() throws Exception {
        BufferedImage shot = SyntheticDocuments.screenshot();
        Graphics2D g = shot.createGraphics();
        Box avatar = new Box(820, 50, 48, 60);
        g.drawImage(face, avatar.x(), avatar.y(), avatar.width(), avatar.height(), null);
        g.dispose();
        List<Box> regions = blurRegions("shot.png", shot);
        assertThat(regions).anyMatch(r -> r.intersects(avatar));
    }

    @Test
    void everyTileOfAVideoCallGridIsFoundAndBlurred() throws Exception {
        BufferedImage grid = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        g.setColor(new java.awt.Color(32, 33, 36));
        g.fillRect(0, 0, 1280, 720);
        List<Box> tiles = new ArrayList<>();
        int tw = 412, th = 232;
        for (int i = 0; i < 9; i++) {
            int x = 10 + (i % 3) * (tw + 10), y = 6 + (i / 3) * (th + 6);
            g.setColor(new java.awt.Color(60 + 10 * i, 64, 70));
            g.fillRect(x, y, tw, th);
            BufferedImage f = faces.get(i % faces.size());
            int fh = th - 40, fw = (int) Math.round(fh * (double) f.getWidth() / f.getHeight());
            int fx = x + (tw - fw) / 2;
            if (i % 2 == 1) {
                g.drawImage(f, fx + fw, y + 8, -fw, fh, null);
            } else {
                g.drawImage(f, fx, y + 8, fw, fh, null);
            }
            g.setColor(java.awt.Color.WHITE);
            g.drawString("Participant " + (i + 1), x + 8, y + th - 10);
            tiles.add(new Box(fx, y + 8, fw, fh));
        }
        g.dispose();

        List<Box> regions = blurRegions("call.png", grid);

        for (Box tile : tiles) {
            assertThat(regions).as("tile %s", tile).anyMatch(r -> r.intersection(tile).area() > 0.1 * tile.area());
        }
    }
}
