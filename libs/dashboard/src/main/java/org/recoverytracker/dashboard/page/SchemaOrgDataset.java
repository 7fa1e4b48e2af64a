package org.recoverytracker.dashboard.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures a page shows, described as a schema.org {@code Dataset} in JSON-LD, so that search
 * engines and dataset search list them with their licence and downloads. A data block the browser
 * does not run: the page's Content Security Policy, which forbids inline scripts, does not apply.
 */
final class SchemaOrgDataset {

    private SchemaOrgDataset() {}

    /** The JSON-LD of an area's figures, safe inside a {@code <script>} element. */
    static String of(JsonMapper json, String name, DashboardPage.Links links) {
        final String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        final Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", "https://schema.org");
        dataset.put("@type", "Dataset");
        dataset.put("name", "Economic recovery in " + name);
        dataset.put(
                "description",
                "Jobs lost and at risk, jobs safeguarded and created, and the money awarded to help, in " + name
                        + ", in total, by sector and week by week, from the events that councils and their partners "
                        + "report.");
        dataset.put("license", CsvwMetadata.LICENCE);
        dataset.put("isAccessibleForFree", true);
        dataset.put("creator", Map.of("@type", "Organization", "name", "Recovery Tracker"));
        dataset.put("spatialCoverage", name);
        dataset.put(
                "distribution",
                List.of(
                        download("text/csv", base + links.csv()),
                        download("text/csv", base + links.weeklyCsv()),
                        download("application/json", base + links.json()),
                        download("application/json", base + links.weeklyJson())));
        // "</" would end the script element early; JSON allows "<\/" for it.
        return json.writeValueAsString(dataset).replace("</", "<\\/");
    }

    private static Map<String, Object> download(String format, String url) {
        return Map.of("@type", "DataDownload", "encodingFormat", format, "contentUrl", url);
    }
}
