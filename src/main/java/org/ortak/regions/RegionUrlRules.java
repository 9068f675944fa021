package org.ortak.regions;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.UrlRules;

/**
 * Only admins open the pages that create or edit a region; the service checks the posts.
 * Anyone may look places up.
 */
@Component
class RegionUrlRules implements UrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/regions/new", "/regions/*/edit")
			.hasRole("ADMIN")
			// places are public: the public directory's region filter asks for them too
			.requestMatchers(HttpMethod.GET, "/regions/choices")
			.permitAll();
	}

}
