package org.ortak.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * A signed-in user's own page: changing their password.
 */
@Controller
@RequestMapping("/account/password")
class MyAccountController {

	private static final String FORM = "accounts/password";

	private final Accounts accounts;

	MyAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String initChange(Model model) {
		model.addAttribute("password", PasswordForm.empty());
		return FORM;
	}

	@PostMapping
	String processChange(@ModelAttribute("password") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!FormErrors.attempt(form, result, model, response, () -> this.accounts.changeOwnPassword(Actors.current(),
				form.currentPassword(), form.newPassword(), form.confirmation(), request.getRemoteAddr()))) {
			return FORM;
		}
		// every session opened with the old password ends, this one too
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/login?passwordChanged";
	}

}
