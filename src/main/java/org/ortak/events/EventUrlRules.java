package org.ortak.events;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * Anyone reads the calendar, public events and series, registers on a public event's form
 * and follows their private link; the services decide the rest.
 */
@Component
class EventUrlRules implements UrlRules, ApiUrlRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// forms for planning need a signed-in user, not the rule for reading below
		requests.requestMatchers("/events/new", "/series/new")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/events", "/events/calendar.ics", "/events/*", "/events/*/event.ics",
					"/events/of/*", "/events/*/registered", "/events/*/programme.pdf", "/events/*/photos", "/photos/*",
					"/photos/*/thumbnail", "/api/v1/events/*/photos", "/api/v1/photos/*", "/api/v1/photos/*/thumbnail",
					"/series/*", "/r/*", "/r/*/event.ics", "/r/*/qr.svg", "/r/*/certificate.pdf", "/i/*",
					"/i/*/registered", "/api/v1/events/*/programme.pdf", "/api/v1/events", "/api/v1/events/*",
					"/api/v1/events/*/adoptions", "/api/v1/events/*/agenda", "/api/v1/series", "/api/v1/series/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/events/*/register", "/r/*/cancel", "/i/*", "/i/*/decline")
			.permitAll();
	}

}
