package org.recoverytracker.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import org.apache.kafka.common.utils.AppInfoParser;
import org.recoverytracker.bench.results.ResultFile;
import tools.jackson.databind.node.ObjectNode;

/** What the figures were measured on and with, so that runs can be compared fairly. */
final class Machine {

    private Machine() {}

    static ObjectNode describe() {
        final ObjectNode machine = ResultFile.object();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        firstValue(Path.of("/proc/cpuinfo"), "model name", ':').ifPresent(cpu -> machine.put("cpu", cpu));
        firstValue(Path.of("/proc/meminfo"), "MemTotal", ':')
                .ifPresent(total -> machine.put("memoryMb", Long.parseLong(total.replaceAll("[^0-9]", "")) / 1024));
        firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .ifPresent(os -> machine.put("os", os.replace("\"", "")));
        machine.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return machine;
    }

    /** The 1, 5 and 15 minute load averages: how busy the shared machine was. */
    static String loadAverage() {
        try {
            final String[] parts =
                    Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String kafkaVersion() {
        return AppInfoParser.getVersion();
    }

    /** The Spring Boot version a service's executable jar was built with. */
    static String springBootVersion(Path executableJar) {
        try (JarFile jar = new JarFile(executableJar.toFile())) {
            return Optional.ofNullable(jar.getManifest().getMainAttributes().getValue("Spring-Boot-Version"))
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The value after the separator on the first line of the file that starts with the key. */
    private static Optional<String> firstValue(Path file, String key, char separator) {
        try {
            final List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line -> line.startsWith(key) && line.indexOf(separator) > 0)
                    .map(line -> line.substring(line.indexOf(separator) + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
