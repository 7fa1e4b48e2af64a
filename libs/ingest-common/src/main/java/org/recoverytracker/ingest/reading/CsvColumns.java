package org.recoverytracker.ingest.reading;

import tools.jackson.databind.node.ObjectNode;

/**
 * The mapping between CSV columns and JSON fields: flat but for the event's organisation, whose
 * fields get its name as a prefix ({@code employer.name} ↔ {@code employerName}).
 */
final class CsvColumns {

    private final String organisationField;

    CsvColumns(String organisationField) {
        this.organisationField = organisationField;
    }

    /** Sets the field a column holds on an event's JSON object. */
    void put(ObjectNode event, String column, String value) {
        if (isOrganisationColumn(column)) {
            final String field = decapitalise(column.substring(organisationField.length()));
            final ObjectNode organisation = event.get(organisationField) instanceof ObjectNode existing
                    ? existing
                    : event.putObject(organisationField);
            organisation.put(field, value);
        } else {
            event.put(column, value);
        }
    }

    /**
     * The column that holds a JSON field. A missing organisation is reported at its name column,
     * the one a CSV needs to give.
     */
    String columnOf(String jsonPath) {
        if (jsonPath.equals(organisationField)) {
            return organisationField + "Name";
        }
        final String prefix = organisationField + ".";
        return jsonPath.startsWith(prefix)
                ? organisationField + capitalise(jsonPath.substring(prefix.length()))
                : jsonPath;
    }

    private boolean isOrganisationColumn(String column) {
        return column.length() > organisationField.length()
                && column.startsWith(organisationField)
                && Character.isUpperCase(column.charAt(organisationField.length()));
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
