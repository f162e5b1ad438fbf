package io.veil.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoFormatTest {

    @ParameterizedTest(name = "MUST_MATCH {0} -> {1}")
    @CsvSource({"a.mp4, MP4", "b.M4V, MP4", "dir/c.MOV, MOV", "d.webm, WEBM", "e.mkv, MKV", "f.tar.mkv, MKV"})
    void videoExtensionsAreRecognised(String name, VideoFormat format) {
        assertThat(VideoFormat.of(Path.of(name))).contains(format);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"a.jpg", "mp4", "b.mp4.txt", "c.avi", "noext"})
    void otherFilesAreNotVideos(String name) {
        assertThat(VideoFormat.isVideo(Path.of(name))).isFalse();
    }
}
