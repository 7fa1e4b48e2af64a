package org.recoverytracker.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The local stack's partners ({@code recovery-local-partners.yml}, from test-support: dev-only
 * keys the README publishes) as a file the services import. Written at every start, so a changed
 * file in a newer build replaces the old one.
 */
public final class LocalPartnersFile {

    static final String NAME = "recovery-local-partners.yml";

    private LocalPartnersFile() {}

    /** The Spring Boot argument that makes a service import the file, written into {@code directory}. */
    public static String importArgument(Path directory) {
        return "--spring.config.import=file:" + writeTo(directory);
    }

    /** Writes the file into a directory (created if missing) and returns its path. */
    static Path writeTo(Path directory) {
        try (InputStream partners = LocalPartnersFile.class.getClassLoader().getResourceAsStream(NAME)) {
            if (partners == null) {
                throw new IllegalStateException(NAME + " is not on the classpath: test-support is missing");
            }
            Files.createDirectories(directory);
            final Path file = directory.resolve(NAME);
            Files.copy(partners, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Can't write " + NAME + " to " + directory, e);
        }
    }
}
