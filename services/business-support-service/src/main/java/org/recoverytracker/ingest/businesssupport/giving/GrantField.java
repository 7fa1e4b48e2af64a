package org.recoverytracker.ingest.businesssupport.giving;

/**
 * The fields of a 360Giving grant the import reads, named as a package names them: by JSON path,
 * or by the standard's CSV title, so that every problem points at what the publisher wrote.
 */
enum GrantField {
    ID("id", "Identifier"),
    TITLE("title", "Title"),
    CURRENCY("currency", "Currency"),
    AMOUNT_AWARDED("amountAwarded", "Amount Awarded"),
    AWARD_DATE("awardDate", "Award Date"),
    RECIPIENT_ORGANIZATION("recipientOrganization", "Recipient Org:Name"),
    RECIPIENT_NAME("recipientOrganization[0].name", "Recipient Org:Name"),
    RECIPIENT_COMPANY_NUMBER("recipientOrganization[0].companyNumber", "Recipient Org:Company Number"),
    BENEFICIARY_LOCATION("beneficiaryLocation", "Beneficiary Location"),
    GRANT_PROGRAMME("grantProgramme", "Grant Programme:Title"),
    CLASSIFICATIONS("classifications", "Classifications");

    private final String jsonPath;
    private final String csvTitle;

    GrantField(String jsonPath, String csvTitle) {
        this.jsonPath = jsonPath;
        this.csvTitle = csvTitle;
    }

    String nameIn(PackageFormat format) {
        return format == PackageFormat.CSV ? csvTitle : jsonPath;
    }

    /**
     * The grant field an event field comes from, so that a rule the event breaks (a name too long,
     * a date in the future) is reported at the field of the grant that has to change.
     */
    static String forEventField(String eventField, PackageFormat format) {
        final GrantField field = switch (eventField) {
            case "eventId" -> ID;
            case "place" -> BENEFICIARY_LOCATION;
            case "occurredOn" -> AWARD_DATE;
            case "sicCode", "sector" -> CLASSIFICATIONS;
            case "recipient", "recipient.name" -> RECIPIENT_NAME;
            case "recipient.companyNumber" -> RECIPIENT_COMPANY_NUMBER;
            case "programme" -> GRANT_PROGRAMME;
            case "amountPence" -> AMOUNT_AWARDED;
            default -> null;
        };
        return field == null ? eventField : field.nameIn(format);
    }
}
