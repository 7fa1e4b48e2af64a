package org.recoverytracker.stack.process;

/**
 * A small real program for {@link ChildProcessTest}: prints that it started, then sleeps. On
 * SIGTERM its shutdown hook says goodbye; given {@code stubborn}, the hook never ends, as a
 * service stuck in its shutdown would.
 */
public final class Sleeper {

    static final String STARTED = "sleeper started";
    static final String STOPPING = "sleeper stopping";

    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        boolean stubborn = args.length > 0 && args[0].equals("stubborn");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(STOPPING);
            System.out.flush();
            while (stubborn) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        System.out.println(STARTED);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
