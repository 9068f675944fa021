package org.ortak.networks;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/** Anyone reads networks and their member organizations; the services decide the rest. */
@Component
class NetworkUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/networks/new")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/networks", "/networks/*", "/networks/of/*", "/networks/choices",
					"/api/v1/networks", "/api/v1/networks/*", "/api/v1/networks/*/members", "/api/v1/networks/of/*",
					"/api/v1/contributions", "/api/v1/contributions.xlsx", "/networks/*/contributions.xlsx",
					"/contributions/event/*", "/contributions/*/evidence", "/api/v1/contributions/*/evidence")
			.permitAll();
	}

}
