package org.recoverytracker.ingest.businesssupport.giving;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An import refused because of grants it can't take: nothing of it was published. Rendered as the
 * ingest API's 422 or 403 problem details are, each error naming the grant by index and id.
 */
final class GrantsRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final transient List<GrantProblem> problems;
    private final int grantCount;

    private GrantsRefusedException(HttpStatus status, String detail, List<GrantProblem> problems, int grantCount) {
        super(detail);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.grantCount = grantCount;
    }

    /** 422: grants that can't be imported, for any reason. */
    static GrantsRefusedException invalid(List<GrantProblem> problems, long badGrants, int grants) {
        return new GrantsRefusedException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                badGrants + " of " + grants + " grants can't be imported; nothing was published. See errors for what"
                        + " to fix, or import the others with ?skipInvalid=true.",
                problems,
                grants);
    }

    /** 403: the only grants that can't be imported are for places the partner may not write for. */
    static GrantsRefusedException forbidden(List<GrantProblem> problems, long badGrants, int grants, String partner) {
        return new GrantsRefusedException(
                HttpStatus.FORBIDDEN,
                badGrants + " of " + grants + " grants are for places partner '" + partner
                        + "' may not write for; nothing was published.",
                problems,
                grants);
    }

    HttpStatus status() {
        return status;
    }

    List<GrantProblem> problems() {
        return problems;
    }

    /** How many grants the refused import carried, none of which was published. */
    int grantCount() {
        return grantCount;
    }
}
