package org.recoverytracker.bench.run;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The commit a run measured, and whether the working tree had changes beside it: a figure is only
 * comparable with another of the same code.
 *
 * @param commit the {@code HEAD} commit, or {@code unknown} outside a git checkout
 */
record GitState(String commit, boolean dirty) {

    static GitState of(Path directory) {
        String commit = git(directory, "rev-parse", "HEAD");
        String status = git(directory, "status", "--porcelain");
        return new GitState(commit == null ? "unknown" : commit.strip(), status != null && !status.isBlank());
    }

    /** The output of {@code git -C directory arguments...}, or null if git failed or is missing. */
    private static String git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git =
                    new ProcessBuilder(command).redirectError(Redirect.DISCARD).start();
            git.getOutputStream().close();
            byte[] output = git.getInputStream().readAllBytes();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0
                    ? new String(output, StandardCharsets.UTF_8)
                    : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
