package org.ortak.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ortak.shared.web.FormErrors;

/**
 * "Forgot your password?": asking for a link, and setting a new password with it.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

	private static final String FORGOT = "accounts/forgot";

	private static final String RESET = "accounts/reset";

	private final PasswordResets resets;

	private final Accounts accounts;

	PasswordResetController(PasswordResets resets, Accounts accounts) {
		this.resets = resets;
		this.accounts = accounts;
	}

	@GetMapping("/forgot")
	String initForgot() {
		return FORGOT;
	}

	@PostMapping("/forgot")
	String processForgot(@RequestParam(name = "name", required = false) String name, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Instant> locked = this.resets.request(name, locale, request.getRemoteAddr());
		if (locked.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("lockedMinutes", this.accounts.minutesUntil(locked.get()));
			return FORGOT;
		}
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/reset")
	String initReset(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("reset", new ResetForm(token, null, null));
		model.addAttribute("usable", this.resets.usable(token));
		return RESET;
	}

	@PostMapping("/reset")
	String processReset(@ModelAttribute("reset") ResetForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.resets.reset(form, request.getRemoteAddr()))) {
			model.addAttribute("usable", this.resets.usable(form.token()));
			return RESET;
		}
		return "redirect:/login?passwordReset";
	}

}
