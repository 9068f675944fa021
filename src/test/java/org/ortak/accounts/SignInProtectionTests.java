package org.ortak.accounts;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;
import org.ortak.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing is slowed down: passwords at sign-in and on the password page, API tokens; and
 * user names that read the same are one user.
 */
@OrtakTest
class SignInProtectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilAnAdminUnlocksIt() throws Exception {
		UserView user = user("gulsen", "kartepe-kadin-2026");
		String address = address();
		for (int i = 1; i <= 4; i++) {
			signIn(user.username(), "yanlis-sifre-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(user.username(), "yanlis-sifre-5", address).andExpect(redirectedUrlPattern("/login?locked=*"));
		MvcResult refused = signIn(user.username(), "kartepe-kadin-2026", address()).andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?locked=*"))
			.andReturn();
		this.mvc.perform(get(refused.getResponse().getRedirectedUrl()).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Çok sayıda başarısız giriş denemesi.")))
			.andExpect(content().string(containsString("dakika sonra (")));
		assertThat(this.accounts.lockedUntil(user.id(), TestActors.admin())).isPresent();
		this.mvc.perform(get("/admin/users/" + user.id() + "/edit").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"locked-until\"")))
			.andExpect(content().string(containsString("id=\"unlock\"")));

		this.mvc
			.perform(post("/admin/users/" + user.id() + "/unlock").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		signIn(user.username(), "kartepe-kadin-2026", address).andExpect(authenticated());
	}

	@Test
	void anUnknownUserNameLocksAlikeSoALockTellsNothing() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
		String address = address();
		for (int i = 1; i <= 4; i++) {
			signIn(nobody, "guess-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(nobody, "guess-5", address).andExpect(redirectedUrlPattern("/login?locked=*"));
	}

	@Test
	void twentyMissesFromOneAddressLockItForEveryUserName() throws Exception {
		UserView user = user("wojtek", "swietokrzyskie-2026");
		String address = address();
		for (int i = 1; i <= 20; i++) {
			signIn("someone-" + i + "-" + UUID.randomUUID(), "guess", address);
		}
		signIn(user.username(), "swietokrzyskie-2026", address).andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?locked=*"));
		signIn(user.username(), "swietokrzyskie-2026", address()).andExpect(authenticated());
		// an admin lifts every lock when one client behind a shared address locked
		// everyone out
		this.mvc.perform(post("/admin/users/unlock").with(TestActors.signedIn(TestActors.admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		signIn(user.username(), "swietokrzyskie-2026", address).andExpect(authenticated());
	}

	@Test
	void fiveWrongCurrentPasswordsLockThePasswordPage() throws Exception {
		UserView user = user("nagehan", "izmit-kooperatif");
		RequestPostProcessor signedIn = TestActors
			.signedIn(new org.ortak.shared.security.Actor(user.username(), Set.of(Role.COORDINATOR), Set.of()));
		for (int i = 1; i <= 5; i++) {
			this.mvc
				.perform(post("/account/password").with(signedIn)
					.with(csrf())
					.param("currentPassword", "wrong-" + i)
					.param("newPassword", "izmit-kooperatif-2")
					.param("confirmation", "izmit-kooperatif-2"))
				.andExpect(status().isUnprocessableContent());
		}
		this.mvc
			.perform(post("/account/password").with(signedIn)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("currentPassword", "izmit-kooperatif")
				.param("newPassword", "izmit-kooperatif-2")
				.param("confirmation", "izmit-kooperatif-2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Too many wrong passwords. Try again in")));
		this.accounts.unlock(user.id(), TestActors.admin());
		this.mvc
			.perform(post("/account/password").with(signedIn)
				.with(csrf())
				.param("currentPassword", "izmit-kooperatif")
				.param("newPassword", "izmit-kooperatif-2")
				.param("confirmation", "izmit-kooperatif-2"))
			.andExpect(redirectedUrl("/login?passwordChanged"));
	}

	@Test
	void anAddressSendingUnknownApiTokensIsAnsweredTooManyRequests() throws Exception {
		String address = address();
		for (int i = 1; i <= 9; i++) {
			this.mvc
				.perform(get("/api/v1/organizations").header("Authorization", "Bearer ortak_guess" + i)
					.with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc
			.perform(get("/api/v1/organizations").header("Authorization", "Bearer ortak_guess10")
				.header("Accept-Language", "pl")
				.with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")))
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(startsWith("Zbyt wiele nieznanych tokenów API")));
		// even the right token waits: the address is locked, not the token
		this.mvc
			.perform(get("/api/v1/organizations").header("Authorization", "Bearer test-admin-api-token-0123456789")
				.with(from(address)))
			.andExpect(status().isTooManyRequests());
		this.mvc
			.perform(get("/api/v1/organizations").header("Authorization", "Bearer test-admin-api-token-0123456789")
				.with(from(address())))
			.andExpect(status().isOk());
	}

	@Test
	void userNamesThatReadTheSameAreOneUser() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		assertThat(UserNames.key("İstanbul")).isEqualTo("istanbul");
		assertThat(UserNames.key("ISTANBUL")).isEqualTo("istanbul");
		assertThat(UserNames.key("ıstanbul")).isEqualTo("istanbul");
		assertThat(UserNames.key("ｉｓｔａｎｂｕｌ")).isEqualTo("istanbul");
		this.accounts.create(draft("İstanbul-" + suffix, "bogazici-2026"), TestActors.admin());
		for (String twin : new String[] { "istanbul-" + suffix, "ISTANBUL-" + suffix, "ıstanbul-" + suffix }) {
			assertThatThrownBy(() -> this.accounts.create(draft(twin, "bogazici-2026"), TestActors.admin()))
				.isInstanceOf(InvalidInput.class)
				.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::messageKey)
					.containsExactly("accounts.error.usernameTaken"));
		}
		signIn("istanbul-" + suffix, "bogazici-2026", address()).andExpect(authenticated());
		signIn("İSTANBUL-" + suffix, "bogazici-2026", address()).andExpect(authenticated());
	}

	private UserView user(String name, String password) {
		return this.accounts.create(draft(name + "-" + UUID.randomUUID().toString().substring(0, 6), password),
				TestActors.admin());
	}

	private static UserDraft draft(String username, String password) {
		return new UserDraft(username, null, null, password, true, Set.of(Role.COORDINATOR), Set.of());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password, String address)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address));
		return this.mvc.perform(request);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A fresh address from the documentation range, so tests do not lock each other. */
	static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
