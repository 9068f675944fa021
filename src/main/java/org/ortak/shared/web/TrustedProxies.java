package org.ortak.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Behind a TLS proxy: only the proxies of {@code ortak.trusted-proxies} (addresses or
 * CIDR ranges, none by default) are believed when they say, in {@code X-Forwarded-For},
 * {@code -Proto} and {@code -Port}, who the client is and that it came over HTTPS. Done
 * in Tomcat, so that its own session cookie, {@code isSecure()}, the scheme and the
 * remote address are right for everything after. Anyone else's forwarding headers are
 * removed.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesValve(
			@Value("${ortak.trusted-proxies:}") String proxies) {
		List<String> ranges = Arrays.stream(proxies.split(","))
			.map(String::strip)
			.filter((range) -> !range.isEmpty())
			.map((range) -> range.contains("/") ? range : range + (range.contains(":") ? "/128" : "/32"))
			.toList();
		return (factory) -> factory.addEngineValves(new ForwardedHeadersValve(ranges));
	}

	/**
	 * Tomcat's {@link RemoteIpValve} (which reads CIDR ranges) for trusted peers; for the
	 * others, the same headers taken away.
	 */
	static class ForwardedHeadersValve extends RemoteIpValve {

		static final List<String> HEADERS = List.of("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Port",
				"X-Forwarded-Host", "X-Forwarded-Prefix", "Forwarded");

		private final List<IpAddressMatcher> trusted;

		ForwardedHeadersValve(List<String> ranges) {
			this.trusted = ranges.stream().map(IpAddressMatcher::new).toList();
			setRemoteIpHeader("X-Forwarded-For");
			setProtocolHeader("X-Forwarded-Proto");
			setProtocolHeaderHttpsValue("https");
			setPortHeader("X-Forwarded-Port");
			setInternalProxies(ranges.stream().collect(Collectors.joining(",")));
			setTrustedProxies(null);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (isTrusted(request.getRemoteAddr())) {
				super.invoke(request, response);
				return;
			}
			HEADERS.forEach((header) -> request.getCoyoteRequest().getMimeHeaders().removeHeader(header));
			getNext().invoke(request, response);
		}

		private boolean isTrusted(String address) {
			return this.trusted.stream().anyMatch((range) -> range.matches(address));
		}

	}

}
