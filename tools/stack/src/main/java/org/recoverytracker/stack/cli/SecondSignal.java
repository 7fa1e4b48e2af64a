package org.recoverytracker.stack.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Lets a second Ctrl-C (or SIGTERM) during the graceful stop kill what is left at once.
 *
 * <p>Java's shutdown hooks hear only the first signal: once shutdown has begun, the JVM swallows
 * further ones. {@code sun.misc.Signal} (module {@code jdk.unsupported}, exported for exactly such
 * uses) can hear the next one. It is reached by reflection because javac warns on every use of it,
 * a warning no option turns off, and the build is warnings-free. Where it is not there, the stop
 * still ends: every wait in it is bounded.
 */
final class SecondSignal {

    private SecondSignal() {}

    /** From now on, SIGINT and SIGTERM run {@code action} (in a thread of their own) instead of being swallowed. */
    static void onInterruptOrTerminate(Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            InvocationHandler invocation = (proxy, method, arguments) -> switch (method.getName()) {
                case "handle" -> {
                    action.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == arguments[0];
                default -> "second-signal handler";
            };
            Object handler =
                    Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass}, invocation);
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            for (String name : List.of("INT", "TERM")) {
                handle.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
            }
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // No shortcut on this JVM; the bounded grace periods end the stop anyway.
        }
    }
}
