package org.recoverytracker.views.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The Views API's description: its title, and the licence its figures are published under. */
@Component
class ViewsOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info()
                .title("Recovery Tracker Views API")
                .version("v1")
                .description("Live sector-recovery figures per place, region, area and the UK, from the job losses, "
                        + "business support and green projects that councils and their partners report; the same "
                        + "figures as CSV downloads, each described in CSV on the Web; the data dictionary and a DCAT "
                        + "catalogue of the datasets.")
                .license(new License().name("Open Government Licence v3.0").url(CsvwMetadata.LICENCE)));
    }
}
