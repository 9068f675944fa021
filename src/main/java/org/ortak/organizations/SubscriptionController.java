package org.ortak.organizations;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ortak.regions.Regions;
import org.ortak.shared.web.FormErrors;

/**
 * Subscribing to changes in an area by e-mail, confirming it from the mail, and leaving
 * with one click. Confirmation and unsubscription are buttons on a page, so a mail
 * scanner that opens links does neither.
 */
@Controller
@RequestMapping("/subscriptions")
class SubscriptionController {

	private final Subscriptions subscriptions;

	private final Regions regions;

	SubscriptionController(Subscriptions subscriptions, Regions regions) {
		this.subscriptions = subscriptions;
		this.regions = regions;
	}

	/** The subscription form's fields. */
	record SubscriptionForm(String email, UUID region, String bbox, Set<OrganizationKind> kinds) {
	}

	@GetMapping("/new")
	String form(@ModelAttribute("subscription") SubscriptionForm form, Model model) {
		model.addAttribute("kindChoices", OrganizationKind.values());
		model.addAttribute("regionChoices", this.regions.shortList(form.region()));
		return "organizations/subscribe";
	}

	@PostMapping("/new")
	String subscribe(@ModelAttribute("subscription") SubscriptionForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.subscriptions.subscribe(form.email(), form.region(), form.bbox(), form.kinds(), locale))) {
			return form(form, model);
		}
		model.addAttribute("done", "subscriptions.done.sent");
		model.addAttribute("titleKey", "subscriptions.title");
		return "organizations/done";
	}

	/**
	 * The page a mail's link opens: one button that confirms or unsubscribes, so a mail
	 * scanner that follows the link does neither.
	 */
	@GetMapping({ "/confirm", "/unsubscribe" })
	String step(@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("action", request.getRequestURI().endsWith("/confirm") ? "confirm" : "unsubscribe");
		return "organizations/subscription-step";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(required = false) String token, Model model) {
		this.subscriptions.confirm(token);
		model.addAttribute("done", "subscriptions.done.confirmed");
		model.addAttribute("titleKey", "subscriptions.title");
		return "organizations/done";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model) {
		this.subscriptions.unsubscribe(token);
		model.addAttribute("done", "subscriptions.done.unsubscribed");
		model.addAttribute("titleKey", "subscriptions.title");
		return "organizations/done";
	}

}
