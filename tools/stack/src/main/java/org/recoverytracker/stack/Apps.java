package org.recoverytracker.stack;

import java.nio.file.Path;

/** Where the executable jar of each program of the stack is, by its name (e.g. {@code job-loss-service}). */
@FunctionalInterface
public interface Apps {

    Path jar(String name);

    /** Jars named {@code NAME.jar} in one directory, as the system tests' build copies them. */
    static Apps inDirectory(Path dir) {
        return name -> dir.resolve(name + ".jar");
    }
}
