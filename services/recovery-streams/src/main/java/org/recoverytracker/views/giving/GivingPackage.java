package org.recoverytracker.views.giving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.reference.DistrictCode;
import org.recoverytracker.reference.ReferenceData;

/**
 * A partner's grants as a 360Giving data package (standard 1.4): only grants whose recipient has a
 * company number, so that no person is ever named; how many are withheld is in the description.
 * The same grants as the standard's flattened CSV, with its column titles.
 *
 * <p>Choices: a grant's id is {@code 360G-RT-{partner}-{eventId}} (the partner has no 360Giving
 * prefix of its own here); the funder is the partner, named by its id; the recipient's id is
 * {@code GB-COH-} and its company number (org-id.guide); the beneficiary location is the district
 * the grant was posted for, with its ONS code and the standard's code type for it (none for Northern
 * Ireland's districts, which the codelist lacks); the amount is pounds and pence.
 */
public record GivingPackage(String partner, List<BusinessSupportEvent> published, int withheld, LocalDate issued) {

    /** The standard's columns, as its flattened CSV titles them, in order. */
    public static final List<CsvwMetadata.Column> CSV_COLUMNS = List.of(
            column("Identifier", "The grant's identifier: 360G-RT-, the partner and the event id."),
            column("Title", "The grant programme and the recipient."),
            column("Description", "What was granted, to whom, where, and who reported it."),
            column("Currency", "GBP."),
            new CsvwMetadata.Column("Amount Awarded", "Amount Awarded", "number", "In pounds."),
            new CsvwMetadata.Column("Award Date", "Award Date", "date", "When the grant was awarded."),
            column("Recipient Org:Identifier", "GB-COH- and the recipient's company number."),
            column("Recipient Org:Name", "The recipient's name."),
            column("Recipient Org:Company Number", "The recipient's Companies House number."),
            column("Funding Org:Identifier", "The partner that reported the grant."),
            column("Funding Org:Name", "The partner that reported the grant."),
            column("Beneficiary Location:Name", "The local authority district."),
            column("Beneficiary Location:Geographic Code", "The district's ONS GSS code."),
            column("Beneficiary Location:Geographic Code Type", "The standard's code type for the district."),
            column("Grant Programme:Title", "The programme the grant was awarded under."));

    private static final String OGL = CsvwMetadata.LICENCE;

    /** Splits a partner's grants into those that may be published and the number withheld. */
    public static GivingPackage of(String partner, List<BusinessSupportEvent> grants, LocalDate issued) {
        final List<BusinessSupportEvent> published = grants.stream()
                .filter(grant -> companyNumber(grant.getRecipient()) != null)
                .toList();
        return new GivingPackage(partner, published, grants.size() - published.size(), issued);
    }

    /** The package, as 360Giving JSON. */
    public Map<String, Object> json() {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "1.4");
        json.put("title", "Grants reported to Recovery Tracker by " + partner);
        json.put("description", description());
        json.put("issued", issued.toString());
        json.put("identifier", "recovery-tracker-360giving-" + partner);
        json.put("publisher", Map.of("name", "Recovery Tracker"));
        json.put("license", OGL);
        json.put("grants", published.stream().map(this::grant).toList());
        return json;
    }

    /** The same grants as the standard's flattened CSV: a header of the columns' titles, then a row per grant. */
    public List<List<String>> csvRows() {
        final List<List<String>> rows = new ArrayList<>();
        rows.add(CSV_COLUMNS.stream().map(CsvwMetadata.Column::name).toList());
        for (BusinessSupportEvent grant : published) {
            final String number = companyNumber(grant.getRecipient());
            final Location location = location(grant.getPlace());
            rows.add(List.of(
                    id(grant),
                    title(grant),
                    grantDescription(grant),
                    "GBP",
                    pounds(grant).toPlainString(),
                    grant.getOccurredOn().toString(),
                    "GB-COH-" + number,
                    grant.getRecipient().getName(),
                    number,
                    funderId(),
                    partner,
                    location.name(),
                    location.code(),
                    location.type() == null ? "" : location.type(),
                    grant.getProgramme()));
        }
        return rows;
    }

    /** The package's description, with the number of grants withheld. */
    public String description() {
        return "Business support grants that " + partner + " reported to Recovery Tracker and that count today: "
                + published.size() + " to registered companies. " + withheld
                + " more are withheld because their recipient has no company number: grants to people, and to"
                + " organisations that can't be identified by a company number, are never published.";
    }

    private Map<String, Object> grant(BusinessSupportEvent grant) {
        final String number = companyNumber(grant.getRecipient());
        final Location location = location(grant.getPlace());
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(grant));
        json.put("title", title(grant));
        json.put("description", grantDescription(grant));
        json.put("currency", "GBP");
        json.put("amountAwarded", pounds(grant));
        json.put("awardDate", grant.getOccurredOn().toString());
        json.put(
                "recipientOrganization",
                List.of(Map.of(
                        "id", "GB-COH-" + number, "name", grant.getRecipient().getName(), "companyNumber", number)));
        json.put("fundingOrganization", List.of(Map.of("id", funderId(), "name", partner)));
        final Map<String, Object> where = new LinkedHashMap<>();
        where.put("name", location.name());
        where.put("geoCode", location.code());
        where.put("geoCodeType", location.type());
        json.put("beneficiaryLocation", List.of(where));
        json.put("grantProgramme", List.of(Map.of("title", grant.getProgramme())));
        return json;
    }

    private String id(BusinessSupportEvent grant) {
        return "360G-RT-" + partner + "-" + grant.getEventId();
    }

    private String funderId() {
        return "XI-RT-" + partner;
    }

    private static String title(BusinessSupportEvent grant) {
        return grant.getProgramme() + ": " + grant.getRecipient().getName();
    }

    private String grantDescription(BusinessSupportEvent grant) {
        return "A grant of £" + pounds(grant).toPlainString() + " under " + grant.getProgramme() + " to "
                + grant.getRecipient().getName() + " in "
                + location(grant.getPlace()).name() + ", reported by "
                + partner + ".";
    }

    private static BigDecimal pounds(BusinessSupportEvent grant) {
        return BigDecimal.valueOf(grant.getAmountPence(), 2);
    }

    private static String companyNumber(Organisation organisation) {
        final String number = organisation == null ? null : organisation.getCompanyNumber();
        return number == null || number.isBlank() ? null : number;
    }

    /** A district, its name, and the standard's code type for it (null where the codelist has none). */
    private record Location(String code, String name, String type) {}

    private static Location location(String code) {
        final String name = ReferenceData.uk()
                .districtHistory()
                .code(code)
                .map(DistrictCode::name)
                .orElse(code);
        final String type = switch (code.substring(0, 3)) {
            case "E09" -> "LONB";
            case "E08" -> "MD";
            case "E07" -> "NMD";
            case "E06", "W06" -> "UA";
            case "S12" -> "CA";
            default -> null;
        };
        return new Location(code, name, type);
    }

    private static CsvwMetadata.Column column(String title, String description) {
        return new CsvwMetadata.Column(title, title, "string", description);
    }
}
