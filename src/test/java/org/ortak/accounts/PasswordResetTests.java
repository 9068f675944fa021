package org.ortak.accounts;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A forgotten password, reset with a link from a real mail (GreenMail is the SMTP server
 * of the test profile), once and only once, and not after it expires.
 */
@OrtakTest
class PasswordResetTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"));

	private static final Pattern LINK = Pattern
		.compile("https://ortak\\.example\\.org(/password/reset\\?token=[\\w-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLinkFromTheMailSetsANewPasswordOnceAndEndsOtherSessions() throws Exception {
		UserView user = user("aysel", "aysel@example.org", "quba-xalca-2026");
		MockHttpSession open = (MockHttpSession) this.mvc
			.perform(formLogin().user(user.username()).password("quba-xalca-2026"))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();

		this.mvc
			.perform(post("/password/forgot").with(csrf())
				.with(SignInProtectionTests.from(SignInProtectionTests.address()))
				.header("Accept-Language", "az")
				.param("name", user.username().toUpperCase(java.util.Locale.ROOT)))
			.andExpect(redirectedUrl("/password/forgot?sent"));
		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage received = mail.getReceivedMessages()[0];
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("aysel@example.org");
		assertThat(received.getSubject()).isEqualTo("Ortak: yeni şifrə təyin edin");
		Matcher link = LINK.matcher((String) received.getContent());
		assertThat(link.find()).as("a link built from ortak.base-url").isTrue();
		String path = link.group(1);

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reset-password")));
		String token = path.substring(path.indexOf('=') + 1);
		reset(token, "quba-xalca-yeni").andExpect(redirectedUrl("/login?passwordReset"));
		this.mvc.perform(get("/organizations").session(open)).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(user.username()).password("quba-xalca-yeni")).andExpect(authenticated());
		this.mvc.perform(formLogin().user(user.username()).password("quba-xalca-2026")).andExpect(unauthenticated());

		reset(token, "quba-xalca-ucuncu").andExpect(status().isUnprocessableContent());
		this.mvc.perform(formLogin().user(user.username()).password("quba-xalca-ucuncu")).andExpect(unauthenticated());
		this.mvc.perform(get(path)).andExpect(content().string(containsString("reset-invalid")));
	}

	@Test
	void everyoneIsAnsweredTheSameAndNoMailGoesToAnUnknownName() throws Exception {
		this.mvc
			.perform(post("/password/forgot").with(csrf())
				.with(SignInProtectionTests.from(SignInProtectionTests.address()))
				.param("name", "nobody-" + UUID.randomUUID()))
			.andExpect(redirectedUrl("/password/forgot?sent"));
		assertThat(mail.waitForIncomingEmail(1_000, 1)).isFalse();
	}

	@Test
	void theForgotFormIsRateLimitedPerAddress() throws Exception {
		String address = SignInProtectionTests.address();
		for (int i = 1; i <= 5; i++) {
			this.mvc
				.perform(post("/password/forgot").with(csrf())
					.with(SignInProtectionTests.from(address))
					.param("name", "nobody-" + i))
				.andExpect(redirectedUrl("/password/forgot?sent"));
		}
		this.mvc
			.perform(post("/password/forgot").with(csrf())
				.with(SignInProtectionTests.from(address))
				.header("Accept-Language", "en")
				.param("name", "nobody"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("You asked too often. Try again in")));
	}

	@Test
	void anAdminIssuesALinkThatExpiresAndLiftsTheLock() throws Exception {
		UserView user = user("piotr", null, "kielce-spoldzielnia");
		String address = SignInProtectionTests.address();
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(post("/login").with(csrf())
				.with(SignInProtectionTests.from(address))
				.param("username", user.username())
				.param("password", "wrong-" + i));
		}
		assertThat(this.accounts.lockedUntil(user.id(), TestActors.admin())).isPresent();
		String link = (String) this.mvc
			.perform(post("/admin/users/" + user.id() + "/reset-link").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf()))
			.andExpect(flash().attributeExists("resetLink"))
			.andReturn()
			.getFlashMap()
			.get("resetLink");
		assertThat(link).startsWith("https://ortak.example.org/password/reset?token=");
		String token = link.substring(link.indexOf('=') + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Integer.class,
				token))
			.as("only the hash is stored")
			.isZero();

		String expired = (String) this.mvc
			.perform(post("/admin/users/" + user.id() + "/reset-link").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("resetLink");
		String expiredToken = expired.substring(expired.indexOf('=') + 1);
		this.jdbc.update("update password_reset set expires_at = created_at - interval '1' minute where token_hash = ?",
				Accounts.sha256(expiredToken));
		reset(expiredToken, "kielce-nowe-haslo").andExpect(status().isUnprocessableContent());

		reset(token, "kielce-nowe-haslo").andExpect(redirectedUrl("/login?passwordReset"));
		assertThat(this.accounts.lockedUntil(user.id(), TestActors.admin())).isEmpty();
		this.mvc.perform(formLogin().user(user.username()).password("kielce-nowe-haslo")).andExpect(authenticated());
	}

	private org.springframework.test.web.servlet.ResultActions reset(String token, String password) throws Exception {
		return this.mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("newPassword", password)
			.param("confirmation", password));
	}

	private UserView user(String name, String email, String password) {
		return this.accounts.create(new UserDraft(name + "-" + UUID.randomUUID().toString().substring(0, 6), null,
				email, password, true, Set.of(Role.ORG_MANAGER), Set.of()), TestActors.admin());
	}

}
