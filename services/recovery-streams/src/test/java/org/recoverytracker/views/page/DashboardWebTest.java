package org.recoverytracker.views.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The dashboard's web layer alone — its controllers, templates, static files and WebJars, and its
 * client of the Views API — without Kafka Streams or the API's own controllers, which the tests
 * replace with a {@link FakeViewsApi} at the HTTP boundary.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(controllers = {DashboardController.class, DownloadsController.class})
@Import({ViewsApiClient.class, PlaceChooser.class})
@ImportAutoConfiguration(RestClientAutoConfiguration.class)
@interface DashboardWebTest {
}
