package org.recoverytracker.reference;

/**
 * A UK SIC 2007 division.
 *
 * @param code two digits, e.g. {@code 51} (Air transport)
 * @param section the section it belongs to, e.g. {@code H}
 */
public record SicDivision(String code, String title, SicSection section) {}
