package org.recoverytracker.referenceservice.writing;

/**
 * The answer to a PUT or DELETE: the record's id and what became of it.
 *
 * @param id the area's or baseline's id
 * @param status {@code accepted} or {@code removed}
 */
public record WriteStatus(String id, String status) {

    public static WriteStatus accepted(String id) {
        return new WriteStatus(id, "accepted");
    }

    public static WriteStatus removed(String id) {
        return new WriteStatus(id, "removed");
    }

    /** The answer to a batch: how many records were accepted (all of them, or the batch is refused). */
    public record Batch(int accepted) {}
}
