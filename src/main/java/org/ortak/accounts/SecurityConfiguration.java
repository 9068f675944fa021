package org.ortak.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import org.ortak.shared.security.ApiUrlRules;
import org.ortak.shared.security.UrlRules;

/**
 * Two ways in. Programs call {@code /api/**} with a bearer token, statelessly and without
 * CSRF (no cookie is trusted there). People sign in with the form; every page's form
 * carries a CSRF token, kept in a cookie so that a visitor who only reads opens no
 * session. Each module contributes the URL rules of its own pages; what each may read or
 * change is then decided by the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The security headers written before the request is handled, not after: a streamed
	 * download (an async request) commits its response on another thread, and headers
	 * written by two threads at once corrupt each other.
	 */
	private static final ObjectPostProcessor<HeaderWriterFilter> EAGER_HEADERS = new ObjectPostProcessor<>() {
		@Override
		public <O extends HeaderWriterFilter> O postProcess(O filter) {
			filter.setShouldWriteHeadersEagerly(true);
			return filter;
		}
	};

	/**
	 * Pages load scripts only from Ortak itself: an injected script has nowhere to run.
	 * Images come from Ortak and from the map's tile server alone.
	 */
	static String contentSecurityPolicy(String tileUrl) {
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
				+ tileHost(tileUrl) + "; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
				+ "base-uri 'self'; object-src 'none'";
	}

	/**
	 * The tile server's origin as a CSP source ({@code {s}} subdomains as a wildcard), or
	 * nothing when there is none or it is not a plain http(s) address.
	 */
	static String tileHost(String tileUrl) {
		Matcher origin = TILE_ORIGIN.matcher((tileUrl != null) ? tileUrl.strip() : "");
		if (!origin.lookingAt()) {
			return "";
		}
		return " " + origin.group(1) + "://" + origin.group(2).replace("{s}", "*")
				+ Objects.toString(origin.group(3), "");
	}

	private static final Pattern TILE_ORIGIN = Pattern
		.compile("(https?)://((?:\\{s\\}\\.)?[A-Za-z0-9.-]+)(:\\d{1,5})?(?=[/?]|$)");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** CSRF tokens in a cookie, so that a visitor who only reads opens no session. */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new CookieCsrfTokenRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Accounts accounts, Throttle throttle, SecurityProblems problems,
			Clock clock, List<ApiUrlRules> apiUrlRules) throws Exception {
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> {
			// the public directory's API is the one part anyone reads
			requests.requestMatchers(HttpMethod.GET, "/api/v1/public/**")
				.permitAll()
				// anyone subscribes; the address itself confirms
				.requestMatchers(HttpMethod.POST, "/api/v1/subscriptions")
				.permitAll()
				// a streamed file finishes in an async dispatch of a request already
				// authorized; the token is not read again there
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll();
			apiUrlRules.forEach((rules) -> rules.apply(requests));
			requests.anyRequest().authenticated();
		})
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(accounts, throttle, problems, clock),
					AnonymousAuthenticationFilter.class)
			.headers((headers) -> {
				headers.addObjectPostProcessor(EAGER_HEADERS);
				headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
			})
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.unauthenticated(request, response))
				.accessDeniedHandler((request, response, ex) -> problems.forbidden(request, response)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, UserRepository users, List<UrlRules> urlRules,
			CsrfTokenRepository csrfTokens, @Value("${ortak.map.tile-url:}") String tileUrl) throws Exception {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		// a relative Location: a forged Host header is never sent back
		signIn.setFavorRelativeUris(true);
		http.authorizeHttpRequests((requests) -> {
			urlRules.forEach((rules) -> rules.apply(requests));
			requests.anyRequest().authenticated();
		})
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/organizations")
				.failureHandler(signInFailed())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new QueryStringFreeCsrf()))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.exceptionHandling((exceptions) -> exceptions
				// htmx asks for a piece of a page: a sign-in page is no piece of it, so
				// htmx is told to load the sign-in page whole
				.defaultAuthenticationEntryPointFor((request, response, ex) -> {
					response.setHeader("HX-Redirect", request.getContextPath() + "/login");
					response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				}, (request) -> "true".equals(request.getHeader("HX-Request")))
				.defaultAuthenticationEntryPointFor(signIn, AnyRequestMatcher.INSTANCE))
			.addFilterBefore(new FreshActorFilter(users), AuthorizationFilter.class)
			.headers((headers) -> {
				headers.addObjectPostProcessor(EAGER_HEADERS);
				headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
					.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
			});
		return http.build();
	}

	/**
	 * Back to the sign-in page, without a session: with when to try again if a lock
	 * holds, saying nothing of whether the user exists.
	 */
	private static AuthenticationFailureHandler signInFailed() {
		DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
		return (request, response, ex) -> redirects.sendRedirect(request, response, (ex instanceof SignInLocked locked)
				? "/login?locked=" + locked.until().getEpochSecond() : "/login?error");
	}

}
