package org.recoverytracker.disclosure;

/** The Government Statistical Service's symbols for a published figure, as the open views write them. */
public enum Flag {
    /** Confidential: not published, as it could reveal an organisation. */
    CONFIDENTIAL("c", "confidential: not published, as it could reveal an organisation"),
    /** Low: a figure that is not zero but rounds to it. */
    LOW("k", "low: not zero, but rounds to 0"),
    /** Held back: the previous release's value, because the change since comes from too few organisations. */
    HELD_BACK("p", "held back: the value last published, as the change since comes from fewer than 3 organisations"),
    /** Revised since it was first released. */
    REVISED("r", "revised: a week's figure that differs from what was first published for it");

    private final String symbol;
    private final String meaning;

    Flag(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** What the symbol says about a figure, in words. */
    public String meaning() {
        return meaning;
    }

    /** The GSS symbol: c, k, p or r. */
    public String symbol() {
        return symbol;
    }
}
