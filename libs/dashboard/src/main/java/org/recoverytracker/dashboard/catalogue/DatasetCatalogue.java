package org.recoverytracker.dashboard.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;

/**
 * The published datasets as a DCAT catalogue in JSON-LD: the UK, every region, every place with
 * live events and every public area, each by sector and week by week, the list of places, and the
 * data dictionary; each with its JSON (the Views API) and CSV (the downloads, described by their
 * CSV on the Web sidecars) distributions, and the figures' datasets also with those of their open
 * figures (the releases of the open views, made safe to publish). The context is inline, so that a reader needs nothing
 * but the document to expand it.
 */
final class DatasetCatalogue {

    private static final Map<String, Object> CONTEXT = Map.of(
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "csvw", "http://www.w3.org/ns/csvw#");

    private final String base;
    private final List<Map<String, Object>> datasets = new ArrayList<>();

    /** @param base where the service is, such as {@code https://recovery.example.gov.uk}, without a trailing slash */
    DatasetCatalogue(String base) {
        this.base = base;
    }

    /** The catalogue of what can be read now: places with live events and public areas are read from the views. */
    static Map<String, Object> of(String base, List<PlaceFigures> places, List<PublicArea> areas) {
        final DatasetCatalogue catalogue = new DatasetCatalogue(base);
        catalogue.area("uk", AreaFigures.UK_NAME, "/v1/uk", "/downloads/uk");
        for (Region region : ReferenceData.uk().regions()) {
            catalogue.scoped("regions", region.code(), region.name());
        }
        catalogue.dataset(
                "places",
                "Every place with figures",
                "Every UK local authority district with live events, with its figures.",
                "/v1/places",
                "/downloads/places.csv",
                true);
        for (PlaceFigures place : places) {
            catalogue.scoped("places", place.code(), place.name());
        }
        for (PublicArea area : areas) {
            catalogue.scoped("areas", area.areaId(), area.name());
        }
        catalogue.dataset(
                "dictionary",
                "Data dictionary",
                "Every field of the records partners send and every figure the views answer, with its meaning, type "
                        + "and constraints.",
                "/v1/dictionary",
                "/downloads/dictionary.csv",
                false);
        return catalogue.document();
    }

    /** A region's, place's or area's datasets, at the Views API's and the downloads' paths of its scope. */
    private void scoped(String scope, String code, String name) {
        area(scope + "/" + code, name, "/v1/" + scope + "/" + code, "/downloads/" + scope + "/" + code);
    }

    /** An area's two datasets: by sector, and week by week. */
    private void area(String id, String name, String api, String downloads) {
        dataset(
                id,
                name + " by sector",
                "Jobs lost and at risk, jobs safeguarded and created, and the money awarded, in " + name
                        + ", in total and by SIC 2007 section, from the events councils and their partners report.",
                api,
                downloads + ".csv",
                true);
        dataset(
                id + "/weekly",
                name + " week by week",
                "The same figures of " + name + " by ISO week, each week marked provisional while partners may still "
                        + "change it.",
                api + "/weekly",
                downloads + "/weekly.csv",
                true);
    }

    /**
     * A dataset with its JSON and CSV distributions, and, for figures, the same figures made safe to
     * publish (the open views and open downloads, {@code /open} before the same paths).
     */
    private void dataset(String id, String title, String description, String api, String csv, boolean withOpen) {
        final Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", base + "/catalog.jsonld#" + id);
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:title", title);
        dataset.put("dct:description", description);
        dataset.put("dct:license", Map.of("@id", CsvwMetadata.LICENCE));
        final List<Map<String, Object>> distributions = new ArrayList<>(distributions(title, api, csv, ""));
        if (withOpen) {
            distributions.addAll(distributions(title, "/open" + api, "/open" + csv, ", open figures"));
        }
        dataset.put("dcat:distribution", distributions);
        datasets.add(dataset);
    }

    /** A JSON and a CSV distribution (with its CSV on the Web description) of one dataset. */
    private List<Map<String, Object>> distributions(String title, String api, String csv, String variant) {
        return List.of(
                Map.of(
                        "@type",
                        "dcat:Distribution",
                        "dct:title",
                        title + " (JSON" + variant + ")",
                        "dcat:accessURL",
                        Map.of("@id", base + api),
                        "dcat:mediaType",
                        "application/json"),
                Map.of(
                        "@type",
                        "dcat:Distribution",
                        "dct:title",
                        title + " (CSV" + variant + ")",
                        "dcat:downloadURL",
                        Map.of("@id", base + csv),
                        "dcat:mediaType",
                        "text/csv",
                        "dct:conformsTo",
                        Map.of("@id", "http://www.w3.org/ns/csvw"),
                        "foaf:page",
                        Map.of("@id", base + csv + CsvwMetadata.SUFFIX)));
    }

    private Map<String, Object> document() {
        final Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", CONTEXT);
        catalogue.put("@id", base + "/catalog.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "Recovery Tracker");
        catalogue.put(
                "dct:description",
                "How UK local economies are recovering, per place and per sector, from the job losses, business "
                        + "support and green projects that councils and their partners report.");
        catalogue.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", "Recovery Tracker"));
        catalogue.put("dct:license", Map.of("@id", CsvwMetadata.LICENCE));
        catalogue.put("dcat:dataset", List.copyOf(datasets));
        return catalogue;
    }
}
