/**
 * The dashboard page served at {@code /}: what a council officer sees, in GOV.UK Frontend style.
 *
 * <p>Every figure on the page is read in process through
 * {@link org.recoverytracker.dashboard.views.RecoveryViews}, which the hosting service implements
 * on its own views, and written as text by {@link org.recoverytracker.dashboard.page.FigureFormat}
 * alone. The server renders complete tables (the page works without JavaScript);
 * {@code META-INF/resources/dashboard/dashboard.js} adds the searchable place chooser, the weekly chart and
 * live updates, by asking for the page's live blocks again (rendered by the same Thymeleaf
 * fragments) and swapping in those that changed.
 */
package org.recoverytracker.dashboard.page;
