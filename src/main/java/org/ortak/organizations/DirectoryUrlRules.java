package org.ortak.organizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.UrlRules;

/**
 * Anyone reads the public directory's pages; the rest of the register stays signed in.
 */
@Component
class DirectoryUrlRules implements UrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/directory", "/directory/*", "/map", "/open-data/*", "/figures",
					"/figures/*")
			.permitAll()
			// an organization's own entry through its private link; anyone's suggestion
			.requestMatchers("/entry/*", "/entry/*/confirm")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/directory/*/corrections")
			.permitAll()
			// subscribing to changes, confirming, leaving; the change feed
			.requestMatchers("/subscriptions/new", "/subscriptions/confirm", "/subscriptions/unsubscribe",
					"/feeds/changes.atom")
			.permitAll();
	}

}
