package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoJobsTest {

    @ParameterizedTest(name = "{0} under a folder is written as {1}")
    @CsvSource({
        "walk.mov, walk.mov.mp4",
        "walk.MP4, walk.MP4",
        "trip/day.1.webm, trip/day.1.webm.mp4",
        "a.b/clip.mkv, a.b/clip.mkv.mp4",
    })
    void videoOutputIsAlwaysAnMp4BesideItsRelativePath(String relative, String expected) {
        Path root = Path.of("/data/in");
        Inputs.Input in = new Inputs.Input(root.resolve(relative), root);

        assertThat(VideoJobs.outputPath(Path.of("/data/out"), in)).isEqualTo(Path.of("/data/out").resolve(expected));
    }

    @ParameterizedTest(name = "{0} is a video: {1}")
    @CsvSource({
        "clip.mp4, true", "clip.m4v, true", "clip.MOV, true", "clip.webm, true", "clip.mkv, true",
        "clip.avi, false", "photo.jpg, false", "notes.txt, false",
    })
    void videosAreRecognisedByExtension(String name, boolean video) {
        assertThat(VideoJobs.isVideo(new Inputs.Input(Path.of(name), null))).isEqualTo(video);
        assertThat(Inputs.hasKnownExtension(Path.of(name))).isEqualTo(video || !name.endsWith(".avi"));
    }
}
