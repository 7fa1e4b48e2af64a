package org.recoverytracker.dashboard.downloads;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every download answers, whichever service serves it: a CSV attachment that links its CSV on
 * the Web description, the description itself, and a short plain-text problem (a 503 with
 * {@code Retry-After} while the figures move) rather than an empty or broken file.
 */
public final class DownloadResponses {

    /** RFC 4180 CSV, as Excel and LibreOffice read it. */
    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** What a CSV on the Web description is served as. */
    public static final MediaType CSVM_JSON = new MediaType("application", "csvm+json", StandardCharsets.UTF_8);

    private static final String RETRY_AFTER_SECONDS = "2";

    private DownloadResponses() {}

    /**
     * A CSV file as an attachment, linking its description beside it.
     *
     * @param path where the file is served, which its description's address is made from
     */
    public static ResponseEntity<String> csv(String path, String filename, List<List<String>> rows) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.LINK, CsvwMetadata.link(path))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(write(rows));
    }

    /** A file's CSV on the Web description. */
    public static ResponseEntity<Map<String, Object>> description(Map<String, Object> metadata) {
        return ResponseEntity.ok().contentType(CSVM_JSON).body(metadata);
    }

    /** The figures can't be read just now: a 503 asking to try again. */
    public static ResponseEntity<String> unavailable() {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE, "The figures are being moved between servers. Try again in a moment.");
    }

    /** A problem in plain words, as plain text. */
    static ResponseEntity<String> problem(HttpStatus status, String detail) {
        final ResponseEntity.BodyBuilder response =
                ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(detail + "\n");
    }

    /** RFC 4180: quoted where needed by commons-csv, each record ended by CRLF. */
    private static String write(List<List<String>> rows) {
        return rows.stream()
                .map(row -> CSVFormat.RFC4180.format(row.toArray()))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }
}
