package org.ortak.agreements;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * Anyone reads public agreements and their obligations; the services decide the rest
 * (documents, non-public agreements, every change).
 */
@Component
class AgreementUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/agreements/new", "/agreements/*/edit")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/agreements", "/agreements/obligations", "/agreements/*",
					"/agreements/of/*", "/agreements/of-network/*", "/agreements/*/documents/*", "/api/v1/agreements",
					"/api/v1/agreements/obligations", "/api/v1/agreements/*", "/api/v1/agreements/*/documents/*")
			.permitAll();
	}

}
