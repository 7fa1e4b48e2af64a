package org.recoverytracker.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The executable jars the build made in the repository ({@code services/NAME/target} or
 * {@code tools/NAME/target}), whatever the project's version, run from copies in the data
 * directory: a build while the stack runs ({@code ./mvnw verify} in another terminal) then cannot
 * rewrite a jar under a running JVM. A copy is refreshed only when the build made a newer jar.
 */
public final class BuiltJars implements Apps {

    private final Path repository;
    private final Path stagingDir;

    public BuiltJars(Path repository, Path stagingDir) {
        this.repository = repository;
        this.stagingDir = stagingDir;
    }

    @Override
    public Path jar(String name) {
        Path built = newestExecJar(name)
                .orElseThrow(() -> new IllegalStateException("No executable jar of " + name + " in "
                        + moduleDir(name).resolve("target") + "; build it first (./run-local does)"));
        return stage(built);
    }

    private Optional<Path> newestExecJar(String name) {
        Path target = moduleDir(name).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String fileName = file.getFileName().toString();
                        return fileName.startsWith(name + "-") && fileName.endsWith("-exec.jar");
                    })
                    .max(Comparator.comparing(BuiltJars::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + target, e);
        }
    }

    private Path moduleDir(String name) {
        Path service = repository.resolve("services").resolve(name);
        return Files.isDirectory(service)
                ? service
                : repository.resolve("tools").resolve(name);
    }

    private Path stage(Path jar) {
        Path copy = stagingDir.resolve(jar.getFileName());
        try {
            Files.createDirectories(stagingDir);
            if (!Files.exists(copy) || modified(jar).compareTo(modified(copy)) > 0) {
                Path partial = stagingDir.resolve(jar.getFileName() + ".part");
                Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + jar + " to " + stagingDir, e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
