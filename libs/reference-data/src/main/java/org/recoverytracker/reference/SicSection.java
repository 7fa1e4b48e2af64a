package org.recoverytracker.reference;

/**
 * A UK SIC 2007 section, the sector of the views.
 *
 * @param code a letter, {@code A} to {@code U}
 * @param title e.g. "Transportation and storage"
 */
public record SicSection(String code, String title) {}
