/**
 * Who the partners are and where each may write: {@link org.recoverytracker.partners.PartnerRegistry}
 * built from the {@code recovery.partners} configuration.
 */
package org.recoverytracker.partners;
