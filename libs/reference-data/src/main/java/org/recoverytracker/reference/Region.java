package org.recoverytracker.reference;

/**
 * An ITL1 region: one of the nine English regions, or Wales, Scotland or Northern Ireland.
 *
 * @param code ITL1 code, {@code TLC} (North East) to {@code TLN} (Northern Ireland)
 */
public record Region(String code, String name, Nation nation) {}
