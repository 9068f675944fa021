package org.ortak.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules for the pages' security chain, applied before the rule that
 * every other page needs a signed-in user. Each module declares one as a package-private
 * {@code @Component} for its own paths.
 */
public interface UrlRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
