package org.ortak.accounts;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and how clients sign their calls: a personal API token as
 * a bearer token, which Swagger UI's "Authorize" button takes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String TOKEN = "apiToken";

	/**
	 * The API's address from {@code ortak.base-url}, never from a request's Host header.
	 */
	@Bean
	OpenAPI ortakApi(@Value("${ortak.base-url}") String baseUrl) {
		return new OpenAPI().servers(List.of(new Server().url(baseUrl)))
			.info(new Info().title("Ortak API")
				.version("v1")
				.description("The register of a region's cooperatives, social-economy and civil-society "
						+ "organizations. Errors are RFC 9457 problems in the language of Accept-Language.")
				.license(new License().name("Open source")))
			.components(new Components().addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token, issued by an administrator on the user's page")))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN));
	}

}
