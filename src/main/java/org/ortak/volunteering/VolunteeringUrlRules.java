package org.ortak.volunteering;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * Anyone reads opportunities and the totals and signs up; a volunteer's own link opens
 * their record; the services decide the rest.
 */
@Component
class VolunteeringUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/volunteering/new", "/volunteering/*/edit")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/volunteering", "/volunteering/*", "/v/*", "/v/*/record.pdf",
					"/api/v1/volunteering", "/api/v1/volunteering/totals", "/api/v1/volunteering/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/volunteering/*/signup", "/v/*/hours", "/v/*/signups/*/withdraw",
					"/api/v1/volunteering/*/signups")
			.permitAll();
	}

}
