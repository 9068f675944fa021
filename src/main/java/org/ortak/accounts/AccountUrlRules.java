package org.ortak.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.UrlRules;

/**
 * The sign-in and password reset pages are open; the admin's pages are for admins.
 */
@Component
class AccountUrlRules implements UrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/login", "/password/forgot", "/password/reset")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN");
	}

}
