package org.recoverytracker.ingest.businesssupport.giving;

import org.recoverytracker.ingest.problems.RejectedRequestException;

/** The refusal of a package with more grants than one request may carry. */
final class PackageLimits {

    private PackageLimits() {}

    static RejectedRequestException tooManyGrants(int count, int maxGrants) {
        return RejectedRequestException.tooLarge(
                "The package has more than " + maxGrants + " grants, the limit per request. Nothing was published;"
                        + " split it into smaller packages.",
                count);
    }
}
