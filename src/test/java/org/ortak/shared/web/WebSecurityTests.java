package org.ortak.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import org.ortak.OrtakTest;
import org.ortak.TestActors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Safe behind a TLS proxy and on the open internet: what the real server sends (cookies,
 * HSTS, Location headers) for a trusted proxy, an untrusted peer and a forged Host; CSRF
 * only from the form or the header; no session for visitors who only read; actuator.
 */
@OrtakTest
class WebSecurityTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	CsrfTokenRepository csrfTokens;

	/**
	 * Other tests' {@code csrf()} replaces the token repository of the shared context's
	 * filter with a session-held one for MockMvc; the real server is tested with Ortak's
	 * own.
	 */
	@BeforeEach
	void ortaksOwnCsrfTokens() {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(this.context.getServletContext()),
				this.csrfTokens);
	}

	@Test
	void httpsFromATrustedProxyGivesSecureCookiesAndHsts() throws Exception {
		Response page = send("127.0.0.1", "GET /login?lang=tr HTTP/1.1", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.9", "X-Forwarded-Port: 443");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Strict-Transport-Security")).isNotEmpty();
		assertThat(page.cookie("XSRF-TOKEN")).contains("; Secure").containsIgnoringCase("HttpOnly");
		assertThat(page.cookie("ortak-lang")).contains("; Secure");

		Response signedIn = send("127.0.0.1", "POST /login HTTP/1.1", "X-Forwarded-Proto: https",
				"Cookie: XSRF-TOKEN=" + page.cookieValue("XSRF-TOKEN"),
				"Content-Type: application/x-www-form-urlencoded",
				"BODY:username=admin&password=admin-test-password&_csrf=" + page.csrfField());
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.cookie("JSESSIONID")).contains("; Secure");
		assertThat(signedIn.header("Location")).containsExactly("/organizations");
	}

	@Test
	void forwardedHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
		Response page = send("::1", "GET /login?lang=pl HTTP/1.1", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.9");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Strict-Transport-Security")).isEmpty();
		assertThat(page.cookie("XSRF-TOKEN")).isNotEmpty().doesNotContain("Secure");
		assertThat(page.cookie("ortak-lang")).isNotEmpty().doesNotContain("Secure");
	}

	@Test
	void aForgedHostIsNeverReflected() throws Exception {
		Response redirect = send("127.0.0.1", "GET /organizations HTTP/1.1", "Host: evil.example");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).containsExactly("/login");
		Response signedOut = send("127.0.0.1", "GET /admin/users HTTP/1.1", "Host: evil.example",
				"X-Forwarded-Host: evil.example");
		assertThat(String.join(" ", signedOut.header("Location"))).doesNotContain("evil");
		Response apiDocs = send("127.0.0.1", "GET /v3/api-docs HTTP/1.1", "Host: evil.example",
				"X-Forwarded-Host: evil.example");
		assertThat(apiDocs.status()).isEqualTo(200);
		assertThat(apiDocs.body()).contains("\"url\":\"https://ortak.example.org\"").doesNotContain("evil");
	}

	@Test
	void anonymousReadersOpenNoSession() throws Exception {
		for (String path : List.of("/", "/login", "/organizations", "/password/forgot")) {
			Response response = send("127.0.0.1", "GET " + path + " HTTP/1.1");
			assertThat(response.cookie("JSESSIONID")).as(path).isEmpty();
		}
		for (String path : List.of("/", "/login")) {
			MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			assertThat(result.getRequest().getSession(false)).as(path).isNull();
		}
	}

	@Test
	void aCsrfTokenOnlyInTheQueryStringIsRefused() throws Exception {
		MvcResult page = this.mvc.perform(get("/login")).andReturn();
		Cookie cookie = page.getResponse().getCookie("XSRF-TOKEN");
		Matcher field = CSRF_FIELD.matcher(page.getResponse().getContentAsString());
		assertThat(field.find()).isTrue();
		String token = field.group(1);
		this.mvc
			.perform(post("/login?_csrf=" + token).cookie(cookie)
				.param("username", "admin")
				.param("password", "admin-test-password"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/login").cookie(cookie)
				.param("username", "admin")
				.param("password", "admin-test-password")
				.param("_csrf", token))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/organizations"));
	}

	@Test
	void healthProbesAreOpenAndTheRestOfActuatorIsForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/health")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/info").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	/**
	 * One request over a plain socket, so that Host and the peer's address are ours to
	 * choose.
	 */
	private Response send(String from, String requestLine, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append("\r\n");
		boolean host = false;
		String body = "";
		for (String header : headers) {
			if (header.startsWith("BODY:")) {
				body = header.substring(5);
				continue;
			}
			host |= header.regionMatches(true, 0, "Host:", 0, 5);
			request.append(header).append("\r\n");
		}
		if (!host) {
			request.append("Host: localhost:").append(this.port).append("\r\n");
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket(InetAddress.getByName(from), this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return Response.parse(all.toString(StandardCharsets.UTF_8));
		}
	}

	record Response(int status, List<String> lines, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			List<String> lines = List.of(raw.substring(0, end).split("\r\n"));
			return new Response(Integer.parseInt(lines.get(0).split(" ")[1]), lines, raw.substring(end + 4));
		}

		List<String> header(String name) {
			List<String> values = new ArrayList<>();
			for (String line : this.lines.subList(1, this.lines.size())) {
				int colon = line.indexOf(':');
				if (line.substring(0, colon).equalsIgnoreCase(name)) {
					values.add(line.substring(colon + 1).strip());
				}
			}
			return values;
		}

		String cookie(String name) {
			return header("Set-Cookie").stream()
				.filter((cookie) -> cookie.startsWith(name + "="))
				.findFirst()
				.orElse("");
		}

		String cookieValue(String name) {
			String cookie = cookie(name);
			return cookie.substring(name.length() + 1, cookie.indexOf(';'));
		}

		String csrfField() {
			Matcher field = CSRF_FIELD.matcher(this.body);
			assertThat(field.find()).isTrue();
			return java.net.URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return String.join("\n", this.lines).toLowerCase(Locale.ROOT);
		}

	}

}
