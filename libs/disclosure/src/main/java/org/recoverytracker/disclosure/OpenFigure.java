package org.recoverytracker.disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * A figure as published: its value, or null when it is suppressed, and its flags.
 *
 * @param value null exactly when {@link Flag#CONFIDENTIAL} is among the flags
 */
public record OpenFigure(Long value, Set<Flag> flags) {

    public OpenFigure {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if ((value == null) != flags.contains(Flag.CONFIDENTIAL)) {
            throw new IllegalArgumentException("a figure is null exactly when it is confidential");
        }
    }

    static OpenFigure of(long value) {
        return new OpenFigure(value, Set.of());
    }

    static OpenFigure low() {
        return new OpenFigure(0L, Set.of(Flag.LOW));
    }

    static OpenFigure confidential() {
        return new OpenFigure(null, Set.of(Flag.CONFIDENTIAL));
    }

    public boolean published() {
        return value != null;
    }
}
