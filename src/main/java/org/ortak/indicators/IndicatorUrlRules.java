package org.ortak.indicators;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * Anyone reads indicators, and the targets and approved values of what they may read; the
 * services decide the rest.
 */
@Component
class IndicatorUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/indicators/new", "/indicators/*/edit", "/indicators/targets/new")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/indicators", "/indicators/*", "/indicators/targets/*",
					"/api/v1/indicators", "/api/v1/indicators/*", "/api/v1/indicators/*/targets",
					"/api/v1/indicators/*/targets/*", "/api/v1/indicators/*/values")
			.permitAll();
	}

}
