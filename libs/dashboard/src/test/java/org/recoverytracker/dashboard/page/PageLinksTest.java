package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

class PageLinksTest extends HounslowLive {

    @Autowired
    private ApplicationContext context;

    /** Spring Boot's own registration of the filter, enabled, would replace this one if it were missing. */
    @Test
    void writesItsLinksWithoutLookingEachUpAmongTheStaticFiles() {
        final ObjectProvider<FilterRegistrationBean<ResourceUrlEncodingFilter>> registrations = context.getBeanProvider(
                ResolvableType.forClassWithGenerics(FilterRegistrationBean.class, ResourceUrlEncodingFilter.class));
        final List<FilterRegistrationBean<ResourceUrlEncodingFilter>> all =
                registrations.stream().toList();

        assertThat(all)
                .singleElement()
                .satisfies(registration -> assertThat(registration.isEnabled()).isFalse());
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }
}
