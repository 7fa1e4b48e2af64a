package org.recoverytracker.rules;

/**
 * One broken rule.
 *
 * @param field the field as the JSON API names it, e.g. {@code employer.name}
 * @param message what is wrong and what would be right, for the partner's developer
 */
public record Violation(String field, String message) {}
