package org.recoverytracker.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/**
 * The dashboard's web layer — its controllers, templates, static files and WebJars — as a
 * service hosts it ({@link DashboardTestApplication}), reading views held in memory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
public @interface DashboardWebTest {}
