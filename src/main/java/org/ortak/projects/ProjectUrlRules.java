package org.ortak.projects;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/** Anyone reads projects past their draft; the service decides the rest. */
@Component
class ProjectUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/projects/new", "/projects/*/edit", "/adoptions/new")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/projects", "/projects/*", "/api/v1/projects", "/api/v1/projects/*",
					"/projects/*/report.pdf", "/projects/*/report.xlsx", "/api/v1/projects/*/report",
					"/api/v1/projects/*/adoptions", "/api/v1/projects/*/contributions")
			.permitAll();
	}

}
