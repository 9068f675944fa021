package org.ortak.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's post and the sign-out.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

}
