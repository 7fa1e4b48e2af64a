package org.recoverytracker.system.monitoring;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the Prometheus package's programs on the PATH. They are not Maven artifacts: CI installs the
 * Debian package ({@code apt-get install -y prometheus}, which brings {@code promtool} too), and a
 * missing one fails the tests with that instruction rather than skipping them.
 */
final class Executables {

    private Executables() {}

    static Path find(String name) {
        final String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not on the PATH (" + path
                        + "): install the Prometheus package, e.g. apt-get install -y prometheus"));
    }
}
