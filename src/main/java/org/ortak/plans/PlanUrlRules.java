package org.ortak.plans;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/** Anyone reads plans past their draft; the service decides the rest. */
@Component
class PlanUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/plans/new", "/plans/*/edit", "/plans/*/items/new", "/plans/*/items/*/edit")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/plans", "/plans/*", "/plans/*/items/*", "/api/v1/plans",
					"/api/v1/plans/*", "/api/v1/plans/*/items", "/api/v1/plans/*/items/*", "/plans/*/report.pdf",
					"/plans/*/report.xlsx", "/api/v1/plans/*/report", "/api/v1/plans/*/items/*/adoptions")
			.permitAll();
	}

}
