package org.ortak.news;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * Anyone reads the published news, its feed and its API; writing is signed in.
 */
@Component
class NewsUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/news/new")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/news", "/news/feed.atom", "/news/*", "/news/about/*", "/news/of/*",
					"/api/v1/news", "/api/v1/news/*")
			.permitAll();
	}

}
