package org.recoverytracker.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A real program that behaves, to the harness, like a service: it takes {@code --server.port=N},
 * answers {@code /actuator/health/readiness} with 200 once it is up, stops cleanly on SIGTERM and
 * says so in its output. The harness's tests run it from a jar instead of the real services, which
 * a tool module must not depend on. {@code --stand-in.fail} makes it fail at start, as a service
 * with a broken configuration does.
 */
public final class StandInService {

    public static final String STARTED = "stand-in started on port ";
    public static final String STOPPED = "stand-in stopped cleanly";
    public static final String FAILED = "stand-in failed: bad configuration";

    private StandInService() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (Arrays.asList(args).contains("--stand-in.fail")) {
            System.out.println(FAILED);
            System.exit(3);
        }
        int port = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--server.port="))
                .mapToInt(arg -> Integer.parseInt(arg.substring("--server.port=".length())))
                .findFirst()
                .orElseThrow();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            System.out.println(STOPPED);
        }));
        System.out.println(STARTED + port + " with " + String.join(" ", args));
        Thread.sleep(Long.MAX_VALUE);
    }
}
