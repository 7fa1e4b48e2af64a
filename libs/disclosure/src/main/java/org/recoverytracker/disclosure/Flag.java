package org.recoverytracker.disclosure;

/** The Government Statistical Service's symbols for a published figure, as the open views write them. */
public enum Flag {
    /** Confidential: not published, as it could reveal an organisation. */
    CONFIDENTIAL("c"),
    /** Low: a figure that is not zero but rounds to it. */
    LOW("k"),
    /** Held back: the previous release's value, because the change since comes from too few organisations. */
    HELD_BACK("p"),
    /** Revised since it was first released. */
    REVISED("r");

    private final String symbol;

    Flag(String symbol) {
        this.symbol = symbol;
    }

    /** The GSS symbol: c, k, p or r. */
    public String symbol() {
        return symbol;
    }
}
