/**
 * What the dashboard needs of the views, as an interface the hosting service implements
 * ({@link org.recoverytracker.dashboard.views.RecoveryViews}) and plain records of figures that
 * the dashboard owns, so that the page depends on no service's classes.
 */
package org.recoverytracker.dashboard.views;
