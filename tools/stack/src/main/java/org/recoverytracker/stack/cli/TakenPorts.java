package org.recoverytracker.stack.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

/** Which of the local stack's ports something already accepts connections on (another ./run-local?). */
public final class TakenPorts {

    private static final int CONNECT_TIMEOUT_MILLIS = 300;

    private TakenPorts() {}

    public static List<Integer> among(List<Integer> ports) {
        return ports.stream().filter(TakenPorts::accepts).toList();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
