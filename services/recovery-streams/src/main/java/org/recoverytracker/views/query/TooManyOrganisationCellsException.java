package org.recoverytracker.views.query;

/**
 * An instance holds more organisation contributions than a release may be cut from: answered, like
 * every view that can't be given now, with a 503.
 */
public class TooManyOrganisationCellsException extends ViewsUnavailableException {

    private static final long serialVersionUID = 1L;

    public TooManyOrganisationCellsException(int limit) {
        super("The open views can't be released: an instance holds more than " + limit
                + " organisation contributions (recovery.open.max-organisation-cells).");
    }
}
