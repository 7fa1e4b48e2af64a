/**
 * The dashboard page served at {@code /}: what a council officer sees, in GOV.UK Frontend style.
 *
 * <p>Every figure on the page comes from this service's own public Views API, fetched over
 * loopback HTTP ({@link org.recoverytracker.views.page.ViewsApiClient}), so the page shows exactly
 * what the API answers and works with any number of instances: routing a place to the instance
 * that owns it is the API's job, not the page's. The server renders complete tables (the page
 * works without JavaScript); {@code static/dashboard/dashboard.js} adds the searchable place
 * chooser, the weekly charts and live updates by polling the same JSON API. The CSV downloads
 * ({@link org.recoverytracker.views.page.DownloadsController}) are built from the same API too.
 */
package org.recoverytracker.views.page;
