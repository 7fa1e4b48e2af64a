package org.recoverytracker.stack;

import java.nio.file.Path;

/** The {@code java} that runs this JVM, so that every child runs on the same JDK. */
public final class Java {

    private Java() {}

    public static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
