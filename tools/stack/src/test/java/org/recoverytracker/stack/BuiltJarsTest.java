package org.recoverytracker.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltJarsTest {

    @TempDir
    Path repository;

    @TempDir
    Path staging;

    @Test
    void runsACopyOfTheNewestExecutableJarAndRefreshesItOnlyWhenTheBuildMadeANewerOne() throws IOException {
        Path target = Files.createDirectories(repository.resolve("services/job-loss-service/target"));
        jar(target.resolve("job-loss-service-0.1.0-SNAPSHOT.jar"), "plain", 300);
        jar(target.resolve("job-loss-service-0.0.9-exec.jar"), "old", 100);
        Path built = jar(target.resolve("job-loss-service-0.1.0-SNAPSHOT-exec.jar"), "new", 200);
        BuiltJars jars = new BuiltJars(repository, staging);

        Path copy = jars.jar("job-loss-service");

        assertThat(copy).isEqualTo(staging.resolve("job-loss-service-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(Files.readString(copy)).isEqualTo("new");

        Files.writeString(built, "rebuilt");
        Files.setLastModifiedTime(built, FileTime.from(Instant.ofEpochSecond(150)));
        assertThat(Files.readString(jars.jar("job-loss-service")))
                .as("an older jar leaves the copy alone")
                .isEqualTo("new");

        Files.setLastModifiedTime(built, FileTime.from(Instant.ofEpochSecond(400)));
        assertThat(Files.readString(jars.jar("job-loss-service"))).isEqualTo("rebuilt");
    }

    @Test
    void findsToolsBesideServicesAndSaysWhatToBuildWhenAJarIsMissing() throws IOException {
        Path target = Files.createDirectories(repository.resolve("tools/demo-feed/target"));
        jar(target.resolve("demo-feed-0.1.0-SNAPSHOT-exec.jar"), "feed", 100);
        BuiltJars jars = new BuiltJars(repository, staging);

        assertThat(Files.readString(jars.jar("demo-feed"))).isEqualTo("feed");
        assertThatIllegalStateException()
                .isThrownBy(() -> jars.jar("recovery-streams"))
                .withMessageContaining("No executable jar of recovery-streams");
    }

    private static Path jar(Path file, String content, long modifiedEpochSecond) throws IOException {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(modifiedEpochSecond)));
        return file;
    }
}
