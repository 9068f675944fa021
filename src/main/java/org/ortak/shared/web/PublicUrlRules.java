package org.ortak.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.UrlRules;

/**
 * What everyone may read: the home page, static files, the error page, the API's
 * description and the health probes an orchestrator asks. The rest of actuator is for
 * admins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicUrlRules implements UrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers("/", "/error", "/webjars/**", "/assets/**", "/favicon.ico", "/v3/api-docs",
					"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/liveness",
					"/actuator/health/readiness")
			.permitAll()
			.requestMatchers("/actuator", "/actuator/**")
			.hasRole("ADMIN");
	}

}
