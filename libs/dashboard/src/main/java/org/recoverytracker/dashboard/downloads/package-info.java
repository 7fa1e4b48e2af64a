/**
 * The CSV downloads behind the dashboard's tables ({@code /downloads/...}), read through the same
 * views as the page.
 */
package org.recoverytracker.dashboard.downloads;
