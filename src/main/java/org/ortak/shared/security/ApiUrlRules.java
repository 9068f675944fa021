package org.ortak.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules for the API's security chain (what anyone may call without a
 * token), applied before the rule that every other call needs one. The module's services
 * still decide what each caller may read or change.
 */
public interface ApiUrlRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
