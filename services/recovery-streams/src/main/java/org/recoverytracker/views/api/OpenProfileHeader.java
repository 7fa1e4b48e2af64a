package org.recoverytracker.views.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.recoverytracker.disclosure.Sdc1;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * States the disclosure control profile of every answer of the open views and downloads, problems
 * included ({@value #NAME}: {@value Sdc1#PROFILE}). The 360Giving export is not under it: it
 * publishes grants to registered companies as they are, the one exception the profile allows.
 */
@Configuration(proxyBeanMethods = false)
class OpenProfileHeader implements WebMvcConfigurer {

    static final String NAME = "X-SDC-Profile";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader(NAME, Sdc1.PROFILE);
                        return true;
                    }
                })
                .addPathPatterns("/open/**")
                .excludePathPatterns("/open/v1/360giving/**");
    }
}
