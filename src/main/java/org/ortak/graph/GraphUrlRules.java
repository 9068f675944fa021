package org.ortak.graph;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * The graph for who is signed in (the page and its data) or holds a token (the API); an
 * organization's partners, as anyone may see them, for its public page.
 */
@Component
class GraphUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/graph/partners/*")
			.permitAll()
			.requestMatchers("/graph", "/graph.json", "/api/v1/graph", "/api/v1/graph/**")
			.authenticated();
	}

}
