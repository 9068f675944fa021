package org.ortak.accounts;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.organizations.Organizations;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Text;
import org.ortak.shared.security.Actors;
import org.ortak.shared.security.Role;
import org.ortak.shared.web.FormErrors;

/**
 * The admin's pages for users: roles, organizations and API tokens.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private static final String FORM = "accounts/form";

	private final Accounts accounts;

	private final PasswordResets resets;

	private final Organizations organizations;

	UserController(Accounts accounts, PasswordResets resets, Organizations organizations) {
		this.accounts = accounts;
		this.resets = resets;
		this.organizations = organizations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.list(Actors.current()));
		return "accounts/list";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		return form(model, UserForm.blank(), null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("user") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UserView[] created = new UserView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.accounts.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "accounts.flash.created");
		return "redirect:/admin/users/" + created[0].id() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		UserView user = this.accounts.get(id, Actors.current());
		return form(model, UserForm.of(user), user);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("user") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UserView existing = this.accounts.get(id, Actors.current());
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.accounts.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, existing);
		}
		redirect.addFlashAttribute("flash", "accounts.flash.updated");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/{id}/tokens")
	String issueToken(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String daysValid, RedirectAttributes redirect) {
		try {
			TokenView.Issued issued = this.accounts.issueToken(id, name, days(daysValid), Actors.current());
			redirect.addFlashAttribute("issuedToken", issued.token());
			redirect.addFlashAttribute("flash", "accounts.flash.tokenIssued");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("tokenError", ex.violations().get(0).messageKey());
		}
		return "redirect:/admin/users/" + id + "/edit#tokens";
	}

	/** Days typed in any digits (Persian ۳۶۵ is 365); empty means no end. */
	private static Integer days(String typed) {
		String days = Text.clean(typed);
		if (days == null) {
			return null;
		}
		try {
			return Integer.valueOf(Text.latinDigits(days));
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of("daysValid", "validation.badValue");
		}
	}

	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		this.accounts.revokeToken(id, tokenId, Actors.current());
		redirect.addFlashAttribute("flash", "accounts.flash.tokenRevoked");
		return "redirect:/admin/users/" + id + "/edit#tokens";
	}

	/** Lifts the user's sign-in lock before it ends by itself. */
	/** Lifts every lock, of accounts and of addresses (a shared address locked out). */
	@PostMapping("/unlock")
	String unlockAll(RedirectAttributes redirect) {
		this.accounts.unlockAll(Actors.current());
		redirect.addFlashAttribute("flash", "accounts.flash.unlockedAll");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		this.accounts.unlock(id, Actors.current());
		redirect.addFlashAttribute("flash", "accounts.flash.unlocked");
		return "redirect:/admin/users/" + id + "/edit";
	}

	/** A password reset link for the admin to pass on, shown this once. */
	@PostMapping("/{id}/reset-link")
	String issueResetLink(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("resetLink", this.resets.issue(id, Actors.current()));
		redirect.addFlashAttribute("flash", "accounts.flash.resetLinkIssued");
		return "redirect:/admin/users/" + id + "/edit#reset";
	}

	private String form(Model model, UserForm form, UserView existing) {
		if (!model.containsAttribute("user")) {
			// a refused form keeps what was typed and its errors; a password field never
			// shows it
			model.addAttribute("user", form.withoutPassword());
		}
		model.addAttribute("existing", existing);
		model.addAttribute("roleChoices", Role.values());
		model.addAttribute("organizationChoices", this.organizations.choices());
		if (existing != null) {
			model.addAttribute("tokens", this.accounts.tokens(existing.id(), Actors.current()));
			this.accounts.lockedUntil(existing.id(), Actors.current())
				.ifPresent((until) -> model.addAttribute("lockedUntil", until));
		}
		return FORM;
	}

}
